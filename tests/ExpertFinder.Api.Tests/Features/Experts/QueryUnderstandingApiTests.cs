using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Features.Experts;

/// <summary>What the search understood reaches the portal: the corrections in didYouMean, the abbreviation expanded and the role recognised in expandedWith.</summary>
public sealed class QueryUnderstandingApiTests(ServerFixture server) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        var (summary, counts) = await new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>())
            .RunAsync(Path.Combine(LabelledSetRun.Root, "seed", "demo"), null, CancellationToken.None);
        Assert.True(counts is not null, string.Join('\n', summary.Errors));
        await server.Services.GetRequiredService<IndexSynchronizer>().DrainAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_abbreviation_a_text_defines_is_expanded_and_reported()
    {
        var json = await server.QueryAsync("""{ experts(query: "LAR") { expandedWith edges { node { person { key } } } } }""");

        var experts = json.GetProperty("data").GetProperty("experts");
        // The long form as the text writes it most often; here it starts a numbered point.
        var expanded = experts.GetProperty("expandedWith").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(expanded, e => string.Equals(e, "LAR = lokal afledning af regnvand", StringComparison.OrdinalIgnoreCase));
        Assert.NotEqual(0, experts.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task A_role_asked_for_is_reported_and_not_searched_as_a_word()
    {
        var json = await server.QueryAsync("""
            {
              role: experts(query: "Hvem er mentor for klimatilpasning?", first: 50) { totalCount expandedWith edges { node { person { key } } } }
              topic: experts(query: "klimatilpasning", first: 50) { totalCount edges { node { person { key } } } }
            }
            """);

        var data = json.GetProperty("data");
        Assert.Contains("rolle: mentor", data.GetProperty("role").GetProperty("expandedWith").EnumerateArray().Select(e => e.GetString()));
        // Everyone found is found for the topic, and no one else: the role only reorders them.
        var total = data.GetProperty("topic").GetProperty("totalCount").GetInt32();
        Assert.InRange(total, 1, 50);
        Assert.Equal(total, data.GetProperty("role").GetProperty("totalCount").GetInt32());
        Assert.Equal(
            data.GetProperty("topic").GetProperty("edges").EnumerateArray().Select(Key).Order(),
            data.GetProperty("role").GetProperty("edges").EnumerateArray().Select(Key).Order());
    }

    [Fact]
    public async Task Two_misspelt_words_are_both_corrected_in_did_you_mean()
    {
        var json = await server.QueryAsync("""{ experts(query: "demnes borgre") { didYouMean edges { node { person { key } } } } }""");

        var experts = json.GetProperty("data").GetProperty("experts");
        Assert.Equal("demens borgere", experts.GetProperty("didYouMean").GetString());
        Assert.NotEqual(0, experts.GetProperty("edges").GetArrayLength());
    }

    private static string Key(System.Text.Json.JsonElement edge) => edge.GetProperty("node").GetProperty("person").GetProperty("key").GetString()!;
}
