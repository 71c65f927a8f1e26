namespace ExpertFinder.Graphs.Metrics;

/// <summary>
/// Brandes' betweenness centrality on the weighted graph, where a tie of weight w is a distance of 1/w (strong ties
/// are short). Normalised to 0..1 by (n-1)(n-2), the undirected pair count counted from both ends.
/// Up to <see cref="ExactLimit"/> nodes every node is a source; above it <see cref="SampledPivots"/> sources drawn
/// with a fixed seed, scaled by n/pivots (Brandes and Pich's estimator), so the figures are estimates but the same
/// for the same graph. Sources are split into a fixed number of slices summed in order, so the result does not
/// depend on how many threads ran.
/// </summary>
public static class Betweenness
{
    public const int ExactLimit = 4000;
    public const int SampledPivots = 64;
    public const int PivotSeed = 20261124;
    private const int Slices = 8;

    /// <summary>The costliest step of a graph: checks <paramref name="cancellationToken"/> before each source, so a caller that stops waiting stops the work too.</summary>
    public static (double[] Values, bool Sampled) Compute(WeightedGraph graph, CancellationToken cancellationToken = default)
    {
        var n = graph.NodeCount;
        var values = new double[n];
        if (n < 3)
        {
            return (values, false);
        }
        var sampled = n > ExactLimit;
        var sources = sampled ? Pivots(n) : Enumerable.Range(0, n).ToArray();
        var partial = new double[Slices][];
        Parallel.For(0, Slices, new ParallelOptions { CancellationToken = cancellationToken }, slice =>
        {
            var sums = new double[n];
            var work = new Workspace(n);
            for (var i = slice; i < sources.Length && !cancellationToken.IsCancellationRequested; i += Slices)
            {
                Accumulate(graph, sources[i], work, sums);
            }
            partial[slice] = sums;
        });
        // A slice that stopped early left its sums short: the values are not to be used.
        cancellationToken.ThrowIfCancellationRequested();
        var scale = (sampled ? (double)n / sources.Length : 1.0) / ((n - 1.0) * (n - 2.0));
        for (var v = 0; v < n; v++)
        {
            var sum = 0.0;
            for (var slice = 0; slice < Slices; slice++)
            {
                sum += partial[slice][v];
            }
            values[v] = Math.Clamp(sum * scale, 0.0, 1.0);
        }
        return (values, sampled);
    }

    private static int[] Pivots(int n)
    {
        var order = Enumerable.Range(0, n).ToArray();
        var random = new Random(PivotSeed);
        for (var i = 0; i < SampledPivots; i++)
        {
            var j = i + random.Next(n - i);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order[..SampledPivots];
    }

    private sealed class Workspace(int n)
    {
        public readonly double[] Distance = Fill(n, double.PositiveInfinity);
        public readonly double[] Paths = new double[n];
        public readonly double[] Dependency = new double[n];
        public readonly bool[] Done = new bool[n];
        public readonly List<int>[] Predecessors = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        public readonly List<int> Settled = new(n);
        public readonly PriorityQueue<int, double> Queue = new();

        private static double[] Fill(int n, double value)
        {
            var array = new double[n];
            Array.Fill(array, value);
            return array;
        }
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1.0, Math.Max(a, b));

    /// <summary>One source's single-source shortest paths (Dijkstra) and the back-propagated dependencies.</summary>
    private static void Accumulate(WeightedGraph graph, int source, Workspace work, double[] sums)
    {
        var (distance, paths, dependency, predecessors, settled, queue) =
            (work.Distance, work.Paths, work.Dependency, work.Predecessors, work.Settled, work.Queue);
        distance[source] = 0;
        paths[source] = 1;
        queue.Enqueue(source, 0);
        var done = work.Done;
        while (queue.TryDequeue(out var v, out var d))
        {
            if (done[v] || d > distance[v])
            {
                continue;
            }
            done[v] = true;
            settled.Add(v);
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                var w = graph.Targets[e];
                var through = d + 1.0 / graph.Weights[e];
                if (done[w])
                {
                    continue;
                }
                if (double.IsPositiveInfinity(distance[w]) || (through < distance[w] && !Same(through, distance[w])))
                {
                    distance[w] = through;
                    paths[w] = paths[v];
                    predecessors[w].Clear();
                    predecessors[w].Add(v);
                    queue.Enqueue(w, through);
                }
                else if (Same(through, distance[w]))
                {
                    paths[w] += paths[v];
                    predecessors[w].Add(v);
                }
            }
        }
        for (var i = settled.Count - 1; i >= 0; i--)
        {
            var w = settled[i];
            foreach (var v in predecessors[w])
            {
                dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
            }
            if (w != source)
            {
                sums[w] += dependency[w];
            }
        }
        foreach (var v in settled)
        {
            distance[v] = double.PositiveInfinity;
            paths[v] = 0;
            dependency[v] = 0;
            done[v] = false;
            predecessors[v].Clear();
        }
        settled.Clear();
    }
}
