namespace ExpertFinder.Graphs.Metrics;

/// <summary>
/// Nodes whose removal splits their component (Hopcroft and Tarjan's low-link search), iterative so that long
/// chains of people do not exhaust the stack.
/// </summary>
public static class ArticulationPoints
{
    public static bool[] Find(WeightedGraph graph)
    {
        var n = graph.NodeCount;
        var result = new bool[n];
        var order = new int[n];
        var low = new int[n];
        var parent = new int[n];
        var nextEdge = new int[n];
        Array.Fill(order, -1);
        var counter = 0;
        var stack = new Stack<int>();
        for (var root = 0; root < n; root++)
        {
            if (order[root] >= 0)
            {
                continue;
            }
            var rootChildren = 0;
            order[root] = low[root] = counter++;
            parent[root] = -1;
            nextEdge[root] = graph.Offsets[root];
            stack.Push(root);
            while (stack.Count > 0)
            {
                var v = stack.Peek();
                if (nextEdge[v] < graph.Offsets[v + 1])
                {
                    var w = graph.Targets[nextEdge[v]++];
                    if (order[w] < 0)
                    {
                        parent[w] = v;
                        order[w] = low[w] = counter++;
                        nextEdge[w] = graph.Offsets[w];
                        stack.Push(w);
                        if (v == root)
                        {
                            rootChildren++;
                        }
                    }
                    else if (w != parent[v])
                    {
                        low[v] = Math.Min(low[v], order[w]);
                    }
                    continue;
                }
                stack.Pop();
                var p = parent[v];
                if (p >= 0)
                {
                    low[p] = Math.Min(low[p], low[v]);
                    if (p != root && low[v] >= order[p])
                    {
                        result[p] = true;
                    }
                }
            }
            result[root] = rootChildren > 1;
        }
        return result;
    }
}
