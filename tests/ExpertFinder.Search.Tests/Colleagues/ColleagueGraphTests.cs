using ExpertFinder.Core.Ties;
using ExpertFinder.Search.Colleagues;
using static ExpertFinder.Core.Ties.TieKind;

namespace ExpertFinder.Search.Tests.Colleagues;

public sealed class ColleagueGraphTests
{
    private static IntroductionStep Step(string from, string to, TieKind via, string key, string name) => new(from, to, via, key, name);

    [Fact]
    public void People_in_the_same_unit_are_one_step_apart()
    {
        var graph = new ColleagueGraphBuilder()
            .AddPerson("anne", "u-oko").AddPerson("bo", "u-oko").AddUnit("u-oko", "Økonomi")
            .Build();

        var path = graph.PathBetween("anne", "bo");

        Assert.NotNull(path);
        Assert.Equal([Step("anne", "bo", Unit, "u-oko", "Økonomi")], path.Steps);
        Assert.True(graph.AreInSameUnit("anne", "bo"));
    }

    [Fact]
    public void A_unit_of_any_size_ties_its_people()
    {
        var builder = new ColleagueGraphBuilder().AddUnit("u-stor", "Stor enhed");
        for (var i = 0; i < 500; i++)
        {
            builder.AddPerson($"p{i:D3}", "u-stor");
        }
        var graph = builder.Build();

        Assert.Equal([Step("p000", "p499", Unit, "u-stor", "Stor enhed")], graph.PathBetween("p000", "p499")!.Steps);
        Assert.Equal(498, graph.ColleaguesInCommon("p000", "p499").Count);
    }

    [Fact]
    public void A_network_then_a_co_authored_document_make_a_two_step_path_in_order()
    {
        var graph = new ColleagueGraphBuilder()
            .AddPerson("anne", "u1").AddPerson("bo", "u2").AddPerson("carl", "u3")
            .AddNetwork("n-klima", "Klimanetværket", ["anne", "bo"])
            .AddDocument("d-plan", "Klimaplan 2030", ["bo", "carl"])
            .Build();

        var path = graph.PathBetween("anne", "carl");

        Assert.NotNull(path);
        Assert.Equal(
            [Step("anne", "bo", Network, "n-klima", "Klimanetværket"), Step("bo", "carl", Document, "d-plan", "Klimaplan 2030")],
            path.Steps);
    }

    [Fact]
    public void A_hidden_member_breaks_the_path_through_them()
    {
        var graph = new ColleagueGraphBuilder()
            .AddPerson("anne", "u1").AddPerson("carl", "u3")
            .AddNetwork("n-klima", "Klimanetværket", ["anne", "bo"])
            .AddDocument("d-plan", "Klimaplan 2030", ["bo", "carl"])
            .Build();

        Assert.Null(graph.PathBetween("anne", "carl"));
        Assert.Null(graph.PathBetween("anne", "bo"));
        Assert.False(graph.Contains("bo"));
    }

    [Fact]
    public void A_path_goes_around_someone_the_reader_may_not_see_and_never_through_them()
    {
        var graph = new ColleagueGraphBuilder()
            .AddPerson("anne", "u1").AddPerson("bo", "u2").AddPerson("dina", "u4").AddPerson("carl", "u3")
            .AddNetwork("n-kort", "Kort vej", ["anne", "bo"])
            .AddDocument("d-kort", "Kort dokument", ["bo", "carl"])
            .AddNetwork("n-lang1", "Lang vej", ["anne", "dina"])
            .AddNetwork("n-lang2", "Længere vej", ["dina", "eva"])
            .AddPerson("eva", "u5")
            .AddDocument("d-lang", "Langt dokument", ["eva", "carl"])
            .Build();

        var open = graph.PathsFrom("anne", ["carl"])["carl"];
        var aroundBo = graph.PathsFrom("anne", ["carl"], mayPassThrough: key => key != "bo")["carl"];
        var nobody = graph.PathsFrom("anne", ["carl"], mayPassThrough: _ => false);
        var targetOnly = graph.PathsFrom("anne", ["bo"], mayPassThrough: _ => false);

        Assert.Equal(["bo", "carl"], open.Steps.Select(s => s.ToPerson));
        Assert.Equal(["dina", "eva", "carl"], aroundBo.Steps.Select(s => s.ToPerson));
        Assert.DoesNotContain("carl", nobody.Keys);
        Assert.True(targetOnly.ContainsKey("bo")); // a target itself is reached; only passing through is refused
    }

    [Fact]
    public void A_person_reaches_themself_without_steps() =>
        Assert.Empty(new ColleagueGraphBuilder().AddPerson("anne", null).Build().PathBetween("anne", "anne")!.Steps);

