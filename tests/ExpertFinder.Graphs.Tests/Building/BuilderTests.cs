using ExpertFinder.Core.Ties;
using ExpertFinder.Graphs.Building;
using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Graphs.Tests.Building;

public sealed class BuilderTests
{
    /// <summary>Two municipalities; m1 has departments d1 (offices o1, o2) and d2 (office o3); m2 has d3 (office o4).</summary>
    private static readonly GraphUnit[] Units =
    [
        new("m1", "Kommune 1", "municipality", null), new("m2", "Kommune 2", "municipality", null),
        new("d1", "Forvaltning 1", "department", "m1"), new("d2", "Forvaltning 2", "department", "m1"), new("d3", "Forvaltning 3", "department", "m2"),
        new("o1", "Kontor 1", "office", "d1"), new("o2", "Kontor 2", "office", "d1"), new("o3", "Kontor 3", "office", "d2"), new("o4", "Kontor 4", "office", "d3"),
    ];

    private static readonly GraphPerson[] People =
    [
        new("a", "Anna", "o1"), new("b", "Bo", "o1"), new("c", "Carl", "o2"), new("d", "Dorte", "o3"), new("e", "Erik", "o4"), new("f", "Frida", "o4"),
    ];

    private static GraphInput Input(GraphNetwork[]? networks = null, GraphDocument[]? documents = null) => new(People, Units,
        networks ??
        [
            new("n1", "learning", new DateOnly(2024, 1, 1), null, ["c1"], [new("a", "facilitator"), new("c", "member"), new("d", "external")]),
            new("n2", "project", new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1), [], [new("d", "member"), new("e", "member")]),
        ],
        documents ?? [new("doc1", new DateOnly(2024, 6, 1), "n1", ["a", "d"])]);

    [Fact]
    public void At_person_level_ties_from_networks_documents_and_units_add_up()
    {
        var graph = CollaborationGraphBuilder.Build(Input(), GraphLevel.Person, CollaborationFilter.None);

        Assert.Equal(["a", "b", "c", "d", "e", "f"], graph.Nodes.Select(n => n.Key));
        Assert.Equal(
            ["a-b 0.5 Unit", "a-c 1 Network", "a-d 2 Network, Document", "c-d 1 Network", "d-e 1 Network", "e-f 0.5 Unit"],
            graph.Edges.Select(e => $"{e.SourceKey}-{e.TargetKey} {e.Weight} {e.Kinds}"));
        Assert.Equal(6, graph.Summary.EdgeCount);
        Assert.Equal(2.0 * 6 / (6 * 5), graph.Summary.Density, 12);
        // Cross-department: a-d 2, c-d 1, d-e 1 of 6 in all.
        Assert.Equal(4.0 / 6, graph.Summary.CrossDepartmentShare, 12);
        Assert.Equal(4.0, graph.Nodes.Single(n => n.Key == "d").CrossDepartmentWeight);
        Assert.True(graph.Nodes.Single(n => n.Key == "d").IsArticulationPoint);
        Assert.Equal("d", graph.Summary.TopBrokers[0].Node.Key);
        Assert.True(graph.Summary.TopBrokers[0].SplitsGraph);
    }

    [Fact]
    public void At_department_level_ties_between_people_are_summed_and_ties_inside_are_kept_apart()
    {
        var graph = CollaborationGraphBuilder.Build(Input(), GraphLevel.Department, CollaborationFilter.None);

        Assert.Equal(["d1", "d2", "d3"], graph.Nodes.Select(n => n.Key));
        Assert.Equal(["d1-d2 3 Network, Document", "d2-d3 1 Network"], graph.Edges.Select(e => $"{e.SourceKey}-{e.TargetKey} {e.Weight} {e.Kinds}"));
        Assert.All(graph.Edges, e => Assert.True(e.CrossDepartment));
        var d1 = graph.Nodes[0];
        Assert.Equal((3, 1.0, 3.0), (d1.People, d1.InternalWeight, d1.CrossDepartmentWeight));
        // Same-unit ties are PERSON level only: a-c (1) inside, a-d, c-d, d-e across.
        Assert.Equal(4.0 / 5, graph.Summary.CrossDepartmentShare, 12);
        Assert.Equal(1.0, graph.Nodes[1].Betweenness);
        Assert.Empty(graph.Summary.IsolatedUnits);
    }

    [Fact]
    public void At_unit_and_municipality_level_groups_follow_the_tree_and_units_without_cross_ties_are_isolated()
    {
        var units = CollaborationGraphBuilder.Build(Input(), GraphLevel.Unit, CollaborationFilter.None);
        var municipalities = CollaborationGraphBuilder.Build(Input(), GraphLevel.Municipality, CollaborationFilter.None);

        Assert.Equal(["o1-o2 1", "o1-o3 2", "o2-o3 1", "o3-o4 1"], units.Edges.Select(e => $"{e.SourceKey}-{e.TargetKey} {e.Weight}"));
        Assert.False(units.Edges[0].CrossDepartment);
        Assert.Empty(units.Summary.IsolatedUnits);
        Assert.Equal(["m1-m2 1"], municipalities.Edges.Select(e => $"{e.SourceKey}-{e.TargetKey} {e.Weight}"));
        Assert.Equal(4.0 / 5, municipalities.Summary.CrossDepartmentShare, 12);
        // m1's inner ties between its departments count as cross-department.
        Assert.Equal(4.0, municipalities.Nodes[0].CrossDepartmentWeight);

        var withoutNetworks = CollaborationGraphBuilder.Build(Input(), GraphLevel.Unit, new CollaborationFilter { TieKinds = TieKinds.Document });
        // Largest first.
        Assert.Equal(["o4", "o2"], withoutNetworks.Summary.IsolatedUnits.Select(u => u.Key));
    }

    [Fact]
    public void Filters_narrow_ties_by_kind_date_competence_and_municipality()
    {
        static string Edges(CollaborationFilter filter) => string.Join(" ", CollaborationGraphBuilder.Build(Input(), GraphLevel.Person, filter).Edges.Select(e => $"{e.SourceKey}-{e.TargetKey}:{e.Weight}"));

        Assert.Equal("a-b:0.5 a-c:1 a-d:1 c-d:1 e-f:0.5", Edges(new CollaborationFilter { NetworkKinds = ["learning"], TieKinds = TieKinds.Network | TieKinds.Unit }));
        Assert.Equal("a-c:1 a-d:2 c-d:1", Edges(new CollaborationFilter { From = new DateOnly(2024, 1, 1), TieKinds = TieKinds.Network | TieKinds.Document }));
        Assert.Equal("d-e:1", Edges(new CollaborationFilter { To = new DateOnly(2022, 1, 1), TieKinds = TieKinds.Network | TieKinds.Document }));
        Assert.Equal("a-b:0.5 a-c:1 a-d:2 c-d:1", Edges(new CollaborationFilter { Competence = "c1", CompetenceHolders = new HashSet<string> { "a", "b" } }));
        Assert.Equal("a-b:0.5 a-c:1 a-d:2 c-d:1", Edges(new CollaborationFilter { Municipality = "m1" }));
    }

    [Fact]
    public void Large_units_make_no_same_unit_ties()
    {
        var most = TieRules.CollaborationGraphs.UnitTieMaxPeople!.Value;
        var crowd = Enumerable.Range(0, most + 1).Select(i => new GraphPerson($"p{i:D2}", $"P {i}", "o1")).ToList();
        var input = new GraphInput(crowd, Units, [], []);

        Assert.Empty(CollaborationGraphBuilder.Build(input, GraphLevel.Person, CollaborationFilter.None).Edges);
        Assert.Equal(most * (most - 1) / 2,
            CollaborationGraphBuilder.Build(input with { People = crowd.Skip(1).ToList() }, GraphLevel.Person, CollaborationFilter.None).Edges.Count);
    }

    [Fact]
    public void The_same_data_in_another_order_gives_the_same_graph()
    {
        var input = Input();
        var shuffled = new GraphInput(input.People.Reverse().ToList(), input.Units.Reverse().ToList(), input.Networks.Reverse().ToList(), input.Documents);

        foreach (var level in Enum.GetValues<GraphLevel>())
        {
            var first = CollaborationGraphBuilder.Build(input, level, CollaborationFilter.None);
            var second = CollaborationGraphBuilder.Build(shuffled, level, CollaborationFilter.None);
            Assert.Equal(first.Nodes, second.Nodes);
            Assert.Equal(first.Edges, second.Edges);
            Assert.Equal(first.Summary.TopBrokers, second.Summary.TopBrokers);
        }
    }
}
