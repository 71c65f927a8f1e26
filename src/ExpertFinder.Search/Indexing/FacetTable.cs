namespace ExpertFinder.Search.Indexing;

/// <summary>
/// Every person's facet values as small integers, built once per reader: counting the facets of a hit set of
/// thousands of people is then array increments, not a dictionary lookup by key (and a network or competence looked
/// up by key) per person and value.
/// </summary>
internal sealed class FacetTable
{
    public FacetTable(PersonTable people, NetworkTable networks, CompetenceTable competences)
    {
        Municipality = new Dimension("municipality", people.Count);
        Department = new Dimension("department", people.Count);
        Unit = new Dimension("unit", people.Count);
        Competence = new Dimension("competence", people.Count);
        Role = new Dimension("role", people.Count);
        NetworkKind = new Dimension("networkKind", people.Count);
        var kinds = new List<string>();
        for (var ordinal = 0; ordinal < people.Count; ordinal++)
        {
            var person = people[ordinal];
            Municipality.Add(ordinal, person.Municipality is { } m ? [(m.Key, m.Name)] : []);
            Department.Add(ordinal, person.Department is { } d ? [(d.Key, d.Name)] : []);
            Unit.Add(ordinal, [(person.UnitKey, person.UnitName)]);
            Competence.Add(ordinal, person.Competences.Select(held => (held.Key, competences.NameOf(held.Key))));
            Role.Add(ordinal, person.Roles.Select(role => (role, role)));
            // A kind counts once per person, however many of its networks they are in.
            kinds.Clear();
            foreach (var membership in person.Networks)
            {
                if (networks.ByKey(membership.NetworkKey) is { } network && !kinds.Contains(network.Kind))
                {
                    kinds.Add(network.Kind);
                }
            }
            NetworkKind.Add(ordinal, kinds.Select(kind => (kind, kind)));
        }
    }

    public Dimension Municipality { get; }

    public Dimension Department { get; }

    public Dimension Unit { get; }

    public Dimension Competence { get; }

    public Dimension Role { get; }

    public Dimension NetworkKind { get; }

    public IEnumerable<Dimension> All => [Municipality, Department, Unit, Competence, Role, NetworkKind];

    /// <summary>One facet: its distinct values (key and label) and, per person, the ids of the values they have.</summary>
    internal sealed class Dimension(string name, int people)
    {
        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
        private readonly List<(string Key, string Label)> values = [];
        private readonly int[][] byPerson = new int[people][];

        public string Name => name;

        public IReadOnlyList<(string Key, string Label)> Values => values;

        public int[] Of(int ordinal) => byPerson[ordinal];

        public void Add(int ordinal, IEnumerable<(string Key, string Label)> held)
        {
            var list = new List<int>();
            foreach (var (key, label) in held)
            {
                if (!ids.TryGetValue(key, out var id))
                {
                    id = ids[key] = values.Count;
                    values.Add((key, label));
                }
                list.Add(id);
            }
            byPerson[ordinal] = [.. list];
        }
    }
}
