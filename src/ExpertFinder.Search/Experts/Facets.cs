using System.Runtime.InteropServices;
using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// Facet counts over a whole hit set, from the per-reader tables that are read from the people's doc values.
/// Each person counts once per value.
/// </summary>
internal static class Facets
{
    public const int ValuesPerFacet = 10;

    public static List<Facet> Count(IEnumerable<PersonEntry> people, IndexSnapshot snapshot)
    {
        var municipality = new Counter();
        var department = new Counter();
        var unit = new Counter();
        var competence = new Counter();
        var role = new Counter();
        var networkKind = new Counter();
        var personKinds = new List<string>();
        foreach (var person in people)
        {
            if (person.Municipality is { } m)
            {
                municipality.Add(m.Key, m.Name);
            }
            if (person.Department is { } d)
            {
                department.Add(d.Key, d.Name);
            }
            unit.Add(person.UnitKey, person.UnitName);
            foreach (var held in person.Competences)
            {
                competence.Add(held.Key, snapshot.Competences.ByKey(held.Key)?.Name ?? held.Key);
            }
            foreach (var r in person.Roles)
            {
                role.Add(r, r);
            }
            // A person is in a few networks: a list (strings compare ordinally) is cheaper than a set made per person.
            personKinds.Clear();
            foreach (var membership in person.Networks)
            {
                if (snapshot.Networks.ByKey(membership.NetworkKey) is { } network && !personKinds.Contains(network.Kind))
                {
                    personKinds.Add(network.Kind);
                    networkKind.Add(network.Kind, network.Kind);
                }
            }
        }
        return
        [
            municipality.ToFacet("municipality"),
            department.ToFacet("department"),
            unit.ToFacet("unit"),
            competence.ToFacet("competence"),
            role.ToFacet("role"),
            networkKind.ToFacet("networkKind"),
        ];
    }

    private sealed class Counter
    {
        private readonly Dictionary<string, (string Label, int Count)> counts = new(StringComparer.Ordinal);

        public void Add(string value, string label)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _);
            entry = (label, entry.Count + 1);
        }

        public Facet ToFacet(string name) => new(name, counts
            .OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.Label, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(ValuesPerFacet)
            .Select(c => new FacetValue(c.Key, c.Value.Label, c.Value.Count))
            .ToList());
    }
}
