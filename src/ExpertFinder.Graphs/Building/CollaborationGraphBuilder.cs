using ExpertFinder.Core.Ties;
using ExpertFinder.Graphs.Metrics;
using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Graphs.Building;

/// <summary>
/// Builds the collaboration graph at a level from person-to-person ties (<see cref="PersonTies"/>). At PERSON level
/// the nodes are the people with at least one tie. At the other levels every unit, department or municipality with
/// people in scope is a node (so units without ties show as isolated); ties between people of two groups are summed
/// into one edge, ties inside a group only into its internal weight.
/// A tie is cross-department when its two people belong to different departments (people outside any department
/// count as their own unit's); <see cref="CollaborationSummary.CrossDepartmentShare"/> is the cross-department share
/// of all tie weight in the graph, inner ties of groups included, so it reads the same at UNIT, DEPARTMENT and
/// MUNICIPALITY level, while at PERSON level same-unit ties (never cross-department) lower it.
/// </summary>
public static class CollaborationGraphBuilder
{
    public const int TopBrokerCount = 10;

    public static CollaborationGraph Build(GraphInput input, GraphLevel level, CollaborationFilter filter, CancellationToken cancellationToken = default)
    {
        var tree = new OrganisationTree(input.Units);
        var inScope = input.People
            .Where(p => tree.Unit(p.UnitKey) is not null && (filter.Municipality is null || tree.MunicipalityOf(p.UnitKey) == filter.Municipality))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(inScope.Count, StringComparer.Ordinal);
        for (var i = 0; i < inScope.Count; i++)
        {
            index[inScope[i].Key] = i;
        }
        var ties = PersonTies.Collect(input, filter, index, inScope, withUnitTies: level == GraphLevel.Person).Ties;
        var department = inScope.Select(p => tree.DepartmentOrSelf(p.UnitKey)).ToArray();

        // Groups: at PERSON level only people with ties, otherwise every group that has people in scope.
        string GroupKey(GraphPerson p) => level switch
        {
            GraphLevel.Person => p.Key,
            GraphLevel.Unit => p.UnitKey,
            GraphLevel.Department => tree.DepartmentOf(p.UnitKey) ?? p.UnitKey,
            _ => tree.MunicipalityOf(p.UnitKey) ?? tree.DepartmentOf(p.UnitKey) ?? p.UnitKey,
        };
        var tied = new bool[inScope.Count];
        foreach (var pair in ties.Keys)
        {
            tied[(int)(pair >> 32)] = tied[(int)(pair & 0xffffffff)] = true;
        }
        var groupKeys = inScope.Where((_, i) => level != GraphLevel.Person || tied[i]).Select(GroupKey)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var groupIndex = groupKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var groupOf = inScope.Select(p => groupIndex.TryGetValue(GroupKey(p), out var g) ? g : -1).ToArray();
        var peopleIn = new int[groupKeys.Count];
        foreach (var g in groupOf.Where(g => g >= 0))
        {
            peopleIn[g]++;
        }

        var cross = new double[groupKeys.Count];
        var inner = new double[groupKeys.Count];
        var edges = new Dictionary<long, (double Weight, TieKinds Kinds)>();
        double totalWeight = 0, crossWeight = 0;
        foreach (var (pair, tie) in ties)
        {
            var (a, b) = ((int)(pair >> 32), (int)(pair & 0xffffffff));
            var (ga, gb) = (groupOf[a], groupOf[b]);
            var isCross = department[a] != department[b];
            totalWeight += tie.Weight;
            if (isCross)
            {
                crossWeight += tie.Weight;
                cross[ga] += tie.Weight;
                if (gb != ga)
                {
                    cross[gb] += tie.Weight;
                }
            }
            if (ga == gb)
            {
                inner[ga] += tie.Weight;
                continue;
            }
            var edgeKey = PersonTies.Pair(ga, gb);
            var edge = edges.GetValueOrDefault(edgeKey);
            edges[edgeKey] = (edge.Weight + tie.Weight, edge.Kinds | tie.Kinds);
        }
        var edgeList = edges.Select(e => (A: (int)(e.Key >> 32), B: (int)(e.Key & 0xffffffff), e.Value.Weight, e.Value.Kinds))
            .OrderBy(e => e.A).ThenBy(e => e.B).ToList();

        var graph = WeightedGraph.FromEdges(groupKeys.Count, edgeList.Select(e => (e.A, e.B, e.Weight)).ToList());
        var (betweenness, sampled) = Betweenness.Compute(graph, cancellationToken);
        var community = Louvain.Detect(graph);
        var component = Components.Compute(graph);
        var articulation = ArticulationPoints.Find(graph);

        var people = inScope.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var nodes = new CollaborationNode[groupKeys.Count];
        for (var g = 0; g < nodes.Length; g++)
        {
            nodes[g] = Describe(level, groupKeys[g], tree, people, peopleIn[g]) with
            {
                Degree = graph.Degree(g),
                WeightedDegree = graph.WeightedDegree(g),
                Betweenness = betweenness[g],
                Community = community[g],
                Component = component[g],
                CrossDepartmentWeight = cross[g],
                InternalWeight = inner[g],
                IsArticulationPoint = articulation[g],
            };
        }
        var groupDepartment = nodes.Select(n => n.Kind == GraphLevel.Person
            ? tree.DepartmentOrSelf(people[n.Key].UnitKey)
            : n.DepartmentKey ?? n.Key).ToArray();
        var collaborationEdges = edgeList.Select(e => new CollaborationEdge(groupKeys[e.A], groupKeys[e.B], e.Weight, e.Kinds,
            level is GraphLevel.Department or GraphLevel.Municipality || groupDepartment[e.A] != groupDepartment[e.B])).ToList();

        var n = nodes.Length;
        var summary = new CollaborationSummary(
            n,
            edgeList.Count,
            n < 2 ? 0 : 2.0 * edgeList.Count / (n * (n - 1.0)),
            totalWeight > 0 ? crossWeight / totalWeight : 0,
            n == 0 ? 0 : component.Max() + 1,
            n == 0 ? 0 : community.Max() + 1,
            IsolatedUnits(level, nodes, inScope, cross, groupOf, tree),
            nodes.Select(node => new GraphBroker(node, node.Betweenness * node.CrossDepartmentWeight, node.IsArticulationPoint))
                .Where(b => b.Score > 0)
                .OrderByDescending(b => b.Score).ThenByDescending(b => b.SplitsGraph).ThenBy(b => b.Node.Key, StringComparer.Ordinal)
                .Take(TopBrokerCount).ToList(),
            sampled);
        return new CollaborationGraph(level, nodes, collaborationEdges, summary);
    }

