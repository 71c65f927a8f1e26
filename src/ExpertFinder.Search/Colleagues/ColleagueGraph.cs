using System.Collections.Concurrent;
using ExpertFinder.Core.Ties;

namespace ExpertFinder.Search.Colleagues;

/// <summary>
/// Who can introduce whom: people tied by the units, networks and documents they share, by the rules of
/// <see cref="TieRules.IntroductionPaths"/>. Immutable once built (see <see cref="ColleagueGraphBuilder"/>)
/// and safe to query from any number of threads.
/// </summary>
/// <remarks>
/// People and groups are integer ids in arrays (compressed adjacency lists), the graph bipartite:
/// person → group → person. A search expands each group once, however many of its members are
/// reached, so a unit of 3,000 costs 3,000 steps, not 3,000². Group ids follow the preference
/// (<see cref="TieKind"/>'s order: units, then networks, then documents, each by key) and person ids
/// the ordinal order of keys, so the breadth-first search finds, among the shortest paths, the one
/// that prefers a unit over a network over a document at the first step, then at the second, and so
/// on, then lower keys.
/// </remarks>
public sealed class ColleagueGraph
{
    /// <summary>A graph with nobody in it.</summary>
    public static readonly ColleagueGraph Empty = new ColleagueGraphBuilder().Build();

    private readonly string[] personKeys;               // ordinal order; the index is the person id
    private readonly Dictionary<string, int> personIds;
    private readonly int[] personUnit;                  // the unit's group id, or -1
    private readonly int[] personGroupStart;            // groups of p: personGroups[start[p]..start[p + 1]], ascending
    private readonly int[] personGroups;
    private readonly TieKind[] groupKind;        // by group id: units, networks, documents, each by key
    private readonly string[] groupKey;
    private readonly string[] groupName;
    private readonly int[] groupMemberStart;            // members of g: groupMembers[start[g]..start[g + 1]], ascending
    private readonly int[] groupMembers;
    private readonly ConcurrentBag<SearchState> states = [];

    internal ColleagueGraph(string[] personKeys, Dictionary<string, int> personIds, List<GroupData> groups)
    {
        this.personKeys = personKeys;
        this.personIds = personIds;
        groups.Sort(static (a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Key, b.Key));
        groupKind = [.. groups.Select(g => g.Kind)];
        groupKey = [.. groups.Select(g => g.Key)];
        groupName = [.. groups.Select(g => g.Name)];

        groupMemberStart = new int[groups.Count + 1];
        var memberships = new int[personKeys.Length];
        for (var g = 0; g < groups.Count; g++)
        {
            groupMemberStart[g + 1] = groupMemberStart[g] + groups[g].Members.Length;
            foreach (var member in groups[g].Members)
            {
                memberships[member]++;
            }
        }
        groupMembers = new int[groupMemberStart[^1]];
        personGroupStart = new int[personKeys.Length + 1];
        for (var p = 0; p < personKeys.Length; p++)
        {
            personGroupStart[p + 1] = personGroupStart[p] + memberships[p];
        }
        personGroups = new int[personGroupStart[^1]];
        personUnit = new int[personKeys.Length];
        Array.Fill(personUnit, -1);
        // Filling in group order leaves each person's groups ascending, i.e. in preference order.
        var filled = personGroupStart[..^1];
        for (var g = 0; g < groups.Count; g++)
        {
            groups[g].Members.CopyTo(groupMembers, groupMemberStart[g]);
            foreach (var member in groups[g].Members)
            {
                personGroups[filled[member]++] = g;
                if (groups[g].Kind == TieKind.Unit)
                {
                    personUnit[member] = g;
                }
            }
        }
    }

    /// <summary>How many people the graph holds.</summary>
    public int PersonCount => personKeys.Length;

    /// <summary>Whether the person was added (and so may appear in paths).</summary>
    public bool Contains(string person) => personIds.ContainsKey(person);

    /// <summary>Whether both people exist and belong to the same unit.</summary>
    public bool AreInSameUnit(string a, string b) =>
        personIds.TryGetValue(a, out var x) && personIds.TryGetValue(b, out var y) && personUnit[x] >= 0 && personUnit[x] == personUnit[y];

