namespace ExpertFinder.Graphs.Model;

/// <summary>An organisational unit; <see cref="Kind"/> is municipality, department, office or team.</summary>
public sealed record GraphUnit(string Key, string Name, string Kind, string? ParentKey);

/// <summary>A person the caller may show: hidden people and people the viewer may not see are left out before.</summary>
public sealed record GraphPerson(string Key, string Name, string UnitKey);

/// <summary>A network with its members; members the caller left out are simply not tied.</summary>
public sealed record GraphNetwork(string Key, string Kind, DateOnly? Started, DateOnly? Ended, IReadOnlyList<string> TopicKeys, IReadOnlyList<GraphMember> Members);

/// <summary>A person's place in a network: their key and their role (facilitator, member or external).</summary>
public sealed record GraphMember(string PersonKey, string Role);

/// <summary>A document with its authors; <see cref="NetworkKey"/> lets a competence filter follow the network's topics.</summary>
public sealed record GraphDocument(string Key, DateOnly? Date, string? NetworkKey, IReadOnlyList<string> AuthorKeys);

/// <summary>Everything a graph is built from.</summary>
public sealed record GraphInput(
    IReadOnlyList<GraphPerson> People,
    IReadOnlyList<GraphUnit> Units,
    IReadOnlyList<GraphNetwork> Networks,
    IReadOnlyList<GraphDocument> Documents);