    private static CollaborationNode Describe(GraphLevel level, string key, OrganisationTree tree, Dictionary<string, GraphPerson> people, int count)
    {
        if (level == GraphLevel.Person)
        {
            var person = people[key];
            return Unit(tree, person.UnitKey, GraphLevel.Person, 1) with { Key = person.Key, Label = person.Name };
        }
        return Unit(tree, key, level, count);
    }

    private static CollaborationNode Unit(OrganisationTree tree, string unitKey, GraphLevel kind, int people)
    {
        var department = tree.DepartmentOf(unitKey);
        var municipality = tree.MunicipalityOf(unitKey);
        return new CollaborationNode(unitKey, tree.Unit(unitKey)?.Name ?? unitKey, kind,
            department, department is null ? null : tree.Unit(department)?.Name,
            municipality, municipality is null ? null : tree.Unit(municipality)?.Name, people);
    }

    /// <summary>
    /// Units whose people have no tie to anyone in another department, largest first: at PERSON level the people's
    /// own units (as UNIT nodes outside the graph), at other levels the graph's nodes themselves.
    /// </summary>
    private static List<CollaborationNode> IsolatedUnits(GraphLevel level, CollaborationNode[] nodes, List<GraphPerson> inScope, double[] cross, int[] groupOf, OrganisationTree tree)
    {
        IEnumerable<CollaborationNode> isolated;
        if (level == GraphLevel.Person)
        {
            isolated = inScope.Select((p, i) => (p.UnitKey, Cross: groupOf[i] >= 0 ? cross[groupOf[i]] : 0))
                .GroupBy(x => x.UnitKey, StringComparer.Ordinal)
                .Where(u => u.All(x => x.Cross == 0))
                .Select(u => Unit(tree, u.Key, GraphLevel.Unit, u.Count()));
        }
        else
        {
            isolated = nodes.Where(node => node.CrossDepartmentWeight == 0);
        }
        return isolated.OrderByDescending(u => u.People).ThenBy(u => u.Key, StringComparer.Ordinal).ToList();
    }
}
