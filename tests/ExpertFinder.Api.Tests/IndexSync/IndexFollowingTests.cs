using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.IndexSync;

public sealed class IndexFollowingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_server_indexes_a_write_it_did_not_make_itself()
    {
        using var dataset = TestDataset.WithOrganisation("follow")
            .Add("people.jsonl", new { key = "follow-p", name = "P", unit = "follow-afd", bio = "Trafiksikkerhed ved skoler." });

        // As `expertfinder import` does from another process: write and notify, never touch the server's index.
        var (_, counts) = await new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>()).RunAsync(dataset.Directory, null, CancellationToken.None);
        Assert.True(counts!.QueuedForIndex > 0);

        // The follower commits the index before it records how far it got, so the person can be found a moment
        // before nothing is pending: wait for both.
        var found = new List<string>();
        var pending = -1L;
        for (var attempt = 0; attempt < 100 && (found.Count == 0 || pending != 0); attempt++)
        {
            await Task.Delay(50);
            found = await server.ExpertKeysAsync("trafiksikkerhed");
            pending = (await server.Services.GetRequiredService<IndexSynchronizer>().StatusAsync(CancellationToken.None)).Pending;
        }
        Assert.Equal(["follow-p"], found);
        Assert.Equal(0, pending);
    }

    [Fact]
    public async Task A_rebuild_restores_the_index_from_postgresql()
    {
        using var dataset = TestDataset.WithOrganisation("rebuild")
            .Add("people.jsonl", new { key = "rebuild-p", name = "P", unit = "rebuild-afd" })
            .Add("documents.jsonl", new { key = "rebuild-d", title = "Idékatalog", kind = "catalogue", text = "Idéer til genbrug af møbler.", authors = new[] { "rebuild-p" } });
        await server.ImportAsync(dataset);
        var index = server.Services.GetRequiredService<ExpertIndex>();
        index.DeleteAll();
        index.Commit();
        Assert.Empty(await server.ExpertKeysAsync("genbrug"));

        await server.Services.GetRequiredService<IndexSynchronizer>().RebuildAsync(CancellationToken.None);

        Assert.Equal(["rebuild-p"], await server.ExpertKeysAsync("genbrug"));
    }

    [Fact]
    public async Task A_queued_rebuild_is_carried_out_by_the_index_owner()
    {
        using var dataset = TestDataset.WithOrganisation("queued")
            .Add("people.jsonl", new { key = "queued-p", name = "P", unit = "queued-afd", bio = "Vejvedligeholdelse." });
        await server.ImportAsync(dataset);
        var index = server.Services.GetRequiredService<ExpertIndex>();
        index.DeletePerson("queued-p");
        index.Commit();

        await using (var connection = await server.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync())
        {
            await IndexOutbox.EnqueueRebuildAsync(connection, CancellationToken.None);
        }
        await server.Services.GetRequiredService<IndexSynchronizer>().DrainAsync(CancellationToken.None);

        Assert.Equal(["queued-p"], await server.ExpertKeysAsync("vejvedligeholdelse"));
    }
}