    [Fact]
    public void Unknown_people_have_no_paths()
    {
        var graph = new ColleagueGraphBuilder().AddPerson("anne", "u").AddPerson("bo", "u").Build();

        Assert.Null(graph.PathBetween("nobody", "anne"));
        Assert.Null(graph.PathBetween("anne", "nobody"));
        Assert.Empty(graph.PathsFrom("nobody", ["anne"]));
    }

    [Fact]
    public void A_unit_is_preferred_to_a_network_and_a_network_to_a_document()
    {
        var graph = new ColleagueGraphBuilder()
            .AddPerson("anne", "u").AddPerson("bo", "u").AddUnit("u", "Skole")
            .AddNetwork("n", "Netværk", ["anne", "bo"])
            .AddDocument("d", "Notat", ["anne", "bo"])
            .AddPerson("carl", null).AddPerson("dora", null)
            .AddNetwork("n2", "Netværk 2", ["carl", "dora"])
            .AddDocument("d2", "Notat 2", ["carl", "dora"])
            .Build();

        Assert.Equal(Unit, graph.PathBetween("anne", "bo")!.Steps[0].Via);
        Assert.Equal(Network, graph.PathBetween("carl", "dora")!.Steps[0].Via);
    }

    [Fact]
    public void Among_equal_connections_the_lowest_key_wins()
    {
        var graph = new ColleagueGraphBuilder()
            .AddPerson("anne", null).AddPerson("bo", null)
            .AddNetwork("n-b", "B", ["anne", "bo"])
            .AddNetwork("n-a", "A", ["bo", "anne"])
            .Build();

        Assert.Equal("n-a", graph.PathBetween("anne", "bo")!.Steps[0].ViaKey);
    }

    [Fact]
    public void The_first_step_decides_before_the_second()
    {
        // Via bo: network, then unit. Via carl: unit, then document. The unit first step wins.
        var graph = new ColleagueGraphBuilder()
            .AddPerson("anne", "u-1").AddPerson("carl", "u-1").AddPerson("bo", "u-2").AddPerson("dora", "u-2")
            .AddNetwork("n", "Netværk", ["anne", "bo"])
            .AddDocument("d", "Notat", ["carl", "dora"])
            .Build();

        var path = graph.PathBetween("anne", "dora")!;

        Assert.Equal(["carl", "dora"], path.Steps.Select(s => s.ToPerson));
        Assert.Equal([Unit, Document], path.Steps.Select(s => s.Via));
    }

    [Fact]
    public void Between_equal_intermediaries_the_lower_key_wins()
    {
        var graph = new ColleagueGraphBuilder()
            .AddPerson("anne", null).AddPerson("zack", null).AddPerson("bo", null).AddPerson("dora", null)
            .AddNetwork("n", "Netværk", ["anne", "zack", "bo"])
            .AddDocument("d1", "Notat 1", ["zack", "dora"])
            .AddDocument("d2", "Notat 2", ["bo", "dora"])
            .Build();

        Assert.Equal("bo", graph.PathBetween("anne", "dora")!.Steps[0].ToPerson);
    }

    [Fact]
    public void Paths_longer_than_max_steps_are_not_returned()
    {
        var builder = new ColleagueGraphBuilder();
        for (var i = 0; i <= 5; i++)
        {
            builder.AddPerson($"p{i}", $"u{i}");
            if (i > 0)
            {
                builder.AddDocument($"d{i}", $"Notat {i}", [$"p{i - 1}", $"p{i}"]);
            }
        }
        var graph = builder.Build();

        Assert.Null(graph.PathBetween("p0", "p5"));
        Assert.Equal(5, graph.PathBetween("p0", "p5", maxSteps: 5)!.Steps.Count);
        Assert.Equal(4, graph.PathBetween("p0", "p4")!.Steps.Count);
        Assert.Null(graph.PathBetween("p0", "p1", maxSteps: 0));
    }

    [Fact]
    public void Paths_from_one_viewer_to_many_agree_with_one_at_a_time()
    {
        var graph = RandomGraphs.Build(new Random(1), people: 300, units: 20, networks: 15, documents: 200, out _);
        var targets = Enumerable.Range(0, 300).Select(i => $"p{i}").Append("nobody").ToArray();

        var paths = graph.PathsFrom("p0", targets, maxSteps: 3);

        Assert.NotEmpty(paths);
        Assert.DoesNotContain("nobody", paths.Keys);
        foreach (var target in targets)
        {
            var single = graph.PathBetween("p0", target, maxSteps: 3);
            Assert.Equal(single?.Steps, paths.GetValueOrDefault(target)?.Steps);
        }
    }

