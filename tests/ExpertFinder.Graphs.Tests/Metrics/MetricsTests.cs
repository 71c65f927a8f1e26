using ExpertFinder.Graphs.Metrics;

namespace ExpertFinder.Graphs.Tests.Metrics;

public sealed class MetricsTests
{
    private static WeightedGraph Graph(int n, params (int A, int B)[] edges) => WeightedGraph.FromEdges(n, edges.Select(e => (e.A, e.B, 1.0)).ToList());

    /// <summary>Zachary's karate club (1977), 34 members, 78 friendships, numbered from 0.</summary>
    private static readonly (int, int)[] KarateClub =
    [
        (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (0, 10), (0, 11), (0, 12), (0, 13), (0, 17), (0, 19), (0, 21), (0, 31),
        (1, 2), (1, 3), (1, 7), (1, 13), (1, 17), (1, 19), (1, 21), (1, 30),
        (2, 3), (2, 7), (2, 8), (2, 9), (2, 13), (2, 27), (2, 28), (2, 32),
        (3, 7), (3, 12), (3, 13), (4, 6), (4, 10), (5, 6), (5, 10), (5, 16), (6, 16),
        (8, 30), (8, 32), (8, 33), (9, 33), (13, 33), (14, 32), (14, 33), (15, 32), (15, 33), (18, 32), (18, 33), (19, 33),
        (20, 32), (20, 33), (22, 32), (22, 33), (23, 25), (23, 27), (23, 29), (23, 32), (23, 33), (24, 25), (24, 27), (24, 31),
        (25, 31), (26, 29), (26, 33), (27, 33), (28, 31), (28, 33), (29, 32), (29, 33), (30, 32), (30, 33), (31, 32), (31, 33), (32, 33),
    ];

    [Fact]
    public void On_a_path_the_middle_carries_every_path_and_the_ends_none()
    {
        var (values, sampled) = Betweenness.Compute(Graph(5, (0, 1), (1, 2), (2, 3), (3, 4)));

        // Normalised: node 2 lies on 4 of the 6 pairs among the others; node 1 on 3.
        Assert.Equal([0, 0.5, Math.Round(4.0 / 6, 9), 0.5, 0], values.Select(v => Math.Round(v, 9)));
        Assert.False(sampled);
    }

    [Fact]
    public void The_centre_of_a_star_has_betweenness_one_and_splits_the_graph()
    {
        var star = Graph(5, (0, 1), (0, 2), (0, 3), (0, 4));

        Assert.Equal([1.0, 0, 0, 0, 0], Betweenness.Compute(star).Values);
        Assert.Equal([true, false, false, false, false], ArticulationPoints.Find(star));
    }

    [Fact]
    public void Karate_club_betweenness_matches_the_published_values()
    {
        var (values, _) = Betweenness.Compute(Graph(34, KarateClub));

        Assert.Equal(78, Graph(34, KarateClub).EdgeCount);
        Assert.Equal(0.43763528, values[0], 6);
        Assert.Equal(0.30407497, values[33], 6);
        Assert.Equal(0.14524711, values[32], 6);
        Assert.Equal(0.14365680, values[2], 6);
        Assert.Equal(0.13827561, values[31], 6);
        Assert.Equal(0.0, values[11], 9);
    }

    [Fact]
    public void Strong_ties_are_short_so_paths_prefer_them()
    {
        // 0-1-2 by ties of weight 4 (distance 0.5) against the direct 0-2 tie of weight 1 (distance 1).
        var graph = WeightedGraph.FromEdges(3, [(0, 1, 4.0), (1, 2, 4.0), (0, 2, 1.0)]);

        Assert.Equal([0, 1.0, 0], Betweenness.Compute(graph).Values);
    }

    [Fact]
    public void Louvain_finds_the_two_triangles_joined_by_a_bridge_and_the_bridge_ends_split_the_graph()
    {
        var graph = Graph(6, (0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (3, 5), (4, 5));

        var communities = Louvain.Detect(graph);

        Assert.Equal([0, 0, 0, 1, 1, 1], communities);
        Assert.Equal([false, false, true, true, false, false], ArticulationPoints.Find(graph));
        Assert.Equal(0.6, Betweenness.Compute(graph).Values[2], 9);
    }

    [Fact]
    public void Louvain_splits_the_karate_club_into_a_few_communities_keeping_the_two_leaders_apart()
    {
        var communities = Louvain.Detect(Graph(34, KarateClub));

        Assert.InRange(communities.Max() + 1, 2, 6);
        Assert.NotEqual(communities[0], communities[33]);
        Assert.Equal(communities, Louvain.Detect(Graph(34, KarateClub)));
    }

    [Fact]
    public void Components_are_numbered_by_size_with_isolated_nodes_last()
    {
        var graph = Graph(7, (5, 6), (0, 1), (1, 2));

        Assert.Equal([0, 0, 0, 2, 3, 1, 1], Components.Compute(graph));
    }

    [Fact]
    public void Above_the_exact_limit_betweenness_is_sampled_the_same_way_every_time()
    {
        const int n = Betweenness.ExactLimit + 1;
        var ring = WeightedGraph.FromEdges(n, Enumerable.Range(0, n).Select(i => (Math.Min(i, (i + 1) % n), Math.Max(i, (i + 1) % n), 1.0)).ToList());

        var (first, sampled) = Betweenness.Compute(ring);
        var (second, _) = Betweenness.Compute(ring);

        Assert.True(sampled);
        Assert.Equal(first, second);
        // On a ring of odd n every node is equally central: k(k-1)/2 of the (n-1)(n-2)/2 pairs, k = (n-1)/2.
        const double k = (n - 1) / 2;
        var exact = k * (k - 1) / ((n - 1.0) * (n - 2.0));
        Assert.InRange(first.Average(), exact * 0.9, exact * 1.1);
    }
}
