using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace ExpertFinder.Graphs.Metrics;

/// <summary>Connected components (QuikGraph), numbered 0.. by size, largest first, then by lowest node.</summary>
public static class Components
{
    public static int[] Compute(WeightedGraph graph)
    {
        var undirected = new UndirectedGraph<int, SEdge<int>>(allowParallelEdges: false);
        undirected.AddVertexRange(Enumerable.Range(0, graph.NodeCount));
        for (var v = 0; v < graph.NodeCount; v++)
        {
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                if (graph.Targets[e] > v)
                {
                    undirected.AddEdge(new SEdge<int>(v, graph.Targets[e]));
                }
            }
        }
        var algorithm = new ConnectedComponentsAlgorithm<int, SEdge<int>>(undirected);
        algorithm.Compute();
        var component = new int[graph.NodeCount];
        foreach (var (vertex, number) in algorithm.Components)
        {
            component[vertex] = number;
        }
        return Louvain.BySize(component);
    }
}
