namespace ExpertFinder.Search.Indexing;

/// <summary>What the index knows of a person: the searchable profile and what filters, facets and paths need. Hidden people are never indexed.</summary>
public sealed record IndexedPerson(
    string Key,
    string Name,
    string? Title,
    string? Bio,
    IReadOnlyList<IndexedUnit> UnitPath,
    IReadOnlyList<string> Roles,
    IReadOnlyList<HeldCompetence> Competences,
    IReadOnlyList<NetworkRole> Networks,
    string Visibility = "organisation")
{
    /// <summary>What the person is happy to be asked about ("spørg mig om"), in their own words: searched like a self-assessed competence.</summary>
    public IReadOnlyList<string> AskMeAbout { get; init; } = [];

    /// <summary>Stated willingness to mentor a colleague: a filter, and a little evidence when the person matches the query.</summary>
    public bool OpenToMentoring { get; init; }

    /// <summary>Stated willingness to a day of job rotation: as <see cref="OpenToMentoring"/>.</summary>
    public bool OpenToJobRotation { get; init; }

    /// <summary>The unit the person works in: the last of the path.</summary>
    public string UnitKey => UnitPath.Count > 0 ? UnitPath[^1].Key : "";
}

/// <summary>A unit on the path from the municipality down to a person's own unit.</summary>
public sealed record IndexedUnit(string Key, string Name, string Kind);

/// <summary>A competence as a person holds it: its name and synonyms, at a level from 1 to 5, and who says so.</summary>
public sealed record HeldCompetence(string Key, string Name, IReadOnlyList<string> Synonyms, int Level, string Source);

/// <summary>A person's place in a network.</summary>
public sealed record NetworkRole(string NetworkKey, string Role);
