using Microsoft.Extensions.Hosting;

namespace ExpertFinder.Api.Tests.Auth;

/// <summary>
/// A server in the Development environment with the development issuer on (its key in a temp file of its own) and no
/// reads without credentials, so that whatever a request is answered comes from the credentials it carries.
/// </summary>
public sealed class DevelopmentServerFixture : ServerFixture, IAsyncLifetime
{
    public DevelopmentServerFixture() : this(Path.Combine(Path.GetTempPath(), $"ef-development-issuer-{Guid.NewGuid():N}.json"))
    {
    }

    private DevelopmentServerFixture(string keyPath) : base(builder =>
    {
        builder.Environment.EnvironmentName = Environments.Development;
        builder.Configuration["ExpertFinder:Auth:DevelopmentIssuer"] = "true";
        builder.Configuration["ExpertFinder:Auth:DevelopmentKeyPath"] = keyPath;
        builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "false";
    }) => KeyPath = keyPath;

    /// <summary>The development issuer's key file, which `./expertfinder token` and the server share.</summary>
    public string KeyPath { get; }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        File.Delete(KeyPath);
    }
}
