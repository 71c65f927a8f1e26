namespace ExpertFinder.Search.Suggestions;

/// <summary>
/// Something that can be suggested while typing. <paramref name="Aliases"/> are other names it is
/// found by (a competence's synonyms); <paramref name="Weight"/> is its popularity, e.g. the number
/// of holders or members, and ranks equally good matches.
/// </summary>
public sealed record SuggestionEntry(SuggestionKind Kind, string Key, string Label, IReadOnlyList<string> Aliases, int Weight);
