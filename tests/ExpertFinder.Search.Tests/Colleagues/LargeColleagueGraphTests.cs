using System.Diagnostics;

namespace ExpertFinder.Search.Tests.Colleagues;

public sealed class LargeColleagueGraphTests(ITestOutputHelper output)
{
    [Fact]
    public void Paths_in_a_municipality_sized_graph_are_valid_and_shortest()
    {
        var rng = new Random(42);
        var clock = Stopwatch.StartNew();
        var graph = RandomGraphs.Build(rng, people: 50_000, units: 500, networks: 2_000, documents: 100_000, out var groups);
        output.WriteLine($"built {graph.PersonCount:N0} people, {groups.Count:N0} groups in {clock.ElapsedMilliseconds} ms");
        var byKey = groups.ToDictionary(g => (g.Kind, g.Key));
        var groupsOf = new Dictionary<string, List<RandomGraphs.TestGroup>>();
        foreach (var group in groups)
        {
            foreach (var member in group.Members)
            {
                if (!groupsOf.TryGetValue(member, out var list))
                {
                    groupsOf[member] = list = [];
                }
                list.Add(group);
            }
        }

        var viewers = Enumerable.Range(0, 5).Select(_ => $"p{rng.Next(50_000)}").Where(graph.Contains).Prepend("p0").ToList();
        var targets = Enumerable.Range(0, 200).Select(_ => $"p{rng.Next(50_000)}").Distinct().ToArray();
        graph.PathsFrom(viewers[0], targets);
        var found = 0;
        var searches = TimeSpan.Zero;
        foreach (var viewer in viewers)
        {
            clock.Restart();
            var paths = graph.PathsFrom(viewer, targets);
            searches += clock.Elapsed;
            var distances = Distances(groupsOf, viewer, maxSteps: 4);
            foreach (var target in targets)
            {
                Assert.Equal(distances.GetValueOrDefault(target, -1), paths.TryGetValue(target, out var path) ? path.Steps.Count : -1);
                if (path is null)
                {
                    continue;
                }
                found++;
                var at = viewer;
                foreach (var step in path.Steps)
                {
                    var group = byKey[(step.Via, step.ViaKey)];
                    Assert.Equal(at, step.FromPerson);
                    Assert.Contains(step.FromPerson, group.Members);
                    Assert.Contains(step.ToPerson, group.Members);
                    Assert.Equal(group.Name, step.ViaName);
                    at = step.ToPerson;
                }
                Assert.Equal(target, at);
            }
        }
        output.WriteLine($"{viewers.Count} searches to {targets.Length} targets each: {searches.TotalMilliseconds / viewers.Count:F2} ms per search, {found} paths");

        var pairs = Enumerable.Range(0, 200).Select(_ => ($"p{rng.Next(50_000)}", $"p{rng.Next(50_000)}")).ToList();
        clock.Restart();
        foreach (var (from, to) in pairs)
        {
            graph.PathBetween(from, to);
        }
        output.WriteLine($"single path: {clock.Elapsed.TotalMilliseconds / pairs.Count:F2} ms per search");
        Assert.True(found > 0);
    }

    // Plain breadth-first search over people, for the expected path lengths.
    private static Dictionary<string, int> Distances(Dictionary<string, List<RandomGraphs.TestGroup>> groupsOf, string from, int maxSteps)
    {
        var distances = new Dictionary<string, int> { [from] = 0 };
        var seenGroups = new HashSet<RandomGraphs.TestGroup>(ReferenceEqualityComparer.Instance);
        var frontier = new List<string> { from };
        for (var depth = 1; depth <= maxSteps && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var person in frontier)
            {
                foreach (var group in groupsOf.GetValueOrDefault(person, []))
                {
                    if (seenGroups.Add(group))
                    {
                        next.AddRange(group.Members.Where(m => distances.TryAdd(m, depth)));
                    }
                }
            }
            frontier = next;
        }
        return distances;
    }
}
