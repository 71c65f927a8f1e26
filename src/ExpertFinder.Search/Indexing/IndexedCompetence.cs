namespace ExpertFinder.Search.Indexing;

/// <summary>A competence of the taxonomy: the source of query-time synonyms and of autocomplete.</summary>
public sealed record IndexedCompetence(string Key, string Name, IReadOnlyList<string> Synonyms, string? ParentKey = null);
