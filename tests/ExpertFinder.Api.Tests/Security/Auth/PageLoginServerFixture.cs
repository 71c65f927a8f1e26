using ExpertFinder.Api.Tests.Identity;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>A production-like server whose browser pages log in through the provider (code flow with PKCE) as its client.</summary>
public sealed class PageLoginServerFixture() : ServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:Auth:ClientId"] = TestIdentityProvider.ClientId;
    builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "false";
});
