using System.Diagnostics;
using ExpertFinder.Tools.Bench;

namespace ExpertFinder.Tools.Load;

/// <summary>
/// The load verb's work: a server on a scratch database with the dataset, <see cref="LoadSettings.Clients"/> clients
/// against it over loopback HTTP for <see cref="LoadSettings.Duration"/>, then the check of every acknowledged write,
/// each part reported as it ends. The scratch database and index are dropped however the run ends.
/// </summary>
public static class LoadRun
{
    /// <param name="stop">Ends the sending early; the check and the report still follow.</param>
    /// <param name="abort">Ends everything at once (OperationCanceledException), the clean-up excepted.</param>
    public static async Task<LoadOutcome> RunAsync(string dataset, LoadSettings settings, TextWriter output, TextWriter log, CancellationToken stop, CancellationToken abort)
    {
        void Progress(string message)
        {
            log.WriteLine($"load: {message}");
            log.Flush();
        }

        await using var server = await ScratchServer.StartAsync(dataset, "load", Progress);
        abort.ThrowIfCancellationRequested();
        var cast = await LoadCast.PrepareAsync(server, settings.Clients, settings.Seed, abort);
        using var http = GraphQLRequests.Client(server.Url);
        var report = new LoadReport(output);
        report.Header(dataset, server.Summary.People, server.Summary.Documents, settings, server.Url);

        var (latencies, errors, ledger) = (new LatencyRecorder(), new ErrorTally(), new WriteLedger());
        using var hardStop = CancellationTokenSource.CreateLinkedTokenSource(abort);
        hardStop.CancelAfter(settings.HardStop);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(client => Task.Run(() =>
            new LoadClient(http, new ClientMix(cast, client, settings.Seed), latencies, errors, ledger, settings).RunAsync(clock, stop, hardStop.Token))));
        var elapsed = clock.Elapsed;
        abort.ThrowIfCancellationRequested();
        var rows = latencies.Summaries(LoadOperations.All);
        report.Requests(rows, elapsed, stop.IsCancellationRequested);
        report.Errors(errors, settings);

        Progress($"checking {ledger.Acknowledged} acknowledged writes in PostgreSQL and in the index");
        var checkClock = Stopwatch.StartNew();
        var check = await new WriteChecker(server.Database, http, cast.PortalAuthorization).CheckAsync(ledger.ToCheck(), settings.IndexWait, abort);
        report.Writes(ledger, check, settings.IndexWait, checkClock.Elapsed);

        var outcome = new LoadOutcome(errors.Requests, errors.ServerErrors, check.Lost.Count, rows[^1].P99, ledger.AcknowledgedByOperation, check.Checked);
        report.Last(outcome);
        return outcome;
    }
}
