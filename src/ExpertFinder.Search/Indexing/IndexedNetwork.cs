namespace ExpertFinder.Search.Indexing;

/// <summary>A network or project: what it is about (description and topic competences) and its visible members.</summary>
public sealed record IndexedNetwork(
    string Key,
    string Name,
    string? Description,
    string Kind,
    string Status,
    IReadOnlyList<string> Topics,
    IReadOnlyList<NetworkMember> Members);

public sealed record NetworkMember(string PersonKey, string Role);
