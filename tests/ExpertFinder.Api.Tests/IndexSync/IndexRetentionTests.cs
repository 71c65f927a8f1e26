using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.IndexSync;

/// <summary>A deployment whose index log keeps entries for two seconds only.</summary>
public sealed class ShortRetentionFixture() : ServerFixture(builder => builder.Configuration["ExpertFinder:IndexLog:Retention"] = "00:00:02");

/// <summary>The log does not wait forever for an index that is gone: past the retention it forgets, and an index that comes back later rebuilds itself.</summary>
public sealed class IndexRetentionTests(ShortRetentionFixture server) : IClassFixture<ShortRetentionFixture>
{
    [Fact]
    public async Task An_index_that_returns_after_the_log_forgot_what_it_lacks_rebuilds_itself()
    {
        var peerIndex = Path.Combine(Path.GetTempPath(), "ef-peer-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The index that goes away holds something, so that nothing but the log's record tells it is outdated.
            using var before = TestDataset.WithOrganisation("before")
                .Add("people.jsonl", new { key = "before-p", name = "P", unit = "before-afd", bio = "Vejtræer." });
            await server.SeedAsync(before);
            var peer = server.BuildPeer(peerIndex);
            await Server.PrepareAsync(peer, seedIfEmpty: null, CancellationToken.None);
            await peer.DisposeAsync();

            using var dataset = TestDataset.WithOrganisation("forgot")
                .Add("people.jsonl", new { key = "forgot-p", name = "P", unit = "forgot-afd", bio = "Havnebade og badevandskvalitet." });
            await server.SeedAsync(dataset);
            Assert.True(await server.CountAsync("index_outbox") > 0, "the log keeps the change for the stopped index at first");

            var synchronizer = server.Services.GetRequiredService<IndexSynchronizer>();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while (await server.CountAsync("index_outbox") > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
                await synchronizer.DrainAsync(CancellationToken.None);
            }
            Assert.Equal(0, await server.CountAsync("index_outbox"));

            var returned = server.BuildPeer(peerIndex);
            await Server.PrepareAsync(returned, seedIfEmpty: null, CancellationToken.None);
            await returned.StartAsync();
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri(returned.Urls.First()) };
                Assert.Equal(["forgot-p"], await IndexLogTests.ExpertKeysAsync(http, "badevandskvalitet"));
            }
            finally
            {
                await returned.StopAsync();
                await returned.DisposeAsync();
            }
        }
        finally
        {
            if (Directory.Exists(peerIndex))
            {
                Directory.Delete(peerIndex, recursive: true);
            }
        }
    }
}
