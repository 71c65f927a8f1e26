using ExpertFinder.Api.Import;
using ExpertFinder.Api.Indexing;
using ExpertFinder.Api.Tests.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace ExpertFinder.Api.Tests.FindColleague;

/// <summary>The demo data (seed/demo) imported and indexed, as FindServerFixture has it, for the servers the logins need.</summary>
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

/// <summary>As a municipality runs it: the pages log in through the provider (its client, code flow with PKCE), nothing is read without.</summary>
public sealed class AppLoginServerFixture() : ServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:Auth:ClientId"] = TestIdentityProvider.ClientId;
    builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "false";
}), IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await DemoData.ImportAsync(this);
    }
}

/// <summary>
/// A developer's server (the Development environment, `./expertfinder serve`): the development issuer and its "log ind
/// som" picker, anonymous reads, and a client for the provider as well, so both ways in are offered side by side.
/// </summary>
public sealed class AppDevelopmentServerFixture : ServerFixture, IAsyncLifetime
{
    public AppDevelopmentServerFixture() : this(Path.Combine(Path.GetTempPath(), $"ef-app-development-{Guid.NewGuid():N}.json"))
    {
    }

    private AppDevelopmentServerFixture(string keyPath) : base(builder =>
    {
        builder.Environment.EnvironmentName = Environments.Development;
        builder.Configuration["ExpertFinder:Auth:DevelopmentIssuer"] = "true";
        builder.Configuration["ExpertFinder:Auth:DevelopmentKeyPath"] = keyPath;
        builder.Configuration["ExpertFinder:Auth:ClientId"] = TestIdentityProvider.ClientId;
        builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "true";
    }) => KeyPath = keyPath;

    public string KeyPath { get; }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await DemoData.ImportAsync(this);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        File.Delete(KeyPath);
    }
}

/// <summary>Development with the development issuer but no anonymous reads and no provider client: the picker is the only way in.</summary>
public sealed class AppDevelopmentClosedServerFixture : ServerFixture, IAsyncLifetime
{
    public AppDevelopmentClosedServerFixture() : this(Path.Combine(Path.GetTempPath(), $"ef-app-development-closed-{Guid.NewGuid():N}.json"))
    {
    }

    private AppDevelopmentClosedServerFixture(string keyPath) : base(builder =>
    {
        builder.Environment.EnvironmentName = Environments.Development;
        builder.Configuration["ExpertFinder:Auth:DevelopmentIssuer"] = "true";
        builder.Configuration["ExpertFinder:Auth:DevelopmentKeyPath"] = keyPath;
        builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "false";
    }) => KeyPath = keyPath;

    public string KeyPath { get; }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await DemoData.ImportAsync(this);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        File.Delete(KeyPath);
    }
}

/// <summary>The shell's and the development login's browser tests share one developer's server, one class after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAppDevelopmentServer : ICollectionFixture<AppDevelopmentServerFixture>
{
    public const string Name = "Find: a developer's server with both logins";
}
