using ExpertFinder.Api.Data;
using ExpertFinder.Api.IndexSync;
using Lucene.Net.Store;
using Npgsql;

namespace ExpertFinder.Api.Import;

/// <summary>Validates a whole dataset, then writes it; nothing is written when anything is wrong.</summary>
public sealed class DatasetImport(NpgsqlDataSource database, IndexRefreshPolicy? indexRefresh = null)
{
    /// <summary>Smaller batches than the writer's own, so that tests cross batch boundaries with small datasets.</summary>
    internal BatchLimits? BatchLimits { get; init; }

    public async Task<(DatasetSummary Summary, ImportCounts? Counts)> RunAsync(string directory, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var files = new DatasetFiles(directory);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var summary = await new DatasetValidator(database).ValidateAsync(files, cancellationToken);
        if (!summary.IsValid)
        {
            return (summary, null);
        }
        progress?.Report($"validated {summary.Total} records in {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        var writer = BatchLimits is { } limits
            ? new DatasetWriter(database, progress, indexRefresh) { Limits = limits }
            : new DatasetWriter(database, progress, indexRefresh);
        var counts = await writer.WriteAsync(files, summary, cancellationToken);
        if (counts is null)
        {
            return (summary, null);
        }
        progress?.Report($"wrote {summary.Total} records in {clock.Elapsed.TotalSeconds:F1} s");
        return (summary, counts);
    }

    /// <summary>The import command: exit 0 when imported, 1 when the dataset is invalid, 2 on a usage error.</summary>
    public static async Task<int> RunCommandAsync(IServiceProvider services, string directory, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var progress = new Progress<string>(line => errors.WriteLine($"import: {line}"));
        var indexRefresh = services.GetRequiredService<IConfiguration>().GetSection("ExpertFinder:Import").Get<IndexRefreshPolicy>();
        var (summary, counts) = await new DatasetImport(services.GetRequiredService<NpgsqlDataSource>(), indexRefresh)
            .RunAsync(directory, progress, cancellationToken);
        if (counts is null)
        {
            foreach (var error in summary.Errors)
            {
                errors.WriteLine(error);
            }
            errors.WriteLine($"import: rejected {directory}: {summary.Errors.Count} error(s); nothing was written");
            return 1;
        }
        var seconds = Math.Max(started.Elapsed.TotalSeconds, 0.001);
        output.WriteLine(
            $"import: read {summary.Units} units, {summary.Competences} competences, {summary.People} people, {summary.Networks} networks, " +
            $"{summary.Documents} documents{Extensions(summary)} in {seconds:F2} s ({summary.Total / seconds:F0} records/s, {summary.Documents / seconds:F0} documents/s); " +
            $"{counts.Total} rows written or changed");
        await RefreshStatisticsAsync(services, counts, cancellationToken);
        await ApplyToIndexAsync(services, counts, output, cancellationToken);
        return 0;
    }

    /// <summary>The files of the extensions, named only when a dataset has them (a version 1 dataset reads as it always did).</summary>
    private static string Extensions(DatasetSummary summary) =>
        (summary.Proposals > 0 ? $", {summary.Proposals} proposals" : "") + (summary.Meetings > 0 ? $", {summary.Meetings} meetings" : "");

    /// <summary>
    /// After a large import, the planner's statistics are gathered at once rather than by autovacuum a minute later: the
    /// index rebuild that follows reads every document, and planned as for the empty tables of before the import, that
    /// read of a million documents crawled for many minutes instead of taking half a minute. Statistics are the
    /// owner's to gather (PostgreSQL 15), so the owner's connection is used when there is one.
    /// </summary>
    private static async Task RefreshStatisticsAsync(IServiceProvider services, ImportCounts counts, CancellationToken cancellationToken)
    {
        const int LargeImport = 10_000;
        if (counts.Total < LargeImport)
        {
            return;
        }
        var owner = DataServices.OwnerConnectionString(services.GetRequiredService<IConfiguration>());
        await using var connection = owner is null
            ? await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(cancellationToken)
            : new NpgsqlConnection(owner);
        if (owner is not null)
        {
            await connection.OpenAsync(cancellationToken);
        }
        await using var analyze = new NpgsqlCommand("ANALYZE units, competences, people, person_competences, networks, memberships, network_topics, documents, authorships", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Indexes right away when no server holds the index; otherwise the server applies the queued changes itself.</summary>
    private static async Task ApplyToIndexAsync(IServiceProvider services, ImportCounts counts, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            await services.BringIndexUpToDateAsync(cancellationToken);
            output.WriteLine(counts.IndexRebuildQueued
                ? $"import: index up to date (rebuilt in {started.ElapsedMilliseconds} ms)"
                : $"import: index up to date ({counts.QueuedForIndex} people and documents queued, applied in {started.ElapsedMilliseconds} ms)");
        }
        catch (LockObtainFailedException)
        {
            output.WriteLine(counts.IndexRebuildQueued
                ? "import: the running server holds the index and rebuilds it"
                : $"import: the running server holds the index and applies the {counts.QueuedForIndex} queued changes");
        }
    }
}
