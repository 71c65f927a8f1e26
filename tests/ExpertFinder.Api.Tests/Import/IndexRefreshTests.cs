using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Import;

/// <summary>A large import queues one rebuild of the index; a small one queues an update per affected entity.</summary>
public sealed class IndexRefreshTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly IndexRefreshPolicy RebuildAboveThree = new() { RebuildAboveChanges = 3 };

    [Theory]
    [InlineData(50_001, 10_000_000, true)] // more than the fixed number
    [InlineData(50_000, 10_000_000, false)]
    [InlineData(1_001, 2_000, true)] // more than half of the index
    [InlineData(1_000, 1_500, false)] // a small change to a small index is applied entry by entry
    [InlineData(5_000, 20_000, false)]
    public void The_policy_rebuilds_above_a_fixed_number_of_changes_or_a_share_of_the_index(long changed, long indexed, bool rebuild) =>
        Assert.Equal(rebuild, new IndexRefreshPolicy().ShouldRebuild(changed, indexed));

    [Fact]
    public async Task An_import_changing_more_than_the_threshold_queues_one_rebuild()
    {
        using var dataset = TestDataset.WithOrganisation("big")
            .Add("people.jsonl", new { key = "big-a", name = "Anne", unit = "big-afd", bio = "Kystbeskyttelse og diger." })
            .Add("people.jsonl", new { key = "big-b", name = "Bo", unit = "big-afd", bio = "Kystbeskyttelse." });

        var (_, counts) = await ImportAsync(dataset);

        Assert.True(counts.IndexRebuildQueued);
        Assert.Equal(1, counts.QueuedForIndex);
        Assert.Null(counts.Changed);
        // The index owner carried out the rebuild: both people are found.
        Assert.Equal(["big-a", "big-b"], (await server.ExpertKeysAsync("kystbeskyttelse")).Order());
    }

    [Fact]
    public async Task An_import_within_the_threshold_queues_each_affected_entity()
    {
        using var organisation = TestDataset.WithOrganisation("small").Add("people.jsonl", new { key = "small-boss", name = "Chef", unit = "small-afd" });
        await ImportAsync(organisation);
        using var dataset = new TestDataset()
            .Add("people.jsonl", new { key = "small-a", name = "Anne", unit = "small-afd", bio = "Skolevejsprojekter." });

        var (_, counts) = await ImportAsync(dataset);

        Assert.False(counts.IndexRebuildQueued);
        Assert.Equal(["small-a"], counts.Changed!.People);
        Assert.Equal(1, counts.QueuedForIndex);
        Assert.Equal(["small-a"], await server.ExpertKeysAsync("skolevejsprojekter"));
    }

    private async Task<(DatasetSummary Summary, ImportCounts Counts)> ImportAsync(TestDataset dataset)
    {
        var (summary, counts) = await new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>(), RebuildAboveThree)
            .RunAsync(dataset.Directory, null, CancellationToken.None);
        Assert.Empty(summary.Errors);
        await server.Services.GetRequiredService<IndexSynchronizer>().DrainAsync(CancellationToken.None);
        return (summary, counts!);
    }
}