    [Fact]
    public void Concurrent_searches_agree_with_sequential_ones()
    {
        var graph = RandomGraphs.Build(new Random(2), people: 2_000, units: 40, networks: 60, documents: 3_000, out _);
        var targets = Enumerable.Range(0, 2_000).Where(i => i % 7 == 0).Select(i => $"p{i}").ToArray();
        var viewers = Enumerable.Range(0, 16).Select(i => $"p{i * 97}").Where(graph.Contains).ToArray();
        var expected = viewers.Select(v => graph.PathsFrom(v, targets)).ToArray();

        Parallel.For(0, 400, i =>
        {
            var actual = graph.PathsFrom(viewers[i % viewers.Length], targets);
            var wanted = expected[i % viewers.Length];
            Assert.Equal(wanted.Count, actual.Count);
            Assert.All(wanted, pair => Assert.Equal(pair.Value.Steps, actual[pair.Key].Steps));
        });
    }

    [Fact]
    public void Shared_networks_and_the_networks_of_a_person()
    {
        var graph = new ColleagueGraphBuilder()
            .AddPerson("anne", "u1").AddPerson("bo", "u2").AddPerson("carl", "u1")
            .AddNetwork("n-b", "B", ["anne", "bo", "ghost"])
            .AddNetwork("n-a", "A", ["anne"])
            .AddDocument("d", "Notat", ["bo", "carl"])
            .Build();

        Assert.True(graph.ShareNetwork("anne", "bo"));
        Assert.False(graph.ShareNetwork("bo", "carl"));
        Assert.False(graph.AreInSameUnit("anne", "bo"));
        Assert.True(graph.AreInSameUnit("anne", "carl"));
        Assert.Equal(["n-a", "n-b"], graph.NetworksOf("anne"));
        Assert.Empty(graph.NetworksOf("carl"));
        Assert.Empty(graph.NetworksOf("ghost"));
    }

    [Fact]
    public void Colleagues_in_common_share_something_with_both_in_key_order_each_once()
    {
        var graph = new ColleagueGraphBuilder()
            .AddPerson("anne", "u-oko").AddPerson("bo", "u-oko").AddPerson("carl", "u-hr").AddPerson("dina", "u-hr")
            .AddPerson("eva", "u-it").AddPerson("finn", "u-it").AddUnit("u-oko", "Økonomi").AddUnit("u-hr", "HR").AddUnit("u-it", "IT")
            .AddNetwork("n-klima", "Klimanetværket", ["anne", "carl", "dina", "finn"])
            .AddNetwork("n-data", "Datanetværket", ["anne", "carl", "hidden"])
            .AddDocument("d-plan", "Klimaplan 2030", ["bo", "carl", "eva"])
            .Build();

        // anne: bo (unit), carl, dina, finn (network); carl: dina (unit), anne, finn (network), bo, eva (document).
        Assert.Equal(["bo", "dina", "finn"], graph.ColleaguesInCommon("anne", "carl"));
        Assert.Equal(graph.ColleaguesInCommon("anne", "carl"), graph.ColleaguesInCommon("carl", "anne"));
        // eva and anne share nothing, yet bo (unit; document), carl (network; document) and finn (network; unit) know both.
        Assert.Equal(["bo", "carl", "finn"], graph.ColleaguesInCommon("anne", "eva"));
        Assert.Empty(graph.ColleaguesInCommon("anne", "anne"));
        Assert.Empty(graph.ColleaguesInCommon("anne", "hidden"));
        Assert.Empty(graph.ColleaguesInCommon("ghost", "anne"));
    }

    [Fact]
    public void Colleagues_in_common_agree_with_the_groups_on_random_graphs()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var graph = RandomGraphs.Build(new Random(seed), people: 30, units: 4, networks: 5, documents: 12, out var groups);
            HashSet<string> ColleaguesOf(string person) =>
                [.. groups.Where(g => g.Members.Contains(person)).SelectMany(g => g.Members).Where(m => m != person)];
            for (var a = 0; a < 30; a++)
            {
                for (var b = 0; b < 30; b++)
                {
                    var (x, y) = ($"p{a}", $"p{b}");
                    var expected = x == y ? [] : ColleaguesOf(x).Intersect(ColleaguesOf(y)).Where(p => p != x && p != y)
                        .Order(StringComparer.Ordinal).ToList();
                    Assert.Equal(expected, graph.ColleaguesInCommon(x, y));
                }
            }
        }
    }

    [Fact]
    public void Adding_a_person_twice_is_an_error() =>
        Assert.Throws<ArgumentException>(() => new ColleagueGraphBuilder().AddPerson("anne", null).AddPerson("anne", "u"));

    [Fact]
    public void Small_random_graphs_give_the_preferred_shortest_path()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var graph = RandomGraphs.Build(new Random(seed), people: 14, units: 4, networks: 3, documents: 8, out var groups);
            for (var from = 0; from < 14; from++)
            {
                for (var to = 0; to < 14; to++)
                {
                    var expected = RandomGraphs.PreferredShortestPath(groups, $"p{from}", $"p{to}", maxSteps: 4);
                    var actual = graph.PathBetween($"p{from}", $"p{to}");
                    Assert.Equal(expected, actual?.Steps);
                }
            }
        }
    }
}
