using System.Globalization;
using ExpertFinder.Tools.Bench;

namespace ExpertFinder.Tools.Load;

/// <summary>What a run found, as the last line says it; it passed when no request failed with a 5xx status and no write was lost.</summary>
public sealed record LoadOutcome(int Requests, int ServerErrors, int Lost, double P99Ms, IReadOnlyDictionary<string, int> Acknowledged, int Checked)
{
    public bool Passed => ServerErrors == 0 && Lost == 0;

    public string LastLine => string.Create(CultureInfo.InvariantCulture, $"requests={Requests} errors5xx={ServerErrors} lost={Lost} p99ms={P99Ms:F1}");
}

/// <summary>
/// The load's report on standard output, each section written as soon as it is known: the run, the requests by
/// operation, the errors, the writes and the check; last <see cref="LoadOutcome.LastLine"/>, the line scripts read.
/// </summary>
internal sealed class LoadReport(TextWriter output)
{
    /// <summary>Lost writes listed one by one; the count says how many there were in all.</summary>
    private const int LostShown = 20;

    public void Header(string dataset, int people, int documents, LoadSettings settings, Uri server) => Section(string.Create(CultureInfo.InvariantCulture,
        $"""
        load: {settings.Clients} clients for {settings.Duration.TotalSeconds:0.#} s, request timeout {settings.RequestTimeout.TotalSeconds:0.#} s, seed {settings.Seed}; started {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}Z
        server: {server} on a scratch database with {dataset} ({people} people, {documents} documents); {Environment.ProcessorCount} cores; load average {LoadAverage()}
        """));

    public void Requests(IReadOnlyList<LatencySummary> rows, TimeSpan elapsed, bool stoppedEarly)
    {
        var all = rows[^1];
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"requests: {all.Requests} in {elapsed.TotalSeconds:F1} s ({all.Requests / elapsed.TotalSeconds:F1}/s){(stoppedEarly ? ", stopped early by an interrupt" : "")}; load average {LoadAverage()}"),
            "| operation | requests | p50 ms | p95 ms | p99 ms |",
            "|---|---:|---:|---:|---:|",
        };
        lines.AddRange(rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"| {r.Operation} | {r.Requests} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} |")));
        Section(string.Join('\n', lines));
    }

    public void Errors(ErrorTally errors, LoadSettings settings)
    {
        if (errors.Errors == 0)
        {
            Section($"errors: none of {errors.Requests} requests");
            return;
        }
        Section($"""
            errors: {errors.Errors} of {errors.Requests} requests ("{ErrorTally.TimedOut}": no answer within {settings.RequestTimeout.TotalSeconds:0.#} s)
              by HTTP status: {Counts(errors.ByStatus)}
              by GraphQL code: {(errors.ByCode.Count == 0 ? "none" : Counts(errors.ByCode))}
            """);
    }

    public void Writes(WriteLedger ledger, WriteCheck check, TimeSpan indexWait, TimeSpan took)
    {
        var acknowledged = ledger.AcknowledgedByOperation;
        var lines = new List<string>
        {
            $"writes: {ledger.Acknowledged} acknowledged ({(acknowledged.Count == 0 ? "none" : Counts(acknowledged))}), {ledger.UnknownOutcomes} of unknown " +
            $"outcome (timed out, unanswered, a 5xx or GraphQL errors); {check.Checked} checked: every document, and the last acknowledged of each person's " +
            $"\"ask me about\" and competences, but for {ledger.LeftOut} that a write of unknown outcome may have replaced",
            string.Create(CultureInfo.InvariantCulture,
                $"lost writes: {check.Lost.Count} of {check.Checked} (in PostgreSQL by SQL, in the index by the expert search, waiting up to {indexWait.TotalSeconds:0.#} s for it); checked in {took.TotalSeconds:F1} s"),
        };
        lines.AddRange(check.Lost.Take(LostShown).Select(l =>
            $"  lost: {l.Write.Describe()}: PostgreSQL {(l.InDatabase ? "has it" : "does not")}, the index {(l.InIndex ? "has it" : "does not")}" +
            (l.SearchFailure is null ? "" : $" (the search failed: {l.SearchFailure})")));
        if (check.Lost.Count > LostShown)
        {
            lines.Add($"  and {check.Lost.Count - LostShown} more");
        }
        Section(string.Join('\n', lines));
    }

    public void Last(LoadOutcome outcome) => Section(outcome.LastLine);

    private void Section(string text)
    {
        output.WriteLine(text);
        output.Flush();
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));

    private static string LoadAverage() => BenchReport.LoadAverage()?.ToString("F2", CultureInfo.InvariantCulture) ?? "unknown";
}