    /// <summary>Whether both people exist and are members of at least one common network.</summary>
    public bool ShareNetwork(string a, string b)
    {
        if (!personIds.TryGetValue(a, out var x) || !personIds.TryGetValue(b, out var y))
        {
            return false;
        }
        // Both group lists are ascending: one merge pass.
        int i = personGroupStart[x], j = personGroupStart[y];
        while (i < personGroupStart[x + 1] && j < personGroupStart[y + 1])
        {
            var (g, h) = (personGroups[i], personGroups[j]);
            if (g == h && groupKind[g] == TieKind.Network)
            {
                return true;
            }
            i += g <= h ? 1 : 0;
            j += h <= g ? 1 : 0;
        }
        return false;
    }

    /// <summary>The keys of the networks the person is a member of, in key order; empty if unknown.</summary>
    public IReadOnlyCollection<string> NetworksOf(string person)
    {
        if (!personIds.TryGetValue(person, out var id))
        {
            return [];
        }
        var networks = new List<string>();
        foreach (var g in personGroups.AsSpan(personGroupStart[id], personGroupStart[id + 1] - personGroupStart[id]))
        {
            if (groupKind[g] == TieKind.Network)
            {
                networks.Add(groupKey[g]);
            }
        }
        return networks;
    }

    /// <summary>
    /// The people other than <paramref name="a"/> and <paramref name="b"/> who share a unit, a network or a co-written
    /// document with both, in key order; empty when either is unknown or both are the same person. In-memory: it costs
    /// the members of the two people's groups, so two people in a unit of 3,000 cost some 6,000 steps.
    /// </summary>
    public IReadOnlyList<string> ColleaguesInCommon(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!personIds.TryGetValue(a, out var x) || !personIds.TryGetValue(b, out var y) || x == y)
        {
            return [];
        }
        var state = states.TryTake(out var pooled) ? pooled : new SearchState(personKeys.Length, groupKey.Length);
        try
        {
            var generation = state.Begin();
            // Seen marks a's colleagues; Target marks those already taken, so someone sharing several groups counts once.
            VisitColleagues(x, member => state.Seen[member] = generation);
            state.Target[x] = state.Target[y] = generation;
            VisitColleagues(y, member =>
            {
                if (state.Seen[member] == generation && state.Target[member] != generation)
                {
                    state.Target[member] = generation;
                    state.Found.Add(member);
                }
            });
            state.Found.Sort();
            return [.. state.Found.Select(member => personKeys[member])];
        }
        finally
        {
            states.Add(state);
        }
    }

    private void VisitColleagues(int person, Action<int> visit)
    {
        for (var i = personGroupStart[person]; i < personGroupStart[person + 1]; i++)
        {
            var group = personGroups[i];
            for (var j = groupMemberStart[group]; j < groupMemberStart[group + 1]; j++)
            {
                if (groupMembers[j] != person)
                {
                    visit(groupMembers[j]);
                }
            }
        }
    }

    /// <summary>
    /// The shortest introduction path of at most <paramref name="maxSteps"/> steps, or null when
    /// there is none or either person is unknown.
    /// </summary>
    public IntroductionPath? PathBetween(string fromPerson, string toPerson, int maxSteps = 4) =>
        PathsFrom(fromPerson, [toPerson], maxSteps).GetValueOrDefault(toPerson);

    /// <summary>
    /// The shortest introduction paths from one viewer to each of the people, found by one
    /// breadth-first search that stops when all are reached or after <paramref name="maxSteps"/>
    /// steps. People without a path (or unknown) are absent from the result. With <paramref name="mayPassThrough"/>,
    /// paths only pass through people it allows.
    /// </summary>
    public IReadOnlyDictionary<string, IntroductionPath> PathsFrom(string fromPerson, IReadOnlyCollection<string> toPeople, int maxSteps = 4,
        Func<string, bool>? mayPassThrough = null)
    {
        ArgumentNullException.ThrowIfNull(fromPerson);
        ArgumentNullException.ThrowIfNull(toPeople);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSteps);
        var paths = new Dictionary<string, IntroductionPath>(StringComparer.Ordinal);
        if (!personIds.TryGetValue(fromPerson, out var source))
        {
            return paths;
        }
        var state = states.TryTake(out var pooled) ? pooled : new SearchState(personKeys.Length, groupKey.Length);
        try
        {
            var generation = state.Begin();
            var wanted = 0;
            foreach (var person in toPeople)
            {
                if (person is null || !personIds.TryGetValue(person, out var target))
                {
                    continue;
                }
                if (target == source)
                {
                    paths[person] = IntroductionPath.Empty;
                }
                else if (state.Target[target] != generation)
                {
                    state.Target[target] = generation;
                    wanted++;
                }
            }
            if (wanted > 0)
            {
                Search(state, generation, source, wanted, maxSteps, mayPassThrough);
                foreach (var target in state.Found)
                {
                    paths[personKeys[target]] = PathTo(state, source, target);
                }
            }
            return paths;
        }
        finally
        {
            states.Add(state);
        }
    }

    // Breadth-first from the source, level by level, collecting targets into state.Found as they
    // are reached; a person's parent and group are final the moment it is first reached.
    private void Search(SearchState state, int generation, int source, int wanted, int maxSteps, Func<string, bool>? mayPassThrough)
    {
        var queue = state.Queue;
        state.Seen[source] = generation;
        queue[0] = source;
        int head = 0, tail = 1;
        for (var depth = 0; depth < maxSteps && head < tail; depth++)
        {
            var levelEnd = tail;
            for (; head < levelEnd; head++)
            {
                var person = queue[head];
                for (var i = personGroupStart[person]; i < personGroupStart[person + 1]; i++)
                {
                    var group = personGroups[i];
                    if (state.GroupSeen[group] == generation)
                    {
                        continue;
                    }
                    state.GroupSeen[group] = generation;
                    for (var j = groupMemberStart[group]; j < groupMemberStart[group + 1]; j++)
                    {
                        var member = groupMembers[j];
                        if (state.Seen[member] == generation)
                        {
                            continue;
                        }
                        state.Seen[member] = generation;
                        if (state.Target[member] != generation && mayPassThrough is not null && !mayPassThrough(personKeys[member]))
                        {
                            // Someone the reader may not see is no step on a path: a path around them is sought instead.
                            continue;
                        }
                        state.Parent[member] = person;
                        state.Via[member] = group;
                        queue[tail++] = member;
                        if (state.Target[member] == generation)
                        {
                            state.Found.Add(member);
                            if (--wanted == 0)
                            {
                                return;
                            }
                        }
                    }
                }
            }
        }
    }

    private IntroductionPath PathTo(SearchState state, int source, int target)
    {
        var length = 0;
        for (var person = target; person != source; person = state.Parent[person])
        {
            length++;
        }
        var steps = new IntroductionStep[length];
        for (var person = target; person != source; person = state.Parent[person])
        {
            var group = state.Via[person];
            steps[--length] = new IntroductionStep(personKeys[state.Parent[person]], personKeys[person], groupKind[group], groupKey[group], groupName[group]);
        }
        return new IntroductionPath(steps);
    }

    /// <summary>A group as the builder hands it over; members are ascending person ids.</summary>
    internal sealed record GroupData(TieKind Kind, string Key, string Name, int[] Members);

    /// <summary>
    /// Working arrays for one search, pooled per graph. Marks are generation numbers, so a search
    /// starts without clearing arrays sized to the whole graph.
    /// </summary>
    private sealed class SearchState(int people, int groups)
    {
        private int generation;

        public int[] Seen { get; } = new int[people];
        public int[] Target { get; } = new int[people];
        public int[] Parent { get; } = new int[people];
        public int[] Via { get; } = new int[people];
        public int[] Queue { get; } = new int[people];
        public int[] GroupSeen { get; } = new int[groups];
        public List<int> Found { get; } = [];

        public int Begin()
        {
            Found.Clear();
            if (generation == int.MaxValue)
            {
                Array.Clear(Seen);
                Array.Clear(Target);
                Array.Clear(GroupSeen);
                generation = 0;
            }
            return ++generation;
        }
    }
}
