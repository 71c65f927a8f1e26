namespace ExpertFinder.Search.Indexing;

/// <summary>What the index knows of a person: the searchable profile. Hidden people are never indexed.</summary>
public sealed record IndexedPerson(
    string Key,
    string Name,
    string? Title,
    string? Bio,
    string UnitKey,
    IReadOnlyList<string> UnitNames,
    string? MunicipalityKey,
    IReadOnlyList<string> Roles,
    IReadOnlyList<IndexedCompetence> Competences,
    IReadOnlyList<string> NetworkNames);

/// <summary>A competence as a person holds it: its name and synonyms, at a level from 1 to 5.</summary>
public sealed record IndexedCompetence(string Key, string Name, IReadOnlyList<string> Synonyms, int Level, string Source);
