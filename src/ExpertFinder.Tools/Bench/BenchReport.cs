using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExpertFinder.Tools.Bench;

/// <summary>
/// The bench's results as they come: each row is printed as a markdown table row and flushed the moment it is
/// measured, and the JSON file (when asked for) is rewritten whole after each row, so that whatever ends the run
/// keeps what was measured before. Times in milliseconds.
/// </summary>
public sealed class BenchReport
{
    public const string Core = "lucene-core";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // Readable as written: Danish letters and quotes as they are (the file is never embedded in HTML).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter output;
    private readonly string? jsonPath;

    public BenchReport(TextWriter output, string? jsonPath, Header header)
    {
        this.output = output;
        this.jsonPath = jsonPath;
        Summary = header;
    }

    public Header Summary { get; }

    public List<Row> Rows { get; } = [];

    /// <summary>What the run was about; the rates are documents per second of the import and of the index rebuild.</summary>
    public sealed record Header(string Dataset, int People, int Documents, int Queries, int Rounds, double RowBudgetSeconds, double QueryTimeoutSeconds,
        double ImportSeconds, double ImportDocumentsPerSecond, double RebuildSeconds, double RebuildDocumentsPerSecond, int Cores)
    {
        public double PeakRssMiB { get; set; }

        /// <summary>Anonymous memory of the process as the report is written (heap and native allocations), MiB.</summary>
        public double RssAnonMiB { get; set; }

        /// <summary>Resident pages of mapped files as the report is written (the index's, which the kernel may drop), MiB.</summary>
        public double RssFileMiB { get; set; }

        /// <summary>How long the bench waited after the rebuild for the processors to be nearly idle; null when it did not wait.</summary>
        public double? SettleSeconds { get; set; }

        /// <summary>Whether they were nearly idle within that wait (else the rows started on a busy machine).</summary>
        public bool? Settled { get; set; }

        /// <summary>The one-minute load average when the file was last written: the machine may be shared.</summary>
        public double? LoadAverage { get; set; }

        public List<Row> Rows { get; set; } = [];
    }

    /// <summary>
    /// One engine's row; <see cref="RatioToCore"/> is its p50 over lucene-core's; <see cref="Seconds"/> the row's whole
    /// time, setup and warm-up included.
    /// </summary>
    public sealed record Row(string Id, string What, int Clients, int Samples, int Timeouts, double? P50, double? P95, double? P99, double? Max,
        double PerSecond, double? RatioToCore, double Seconds, double? LoadAverage, string? Error)
    {
        [JsonIgnore]
        public Measurement Measurement { get; init; } = null!;
    }

    public void Start()
    {
        var h = Summary;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            dataset: {h.Dataset} ({h.People} people, {h.Documents} documents); {h.Cores} cores; load average {LoadAverage()?.ToString("F2", CultureInfo.InvariantCulture) ?? "unknown"}{Settling(h)}
            import: {h.ImportSeconds:F1} s, {h.ImportDocumentsPerSecond:F0} documents/s; index rebuild: {h.RebuildSeconds:F1} s, {h.RebuildDocumentsPerSecond:F0} documents/s
            {h.Queries} queries x {h.Rounds} rounds per client, at most {h.RowBudgetSeconds:0.###} s per row after a warm-up; a query is timed out after {h.QueryTimeoutSeconds:0.###} s (≥: a percentile on a timed-out query, a lower bound)

            | row | what | clients | samples | timeouts | p50 ms | p95 ms | p99 ms | max ms | per s | p50 / {Core} | error |
            |---|---|---|---|---|---|---|---|---|---|---|---|
            """));
        output.Flush();
        Write();
    }

    public Row Add(string id, string what, Measurement m, TimeSpan took)
    {
        var core = Rows.FirstOrDefault(r => r.Id == Core)?.P50;
        var row = new Row(id, what, m.Clients, m.Samples, m.Timeouts, Round(m.P50), Round(m.P95), Round(m.P99), Round(m.Max), Math.Round(m.PerSecond, 1),
            core > 0 && m.P50 is { } p50 ? Math.Round(p50 / core.Value, 2) : null, Math.Round(took.TotalSeconds, 1), LoadAverage(), m.Error) { Measurement = m };
        Rows.Add(row);
        string Ms(double? value) => value is null ? "" : (m.IsLowerBound(value) ? "≥" : "") + value.Value.ToString(value < 1 ? "F4" : "F2", CultureInfo.InvariantCulture);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {id} | {what} | {m.Clients} | {m.Samples} | {m.Timeouts} | {Ms(m.P50)} | {Ms(m.P95)} | {Ms(m.P99)} | {Ms(m.Max)} | {m.PerSecond:F0} | {(row.RatioToCore is { } ratio ? (m.IsLowerBound(m.P50) ? "≥" : "") + ratio.ToString("F2", CultureInfo.InvariantCulture) : "")} | {m.Error?.Replace("|", "/", StringComparison.Ordinal)} |"));
        output.Flush();
        Write();
        return row;
    }

    public void Finish()
    {
        var failed = Rows.Count(r => r.Error is not null);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Rows.Count} rows, {failed} with an error; peak memory (VmHWM) {PeakRssMiB():F0} MiB, at the end {Status("RssAnon:"):F0} MiB anonymous (heap) and {Status("RssFile:"):F0} MiB of mapped files (the index's pages, which the kernel may drop); load average {LoadAverage():F2}{(jsonPath is null ? "" : "; JSON: " + jsonPath)}"));
        output.Flush();
        Write();
    }

    private void Write()
    {
        Summary.PeakRssMiB = Math.Round(PeakRssMiB(), 1);
        Summary.RssAnonMiB = Math.Round(Status("RssAnon:"), 1);
        Summary.RssFileMiB = Math.Round(Status("RssFile:"), 1);
        Summary.LoadAverage = LoadAverage();
        Summary.Rows = Rows;
        if (jsonPath is null)
        {
            return;
        }
        // A whole new file each time, moved over the old one: a crash mid-write never leaves half a report.
        var partial = jsonPath + ".partial";
        File.WriteAllText(partial, JsonSerializer.Serialize(Summary, Json));
        File.Move(partial, jsonPath, overwrite: true);
    }

    private static string Settling(Header h) => h.SettleSeconds is not { } waited
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $"; rows started after {waited:F0} s, {(h.Settled == true ? "on a quiet machine" : "the machine still busy")}");

    private static double? Round(double? value) => value is null ? null : Math.Round(value.Value, 4);

    /// <summary>The most this process (the bench and the server it hosts) has held in memory: VmHWM.</summary>
    public static double PeakRssMiB() => Status("VmHWM:");

    /// <summary>A size in /proc/self/status (kB there), in MiB; 0 where there is none.</summary>
    private static double Status(string field)
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    public static double? LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture, out var load) ? load : null;
}
