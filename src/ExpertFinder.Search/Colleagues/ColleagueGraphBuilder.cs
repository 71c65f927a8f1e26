using ExpertFinder.Core.Ties;

namespace ExpertFinder.Search.Colleagues;

/// <summary>
/// Collects people, units, networks and documents for a <see cref="ColleagueGraph"/>. Calls may
/// come in any order. Only people added with <see cref="AddPerson"/> take part
/// (<see cref="TieRules.PresentMembers"/>): members and authors that are not (hidden people) are
/// left out, so no path runs through them. Not thread-safe; the graph it builds is.
/// </summary>
public sealed class ColleagueGraphBuilder
{
    private readonly Dictionary<string, string?> people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> unitNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> networks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> documents = new(StringComparer.Ordinal);

    /// <summary>A person and the unit they belong to (null or empty for none).</summary>
    public ColleagueGraphBuilder AddPerson(string personKey, string? unitKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(personKey);
        if (!people.TryAdd(personKey, string.IsNullOrEmpty(unitKey) ? null : unitKey))
        {
            throw new ArgumentException($"Person '{personKey}' was added twice.", nameof(personKey));
        }
        return this;
    }

    /// <summary>The name of a unit; its members are the people added with its key.</summary>
    public ColleagueGraphBuilder AddUnit(string unitKey, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(unitKey);
        ArgumentNullException.ThrowIfNull(name);
        if (!unitNames.TryAdd(unitKey, name))
        {
            throw new ArgumentException($"Unit '{unitKey}' was added twice.", nameof(unitKey));
        }
        return this;
    }

    public ColleagueGraphBuilder AddNetwork(string networkKey, string name, IEnumerable<string> memberKeys) =>
        AddGroup(networks, networkKey, name, memberKeys);

    public ColleagueGraphBuilder AddDocument(string documentKey, string title, IEnumerable<string> authorKeys) =>
        AddGroup(documents, documentKey, title, authorKeys);

    public ColleagueGraph Build()
    {
        var personKeys = people.Keys.ToArray();
        Array.Sort(personKeys, StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(personKeys.Length, StringComparer.Ordinal);
        foreach (var key in personKeys)
        {
            ids.Add(key, ids.Count);
        }

        var groups = new List<ColleagueGraph.GroupData>();
        var units = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var key in personKeys)
        {
            if (people[key] is { } unit)
            {
                if (!units.TryGetValue(unit, out var members))
                {
                    units.Add(unit, members = []);
                }
                members.Add(ids[key]);
            }
        }
        foreach (var (unit, members) in units)
        {
            if (TieRules.IntroductionPaths.TiesUnitOf(members.Count))
            {
                // A unit that was never named still joins its people; its key stands in for the name.
                groups.Add(new(TieKind.Unit, unit, unitNames.GetValueOrDefault(unit, unit), [.. members]));
            }
        }
        // A network of one is kept: it ties nobody, yet it is one of the networks its member is in.
        AddPresent(groups, TieKind.Network, networks, ids, minimumMembers: 1);
        // A document with one present author connects nobody: leaving it out saves most of them.
        AddPresent(groups, TieKind.Document, documents, ids, minimumMembers: 2);
        return new ColleagueGraph(personKeys, ids, groups);
    }

    private ColleagueGraphBuilder AddGroup(Dictionary<string, Group> groups, string key, string name, IEnumerable<string> memberKeys)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(memberKeys);
        if (!groups.TryAdd(key, new Group(name, [.. memberKeys])))
        {
            throw new ArgumentException($"'{key}' was added twice.", nameof(key));
        }
        return this;
    }

    private static void AddPresent(List<ColleagueGraph.GroupData> groups, TieKind kind, Dictionary<string, Group> source, Dictionary<string, int> ids, int minimumMembers)
    {
        foreach (var (key, group) in source)
        {
            var members = TieRules.PresentMembers(group.Members, ids);
            if (members.Length >= minimumMembers)
            {
                groups.Add(new(kind, key, group.Name, members));
            }
        }
    }

    private sealed record Group(string Name, string[] Members);
}
