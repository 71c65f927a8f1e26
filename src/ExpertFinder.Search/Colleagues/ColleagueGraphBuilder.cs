using System.Runtime.InteropServices;

namespace ExpertFinder.Search.Colleagues;

/// <summary>
/// Collects people, units, networks and documents for a <see cref="ColleagueGraph"/>. Calls may
/// come in any order. Only people added with <see cref="AddPerson"/> take part: members and
/// authors that are not (hidden people) are left out, so no path runs through them.
/// Not thread-safe; the graph it builds is.
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
            // A unit that was never named still joins its people; its key stands in for the name.
            groups.Add(new(ConnectionKind.Unit, unit, unitNames.GetValueOrDefault(unit, unit), [.. members]));
        }
        AddPresent(groups, ConnectionKind.Network, networks, ids, minimumMembers: 1);
        // A document with one present author connects nobody: leaving it out saves most of them.
        AddPresent(groups, ConnectionKind.Document, documents, ids, minimumMembers: 2);
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

    private static void AddPresent(List<ColleagueGraph.GroupData> groups, ConnectionKind kind, Dictionary<string, Group> source, Dictionary<string, int> ids, int minimumMembers)
    {
        var members = new List<int>();
        foreach (var (key, group) in source)
        {
            members.Clear();
            foreach (var member in group.Members)
            {
                if (member is not null && ids.TryGetValue(member, out var id))
                {
                    members.Add(id);
                }
            }
            members.Sort();
            // Sorted, so duplicates are neighbours.
            var distinct = 0;
            for (var i = 0; i < members.Count; i++)
            {
                if (i == 0 || members[i] != members[distinct - 1])
                {
                    members[distinct++] = members[i];
                }
            }
            if (distinct >= minimumMembers)
            {
                groups.Add(new(kind, key, group.Name, CollectionsMarshal.AsSpan(members)[..distinct].ToArray()));
            }
        }
    }

    private sealed record Group(string Name, string[] Members);
}
