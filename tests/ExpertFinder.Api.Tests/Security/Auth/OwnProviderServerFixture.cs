using ExpertFinder.Api.Tests.Identity;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// The server trusting a provider of its own rather than the run's shared one, so that rotating that provider's
/// signing key cannot make other test classes' tokens fail while they run in parallel.
/// </summary>
public sealed class OwnProviderServerFixture : ServerFixture, IAsyncLifetime
{
    private TestIdentityProvider? own;

    protected override async Task<TestIdentityProvider> StartProviderAsync() => own = await TestIdentityProvider.StartAsync();

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        if (own is not null)
        {
            await own.DisposeAsync();
        }
    }
}
