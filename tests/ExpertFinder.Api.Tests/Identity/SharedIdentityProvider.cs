namespace ExpertFinder.Api.Tests.Identity;

/// <summary>One real OpenID Connect provider for the whole run: every server fixture trusts it, as a municipality's server trusts its provider.</summary>
public static class SharedIdentityProvider
{
    private static readonly Lazy<Task<TestIdentityProvider>> Provider = new(TestIdentityProvider.StartAsync);

    public static Task<TestIdentityProvider> GetAsync() => Provider.Value;
}
