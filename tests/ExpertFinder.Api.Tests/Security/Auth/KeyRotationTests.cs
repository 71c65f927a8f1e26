using System.Diagnostics;
using System.Net;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// After the provider rotates its signing key, the server takes the new key from the provider's JWKS by itself
/// (ExpertFinder:Auth:MetadataRefreshInterval, 1 s here): tokens signed with it are accepted within seconds.
/// </summary>
public sealed class KeyRotationTests(OwnProviderServerFixture server) : IClassFixture<OwnProviderServerFixture>
{
    /// <summary>Admins only: a 200 with data shows the token was read as the admin, not let through as anonymous.</summary>
    private const string AdminQuery = "{ auditLog(first: 1) { totalCount } }";

    [Fact]
    public async Task A_token_signed_with_the_rotated_key_is_accepted_within_seconds_and_every_refusal_meanwhile_is_a_401()
    {
        var before = await server.GraphQLAsync(AdminQuery, Bearer(server.AdminToken));
        Assert.Equal(HttpStatusCode.OK, before.Status);
        var retiredKeyId = server.Provider.SigningKeyId;

        await server.Provider.RotateSigningKeyAsync();
        var token = await server.Provider.AccessTokenAsync("rotation-admin", roles: [ExpertFinder.Api.Security.Auth.Role.DeploymentAdmin]);

        Assert.NotEqual(retiredKeyId, server.Provider.SigningKeyId);
        // The first sight of the new kid makes the server fetch the keys again; until that lands the token may be refused.
        var clock = Stopwatch.StartNew();
        var answer = await server.GraphQLAsync(AdminQuery, Bearer(token));
        var refusals = new List<Answer>();
        while (answer.Status != HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            refusals.Add(answer);
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            answer = await server.GraphQLAsync(AdminQuery, Bearer(token));
        }

        Assert.True(answer.Status == HttpStatusCode.OK, $"still refused after {clock.Elapsed}: {answer}");
        Assert.Equal(0, answer.Data.GetProperty("auditLog").GetProperty("totalCount").GetInt32());
        Assert.All(refusals, refusal => AssertUnauthenticated(refusal, "invalid_token"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"accepted only after {clock.Elapsed}");
    }
}
