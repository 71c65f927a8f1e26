namespace ExpertFinder.Graphs.Metrics;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on the weighted graph, made deterministic: nodes are visited
/// in index order, a node stays unless a move gains strictly more modularity, equal gains go to the community with
/// the lowest number, and communities are finally numbered 0.. by size, largest first (ties: lowest node first).
/// A level stops after 20 passes or once a pass moves fewer than one node in a thousand.
/// </summary>
public static class Louvain
{
    private const double Epsilon = 1e-12;
    private const int MaxPasses = 20;

    public static int[] Detect(WeightedGraph graph)
    {
        var n = graph.NodeCount;
        var membership = Enumerable.Range(0, n).ToArray();
        var level = Level.From(graph);
        while (true)
        {
            var community = MoveNodes(level);
            var count = Renumber(community);
            if (count == level.NodeCount)
            {
                break;
            }
            for (var i = 0; i < n; i++)
            {
                membership[i] = community[membership[i]];
            }
            level = level.Aggregate(community, count);
        }
        return BySize(membership);
    }

    /// <summary>One level of the hierarchy: adjacency lists plus each node's weight of ties inside it.</summary>
    private sealed class Level
    {
        public required int NodeCount { get; init; }
        public required List<(int Target, double Weight)>[] Neighbours { get; init; }
        public required double[] SelfWeight { get; init; }

        public double Strength(int node)
        {
            var sum = 2 * SelfWeight[node];
            foreach (var (_, w) in Neighbours[node])
            {
                sum += w;
            }
            return sum;
        }

        public static Level From(WeightedGraph graph)
        {
            var neighbours = new List<(int, double)>[graph.NodeCount];
            for (var i = 0; i < graph.NodeCount; i++)
            {
                neighbours[i] = [];
                for (var e = graph.Offsets[i]; e < graph.Offsets[i + 1]; e++)
                {
                    neighbours[i].Add((graph.Targets[e], graph.Weights[e]));
                }
            }
            return new Level { NodeCount = graph.NodeCount, Neighbours = neighbours, SelfWeight = new double[graph.NodeCount] };
        }

        public Level Aggregate(int[] community, int count)
        {
            var self = new double[count];
            var sums = new Dictionary<int, double>[count];
            for (var c = 0; c < count; c++)
            {
                sums[c] = [];
            }
            for (var i = 0; i < NodeCount; i++)
            {
                var ci = community[i];
                self[ci] += SelfWeight[i];
                foreach (var (j, w) in Neighbours[i])
                {
                    var cj = community[j];
                    if (ci == cj)
                    {
                        // Each inner tie is seen from both ends.
                        self[ci] += w / 2;
                    }
                    else
                    {
                        sums[ci][cj] = sums[ci].GetValueOrDefault(cj) + w;
                    }
                }
            }
            return new Level
            {
                NodeCount = count,
                Neighbours = sums.Select(s => s.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).ToList()).ToArray(),
                SelfWeight = self,
            };
        }
    }

    private static int[] MoveNodes(Level level)
    {
        var n = level.NodeCount;
        var community = Enumerable.Range(0, n).ToArray();
        var strength = Enumerable.Range(0, n).Select(level.Strength).ToArray();
        var total = (double[])strength.Clone();
        var twiceWeight = strength.Sum();
        if (twiceWeight <= 0)
        {
            return community;
        }
        var linkTo = new double[n];
        var touched = new List<int>();
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var moves = 0;
            for (var i = 0; i < n; i++)
            {
                var own = community[i];
                touched.Clear();
                foreach (var (j, w) in level.Neighbours[i])
                {
                    var c = community[j];
                    if (linkTo[c] == 0)
                    {
                        touched.Add(c);
                    }
                    linkTo[c] += w;
                }
                total[own] -= strength[i];
                var best = own;
                var bestGain = linkTo[own] - total[own] * strength[i] / twiceWeight;
                touched.Sort();
                foreach (var c in touched)
                {
                    var gain = linkTo[c] - total[c] * strength[i] / twiceWeight;
                    if (c != own && gain > bestGain + Epsilon)
                    {
                        (best, bestGain) = (c, gain);
                    }
                }
                total[best] += strength[i];
                community[i] = best;
                if (best != own)
                {
                    moves++;
                }
                foreach (var c in touched)
                {
                    linkTo[c] = 0;
                }
                linkTo[own] = 0;
            }
            // The last passes of a large graph move a handful of nodes each for little modularity; stop when
            // fewer than one node in a thousand moved.
            if (moves <= n / 1000)
            {
                break;
            }
        }
        return community;
    }

    /// <summary>Renumbers communities 0.. in order of their first node; returns how many there are.</summary>
    private static int Renumber(int[] community)
    {
        var map = new Dictionary<int, int>();
        for (var i = 0; i < community.Length; i++)
        {
            if (!map.TryGetValue(community[i], out var number))
            {
                number = map[community[i]] = map.Count;
            }
            community[i] = number;
        }
        return map.Count;
    }

    /// <summary>Numbers groups 0.. by size, largest first, then by their lowest node.</summary>
    internal static int[] BySize(int[] group)
    {
        var order = group.Select((g, node) => (g, node)).GroupBy(x => x.g)
            .Select(g => (Group: g.Key, Size: g.Count(), First: g.Min(x => x.node)))
            .OrderByDescending(g => g.Size).ThenBy(g => g.First)
            .Select((g, rank) => (g.Group, rank)).ToDictionary(x => x.Group, x => x.rank);
        return group.Select(g => order[g]).ToArray();
    }
}
