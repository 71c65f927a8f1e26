using System.Diagnostics;
using System.Globalization;

namespace ExpertFinder.Benchmarks;

/// <summary>Times an operation over a query list: warm-up rounds first, then measured rounds; reports percentiles.</summary>
public static class Latency
{
    /// <summary>An engine that is slow on a large dataset stops after <paramref name="budget"/>; its sample count says so.</summary>
    public static async Task<Summary> MeasureAsync(string name, IReadOnlyList<string> queries, int warmupRounds, int rounds, TimeSpan budget, Func<string, Task> run)
    {
        var warmup = Stopwatch.StartNew();
        for (var round = 0; round < warmupRounds && warmup.Elapsed < budget / 4; round++)
        {
            foreach (var query in queries)
            {
                await run(query);
            }
        }
        var samples = new List<double>(queries.Count * rounds);
        var total = Stopwatch.StartNew();
        for (var round = 0; round < rounds && total.Elapsed < budget; round++)
        {
            foreach (var query in queries)
            {
                var started = Stopwatch.GetTimestamp();
                await run(query);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        total.Stop();
        samples.Sort();
        return new Summary(name, samples.Count, Percentile(samples, 0.50), Percentile(samples, 0.95), Percentile(samples, 0.99), samples[^1],
            samples.Count / total.Elapsed.TotalSeconds);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public sealed record Summary(string Name, int Samples, double P50, double P95, double P99, double Max, double PerSecond)
    {
        public static string Header => "| what | samples | p50 ms | p95 ms | p99 ms | max ms | queries/s |\n|---|---|---|---|---|---|---|";

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {Samples} | {P50:F2} | {P95:F2} | {P99:F2} | {Max:F2} | {PerSecond:F0} |");
    }
}
