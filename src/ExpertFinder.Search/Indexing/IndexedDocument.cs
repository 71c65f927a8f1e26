namespace ExpertFinder.Search.Indexing;

/// <summary>A written document and the people who wrote it (by person key).</summary>
public sealed record IndexedDocument(
    string Key,
    string Title,
    string Text,
    string? Kind,
    DateOnly? Date,
    IReadOnlyList<string> AuthorKeys);
