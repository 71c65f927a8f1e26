using System.Globalization;

namespace ExpertFinder.Tools.Cluster;

/// <summary>Freshness percentiles in milliseconds over some writes; all null when there were none.</summary>
public sealed record Freshness(int Samples, double? P50, double? P95, double? P99, double? Max)
{
    public static Freshness Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        double? At(double p) => sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        return new Freshness(sorted.Count, At(0.50), At(0.95), At(0.99), sorted.Count == 0 ? null : sorted[^1]);
    }
}

/// <summary>
/// What a cluster run measured, from its writes: each write's freshness on each server (from its acknowledgement to
/// the first search through that server that found it), per server and overall; for the server that was stopped, the
/// writes it had not found when it went down are its catch-up, not its freshness, and <see cref="CaughtUpMs"/> is how
/// long after it was started again the last of them was found on it. A write acknowledged and not found on every
/// server by the end is lost.
/// </summary>
public sealed class ClusterReport
{
    /// <summary>The freshness the run must keep at the 99th percentile to succeed.</summary>
    public const double FreshnessGoalMs = 1000;

    public ClusterReport(IReadOnlyList<ClusterWrite> writes, int servers, ServerOutage? outage)
    {
        Outage = outage;
        var acknowledged = writes.Where(w => w.AcknowledgedMs is not null).ToList();
        Writes = acknowledged.Count;
        Failed = writes.Count - acknowledged.Count;
        Lost = acknowledged.Count(w => w.FoundMs.Any(found => found is null));
        var catchUp = outage is null ? [] : acknowledged.Where(w => IsCatchUp(w, outage)).ToHashSet();
        CatchUpWrites = catchUp.Count;
        if (outage is not null)
        {
            var found = catchUp.Select(w => w.FoundMs[outage.Server]).ToList();
            // Nothing is found through a server before it answers (a search answered as it went down aside).
            CaughtUpMs = found.All(f => f is not null) ? Math.Max(outage.AnsweringMs, found.Max() ?? 0) - outage.StartedMs : null;
        }
        var samples = Enumerable.Range(0, servers).Select(server => acknowledged
            .Where(w => w.FoundMs[server] is not null && !(outage?.Server == server && catchUp.Contains(w)))
            .Select(w => w.FoundMs[server]!.Value - w.AcknowledgedMs!.Value).ToList()).ToList();
        PerServer = samples.Select(Freshness.Of).ToList();
        NotFound = Enumerable.Range(0, servers).Select(server => acknowledged.Count(w => w.FoundMs[server] is null)).ToList();
        Overall = Freshness.Of(samples.SelectMany(s => s));
        Everywhere = Freshness.Of(acknowledged.Where(w => !catchUp.Contains(w) && w.FoundMs.All(f => f is not null))
            .Select(w => w.FoundMs.Max()!.Value - w.AcknowledgedMs!.Value));
    }

    /// <summary>Acknowledged writes.</summary>
    public int Writes { get; }

    /// <summary>Writes that were sent and not acknowledged (no answer, or an error).</summary>
    public int Failed { get; }

    /// <summary>Acknowledged writes that some server never found.</summary>
    public int Lost { get; }

    public IReadOnlyList<Freshness> PerServer { get; }

    public IReadOnlyList<int> NotFound { get; }

    /// <summary>Every server's samples together.</summary>
    public Freshness Overall { get; }

    /// <summary>Per write, until the last server found it (the stopped server's catch-up aside).</summary>
    public Freshness Everywhere { get; }

    public ServerOutage? Outage { get; }

    /// <summary>Writes the stopped server had not found when it went down (made before it was answering again).</summary>
    public int CatchUpWrites { get; }

    /// <summary>From the start of the stopped server's process until it had found all of them; null when it never did.</summary>
    public double? CaughtUpMs { get; }

    /// <summary>0 when every acknowledged write was found everywhere and the 99th percentile of freshness kept the goal, else 1.</summary>
    public int ExitCode => Writes > 0 && Lost == 0 && Overall.P99 <= FreshnessGoalMs ? 0 : 1;

    /// <summary>The last line: writes=N p50ms=X p99ms=Y caughtup_ms=Z lost=N (a measure that could not be taken is "-").</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"writes={Writes} p50ms={Number(Overall.P50)} p99ms={Number(Overall.P99)} caughtup_ms={Number(CaughtUpMs)} lost={Lost}");

    public void Print(TextWriter output, IReadOnlyList<string> urls)
    {
        output.WriteLine("| server | writes found | p50 ms | p95 ms | p99 ms | max ms | not found |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var server = 0; server < PerServer.Count; server++)
        {
            Row(output, $"{server + 1} {urls[server]}", PerServer[server], NotFound[server]);
        }
        Row(output, "all", Overall, NotFound.Sum());
        Row(output, "everywhere", Everywhere, Lost);
        output.WriteLine();
        if (Failed > 0)
        {
            output.WriteLine($"{Failed} writes were not acknowledged (no answer or an error); they are not counted");
        }
        if (Outage is { } outage)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server {outage.Server + 1}: stopped (SIGTERM) at {outage.StoppedMs / 1000:F1} s, exit {outage.ExitCode}; started again at {outage.StartedMs / 1000:F1} s, answering {outage.AnsweringMs - outage.StartedMs:F0} ms later; {CatchUpWrites} writes it had not found when it stopped, {(CaughtUpMs is { } caughtUp ? $"all found {caughtUp:F0} ms after it was started again" : "not all found")}"));
        }
        output.WriteLine(Summary);
    }

    /// <summary>A write the stopped server had not found when it went down, and that was made before it answered again.</summary>
    private static bool IsCatchUp(ClusterWrite write, ServerOutage outage) =>
        write.AcknowledgedMs < outage.AnsweringMs && (write.FoundMs[outage.Server] is not { } found || found >= outage.StoppedMs);

    private static void Row(TextWriter output, string name, Freshness freshness, int notFound) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {freshness.Samples} | {Number(freshness.P50)} | {Number(freshness.P95)} | {Number(freshness.P99)} | {Number(freshness.Max)} | {notFound} |"));

    private static string Number(double? milliseconds) => milliseconds is { } value ? value.ToString("F0", CultureInfo.InvariantCulture) : "-";
}
