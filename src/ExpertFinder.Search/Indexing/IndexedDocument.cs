namespace ExpertFinder.Search.Indexing;

/// <summary>
/// A written document, the people who wrote it and the people it names (by person key): authors are strong evidence
/// of expertise, a mention (e.g. on an attendance list) weak evidence.
/// </summary>
public sealed record IndexedDocument(
    string Key,
    string Title,
    string Text,
    string? Kind,
    DateOnly? Date,
    IReadOnlyList<string> AuthorKeys,
    IReadOnlyList<string>? MentionedKeys = null,
    string? NetworkKey = null);
