namespace ExpertFinder.Graphs.Metrics;

/// <summary>
/// An undirected weighted graph over nodes 0..n-1 in compressed adjacency form: the neighbours of node i are
/// <c>Targets[Offsets[i]..Offsets[i+1]]</c>, in ascending order, so every algorithm visits them the same way.
/// </summary>
public sealed class WeightedGraph
{
    private WeightedGraph(int nodeCount, int[] offsets, int[] targets, double[] weights)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
    }

    public int NodeCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Weights { get; }

    public int EdgeCount => Targets.Length / 2;

    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    public double WeightedDegree(int node)
    {
        var sum = 0.0;
        for (var e = Offsets[node]; e < Offsets[node + 1]; e++)
        {
            sum += Weights[e];
        }
        return sum;
    }

    /// <summary>Builds from edges (a, b, weight) with a != b, each pair at most once, weights above zero.</summary>
    public static WeightedGraph FromEdges(int nodeCount, IReadOnlyList<(int A, int B, double Weight)> edges)
    {
        var offsets = new int[nodeCount + 1];
        foreach (var (a, b, _) in edges)
        {
            offsets[a + 1]++;
            offsets[b + 1]++;
        }
        for (var i = 0; i < nodeCount; i++)
        {
            offsets[i + 1] += offsets[i];
        }
        var targets = new int[offsets[nodeCount]];
        var weights = new double[targets.Length];
        var next = offsets[..^1].ToArray();
        foreach (var (a, b, w) in edges)
        {
            targets[next[a]] = b;
            weights[next[a]++] = w;
            targets[next[b]] = a;
            weights[next[b]++] = w;
        }
        for (var i = 0; i < nodeCount; i++)
        {
            Array.Sort(targets, weights, offsets[i], offsets[i + 1] - offsets[i]);
        }
        return new WeightedGraph(nodeCount, offsets, targets, weights);
    }
}
