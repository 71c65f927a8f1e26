namespace ExpertFinder.Tools.Load;

/// <summary>Percentiles of one operation's requests, in milliseconds.</summary>
public sealed record LatencySummary(string Operation, int Requests, double P50, double P95, double P99);

/// <summary>
/// Every request's time, by operation, whatever its outcome: an error is answered in its time too, and a request that
/// timed out counts with the time it was given (a lower bound), so a stalled server shows in the upper percentiles.
/// </summary>
public sealed class LatencyRecorder
{
    public const string All = "all";

    private readonly Lock gate = new();
    private readonly Dictionary<string, List<double>> samples = new(StringComparer.Ordinal);

    public void Add(string operation, double milliseconds)
    {
        lock (gate)
        {
            if (!samples.TryGetValue(operation, out var times))
            {
                samples[operation] = times = [];
            }
            times.Add(milliseconds);
        }
    }

    /// <summary>One summary per operation that was sent, in <paramref name="order"/>, then <see cref="All"/> of them.</summary>
    public IReadOnlyList<LatencySummary> Summaries(IEnumerable<string> order)
    {
        lock (gate)
        {
            var rows = order.Where(samples.ContainsKey).Select(o => Summary(o, samples[o])).ToList();
            rows.Add(Summary(All, [.. samples.Values.SelectMany(s => s)]));
            return rows;
        }
    }

    private static LatencySummary Summary(string operation, List<double> times)
    {
        var sorted = times.Order().ToArray();
        return new LatencySummary(operation, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99));
    }

    /// <summary>Nearest rank: the smallest time at least <paramref name="p"/> of the requests took no longer than; 0 for none.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
