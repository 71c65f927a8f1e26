using ExpertFinder.Api.Import;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Import;

/// <summary>An import is all or nothing, also when it fails after many batches were written.</summary>
public sealed class ImportAtomicityTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>Several batches of documents, so that failing late undoes batches already written.</summary>
    private const int DocumentCount = 350;

    private static readonly BatchLimits SmallBatches = new(Records: 100, Bytes: 1024 * 1024);

    [Fact]
    public async Task An_error_on_the_last_line_of_documents_refuses_the_whole_dataset()
    {
        using var dataset = LargeDataset("late", "Anne");
        await server.ImportAsync(dataset);
        var before = await SnapshotAsync();

        var documents = Documents("late").Append(new { key = "late-bad", title = "Notat", text = "Tekst", authors = new[] { "late-nobody" } });
        dataset.Replace("people.jsonl", new { key = "late-p", name = "Anne Changed", unit = "late-afd" });
        dataset.Replace("documents.jsonl", [.. documents]);
        var (summary, counts) = await server.ImportAsync(dataset);

        Assert.Null(counts);
        Assert.Equal(
            [$"documents.jsonl:{DocumentCount + 1}: 'authors' refers to 'late-nobody', which is neither in people.jsonl nor in the database"],
            summary.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task An_import_stopped_after_batches_were_written_leaves_the_database_as_it_was()
    {
        using var dataset = LargeDataset("stop", "Bo");
        await server.ImportAsync(dataset);
        var before = await SnapshotAsync();

        dataset.Replace("people.jsonl", new { key = "stop-p", name = "Bo Changed", unit = "stop-afd" });
        dataset.Replace("documents.jsonl", [.. Documents("stop", text: "Ny tekst")]);
        using var stop = new CancellationTokenSource();
        // Reported after each batch is written: the first one stops the import in the middle of the documents.
        var stopAfterFirstBatch = new SynchronousProgress(line =>
        {
            if (line.StartsWith("documents:", StringComparison.Ordinal))
            {
                stop.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>()) { BatchLimits = SmallBatches }
                .RunAsync(dataset.Directory, stopAfterFirstBatch, stop.Token));

        Assert.Equal(before, await SnapshotAsync());
    }

    private static TestDataset LargeDataset(string prefix, string name)
    {
        var dataset = TestDataset.WithOrganisation(prefix).Add("people.jsonl", new { key = prefix + "-p", name, unit = prefix + "-afd" });
        dataset.Replace("documents.jsonl", [.. Documents(prefix)]);
        return dataset;
    }

    private static IEnumerable<object> Documents(string prefix, string text = "Tekst") =>
        Enumerable.Range(0, DocumentCount).Select(i => new { key = $"{prefix}-d{i}", title = "Notat", text = $"{text} {i}", authors = new[] { prefix + "-p" } });

    /// <summary>Row counts, the people's names and a digest of every document text.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("""
            SELECT concat_ws(' | ',
                (SELECT count(*) FROM documents), (SELECT count(*) FROM authorships), (SELECT count(*) FROM people),
                (SELECT string_agg(name, ',' ORDER BY key) FROM people),
                (SELECT md5(string_agg(key || text, ',' ORDER BY key)) FROM documents),
                (SELECT count(*) FROM audit_log))
            """);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test must stop the import before the next batch.</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
