namespace ExpertFinder.Graphs.Metrics;

/// <summary>
/// Connected components by breadth-first search over the adjacency arrays, numbered 0.. by size, largest first,
/// then by lowest node. (QuikGraph's ConnectedComponentsAlgorithm took 36 s and 58 GB of allocations on a 25 000
/// node, 225 000 edge graph that this does in milliseconds, so the graphs stay in their own compact form.)
/// </summary>
public static class Components
{
    public static int[] Compute(WeightedGraph graph)
    {
        var component = new int[graph.NodeCount];
        Array.Fill(component, -1);
        var queue = new Queue<int>();
        var next = 0;
        for (var root = 0; root < graph.NodeCount; root++)
        {
            if (component[root] >= 0)
            {
                continue;
            }
            component[root] = next;
            queue.Enqueue(root);
            while (queue.TryDequeue(out var v))
            {
                for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
                {
                    if (component[graph.Targets[e]] < 0)
                    {
                        component[graph.Targets[e]] = next;
                        queue.Enqueue(graph.Targets[e]);
                    }
                }
            }
            next++;
        }
        return Louvain.BySize(component);
    }
}
