using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>A server (real provider, anonymous reads as in development) with the demo data imported and indexed.</summary>
public class FindServerFixture : ServerFixture, IAsyncLifetime
{
    public static readonly string DemoFolder = Path.Combine(NodeTools.RepositoryRoot(), "seed", "demo");

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await DemoData.ImportAsync(this);
    }
}

/// <summary>The demo data (seed/demo) imported and indexed, for every server the app's browser tests use.</summary>
internal static class DemoData
{
    public static async Task ImportAsync(ServerFixture server)
    {
        var (summary, counts) = await new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>())
            .RunAsync(FindServerFixture.DemoFolder, null, CancellationToken.None);
        Assert.True(counts is not null, string.Join(Environment.NewLine, summary.Errors));
        await server.Services.GetRequiredService<IndexSynchronizer>().DrainAsync(CancellationToken.None);
    }
}
