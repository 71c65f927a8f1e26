namespace ExpertFinder.Tools.Generation;

/// <summary>
/// Draws an index in proportion to fixed weights in constant time (Vose's alias method), so that drawing hundreds of
/// millions of words from a vocabulary of a million forms stays cheap.
/// </summary>
internal sealed class WeightedTable
{
    private readonly double[] probability;
    private readonly int[] alias;

    public WeightedTable(IReadOnlyList<double> weights)
    {
        var n = weights.Count;
        if (n == 0)
        {
            throw new ArgumentException("no weights", nameof(weights));
        }
        probability = new double[n];
        alias = new int[n];
        var total = weights.Sum();
        if (!(total > 0))
        {
            throw new ArgumentException("the weights must sum to more than zero", nameof(weights));
        }
        var scaled = weights.Select(w => w * n / total).ToArray();
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = n - 1; i >= 0; i--)
        {
            (scaled[i] < 1 ? small : large).Push(i);
        }
        while (small.Count > 0 && large.Count > 0)
        {
            var less = small.Pop();
            var more = large.Pop();
            probability[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            (scaled[more] < 1 ? small : large).Push(more);
        }
        while (large.Count > 0)
        {
            probability[large.Pop()] = 1;
        }
        while (small.Count > 0)
        {
            probability[small.Pop()] = 1;
        }
    }

    public int Count => probability.Length;

    /// <summary>Weights 1/rank^exponent for ranks 1..count: the first item is the most frequent.</summary>
    public static WeightedTable Zipf(int count, double exponent) => new(ZipfWeights(count, exponent));

    /// <summary>
    /// Zipf-Mandelbrot weights 1/(rank + offset)^exponent: an offset flattens the head, as when the most frequent
    /// words of a language are drawn from another table (function words) and this one holds the rest.
    /// </summary>
    public static double[] ZipfWeights(int count, double exponent, double offset = 0) =>
        [.. Enumerable.Range(1, count).Select(rank => 1.0 / Math.Pow(rank + offset, exponent))];

    public int Draw(SeededRandom random)
    {
        var bits = random.NextUInt64();
        var i = (int)((bits >> 32) * (ulong)probability.Length >> 32);
        var u = (bits & 0xFFFFFFFFUL) * (1.0 / 4294967296.0);
        return u < probability[i] ? i : alias[i];
    }
}
