namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>The server as a municipality runs it: the provider's tokens and API keys, no reads without credentials, no development issuer.</summary>
public sealed class ProductionServerFixture() : ServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:Auth:AnonymousReads"] = "false";
    builder.Configuration["ExpertFinder:Auth:DevelopmentIssuer"] = "false";
});
