using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// A server in the Development environment with the development issuer on (its key in a temp file of its own, removed
/// afterwards); <paramref name="configure"/> sets the rest (anonymous reads, a provider client).
/// </summary>
public abstract class DevelopmentIssuerServerFixture : ServerFixture, IAsyncLifetime
{
    protected DevelopmentIssuerServerFixture(Action<WebApplicationBuilder> configure)
        : this(Path.Combine(Path.GetTempPath(), $"ef-development-issuer-{Guid.NewGuid():N}.json"), configure)
    {
    }

    private DevelopmentIssuerServerFixture(string keyPath, Action<WebApplicationBuilder> configure) : base(builder =>
    {
        builder.Environment.EnvironmentName = Environments.Development;
        builder.Configuration["ExpertFinder:Auth:DevelopmentIssuer"] = "true";
        builder.Configuration["ExpertFinder:Auth:DevelopmentKeyPath"] = keyPath;
        configure(builder);
    }) => KeyPath = keyPath;

    /// <summary>The development issuer's key file, which `./expertfinder token` and the server share.</summary>
    public string KeyPath { get; }

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await StartedAsync();
    }

    /// <summary>What a variant does once the server runs (import data, say).</summary>
    protected virtual Task StartedAsync() => Task.CompletedTask;

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        File.Delete(KeyPath);
    }
}

/// <summary>
/// The development issuer on and no reads without credentials, so that whatever a request is answered comes from the
/// credentials it carries.
/// </summary>
public sealed class DevelopmentServerFixture() : DevelopmentIssuerServerFixture(builder =>
    builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "false");
