using ExpertFinder.Api.Tests.Identity;
using ExpertFinder.Api.Tests.Security.Auth;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>As a municipality runs it: the pages log in through the provider (its client, code flow with PKCE), nothing is read without.</summary>
public sealed class AppLoginServerFixture() : ServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:Auth:ClientId"] = TestIdentityProvider.ClientId;
    builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "false";
}), IAsyncLifetime
{
    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await DemoData.ImportAsync(this);
    }
}

/// <summary>
/// A developer's server (the Development environment, `./expertfinder serve`): the development issuer and its "log ind
/// som" picker, anonymous reads, and a client for the provider as well, so both ways in are offered side by side.
/// </summary>
public sealed class AppDevelopmentServerFixture() : DevelopmentIssuerServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:Auth:ClientId"] = TestIdentityProvider.ClientId;
    builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "true";
})
{
    protected override Task StartedAsync() => DemoData.ImportAsync(this);
}

/// <summary>Development with the development issuer but no anonymous reads and no provider client: the picker is the only way in.</summary>
public sealed class AppDevelopmentClosedServerFixture() : DevelopmentIssuerServerFixture(builder =>
    builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "false")
{
    protected override Task StartedAsync() => DemoData.ImportAsync(this);
}

/// <summary>The shell's and the development login's browser tests share one developer's server, one class after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAppDevelopmentServer : ICollectionFixture<AppDevelopmentServerFixture>
{
    public const string Name = "Find: a developer's server with both logins";
}
