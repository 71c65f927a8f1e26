using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>
/// The provider behaves as a production one would for a resource server: discovery, keys, signed tokens with the
/// user's claims, refusal of every forged token, and key rotation that validators see only once they refresh.
/// Each test starts its own provider, so a rotation in one cannot disturb another.
/// </summary>
public class TestIdentityProviderTests
{
    private const string Alice = "alice@kommune.dk";

    [Fact]
    public async Task Discovery_names_the_issuer_the_endpoints_and_the_one_public_signing_key()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);

        var discovery = await validator.ConfigurationAsync();

        Assert.Matches(@"^http://127\.0\.0\.1:\d+/$", provider.Authority);
        Assert.Equal(provider.Authority, discovery.Issuer);
        Assert.Equal(provider.Authority + "connect/authorize", discovery.AuthorizationEndpoint);
        Assert.Equal(provider.Authority + "connect/token", discovery.TokenEndpoint);
        Assert.Equal(provider.Authority + "connect/endsession", discovery.EndSessionEndpoint);
        Assert.Equal(provider.Authority + ".well-known/jwks", discovery.JwksUri);
        Assert.Contains("code", discovery.ResponseTypesSupported);
        Assert.Contains("authorization_code", discovery.GrantTypesSupported);
        Assert.Equal(["S256"], discovery.CodeChallengeMethodsSupported);
        Assert.Contains("RS256", discovery.IdTokenSigningAlgValuesSupported);
        Assert.Subset(discovery.ScopesSupported.ToHashSet(), new HashSet<string> { "openid", "profile", "email", "roles" });
        var key = Assert.Single(discovery.JsonWebKeySet.Keys);
        Assert.Equal(provider.SigningKeyId, key.Kid);
        Assert.Equal("RSA", key.Kty);
        Assert.Equal("sig", key.Use);
        Assert.Null(key.D);
    }

    [Fact]
    public async Task Access_token_from_the_token_endpoint_validates_against_the_published_key_and_names_the_user()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);

        var token = await provider.AccessTokenAsync(Alice, email: Alice, roles: ["analyst", "admin"]);
        var result = await validator.ValidateAsync(token, TestIdentityProvider.Audience);

        Assert.True(result.IsValid, result.Exception?.ToString());
        var jwt = new JsonWebToken(token);
        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal("at+jwt", jwt.Typ);
        Assert.Equal(provider.SigningKeyId, jwt.Kid);
        Assert.Equal(Alice, result.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Equal(Alice, result.ClaimsIdentity.FindFirst("email")?.Value);
        Assert.Equal(["analyst", "admin"], result.ClaimsIdentity.FindAll("roles").Select(claim => claim.Value));
        using var payload = Payload(token);
        Assert.Equal(JsonValueKind.Array, payload.RootElement.GetProperty("roles").ValueKind);
        Assert.Equal(provider.Authority, payload.RootElement.GetProperty("iss").GetString());
        Assert.Equal(TestIdentityProvider.Audience, payload.RootElement.GetProperty("aud").GetString());
        Assert.Equal(3600, Lifetime(payload));
    }

    [Fact]
    public async Task One_role_is_a_single_string_and_the_lifetime_is_the_one_asked_for()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);

        var token = await provider.AccessTokenAsync("bob", roles: ["analyst"], lifetime: TimeSpan.FromMinutes(2));

        Assert.True((await validator.ValidateAsync(token, TestIdentityProvider.Audience)).IsValid);
        using var payload = Payload(token);
        Assert.Equal("analyst", payload.RootElement.GetProperty("roles").GetString());
        Assert.False(payload.RootElement.TryGetProperty("email", out _));
        Assert.Equal(120, Lifetime(payload));
    }

    [Fact]
    public async Task Token_for_another_audience_is_refused()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);

        var token = await provider.AccessTokenAsync(Alice, audience: "other");

        var result = await validator.ValidateAsync(token, TestIdentityProvider.Audience);
        Assert.IsType<SecurityTokenInvalidAudienceException>(result.Exception);
        Assert.True((await validator.ValidateAsync(token, "other")).IsValid);
    }

    [Fact]
    public async Task Expired_token_signed_with_the_current_key_is_refused()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);

        var token = provider.ForgeExpiredAccessToken(Alice, roles: ["admin"]);

        Assert.Equal(provider.SigningKeyId, new JsonWebToken(token).Kid);
        var result = await validator.ValidateAsync(token, TestIdentityProvider.Audience);
        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
    }

    [Fact]
    public async Task Unsigned_token_is_refused()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);

        var token = provider.ForgeUnsignedAccessToken(Alice, roles: ["admin"]);

        Assert.Equal("none", new JsonWebToken(token).Alg);
        var result = await validator.ValidateAsync(token, TestIdentityProvider.Audience);
        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Token_signed_by_a_key_the_provider_never_published_is_refused(bool claimCurrentKeyId)
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);

        var token = provider.ForgeAccessTokenSignedByUnknownKey(Alice, roles: ["admin"], claimCurrentKeyId);

        var kid = new JsonWebToken(token).Kid;
        Assert.Equal(provider.SigningKeyId.Length, kid.Length);
        Assert.Equal(claimCurrentKeyId, kid == provider.SigningKeyId);
        var result = await validator.ValidateAsync(token, TestIdentityProvider.Audience);
        Assert.False(result.IsValid);
        Assert.IsAssignableFrom<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    [Fact]
    public async Task After_rotation_new_tokens_validate_only_once_the_validator_refreshes_and_old_ones_no_longer()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var validator = new JwksTokenValidator(provider.MetadataAddress);
        var beforeRotation = await provider.AccessTokenAsync(Alice);
        Assert.True((await validator.ValidateAsync(beforeRotation, TestIdentityProvider.Audience)).IsValid);
        var oldKeyId = provider.SigningKeyId;

        await provider.RotateSigningKeyAsync();
        var afterRotation = await provider.AccessTokenAsync(Alice);

        Assert.NotEqual(oldKeyId, provider.SigningKeyId);
        Assert.Equal(provider.SigningKeyId, new JsonWebToken(afterRotation).Kid);
        Assert.False((await validator.ValidateAsync(afterRotation, TestIdentityProvider.Audience)).IsValid);

        await validator.RefreshAsync();

        var refreshed = await validator.ValidateAsync(afterRotation, TestIdentityProvider.Audience);
        Assert.True(refreshed.IsValid, refreshed.Exception?.ToString());
        Assert.Equal([provider.SigningKeyId], (await validator.ConfigurationAsync()).JsonWebKeySet.Keys.Select(key => key.Kid));
        Assert.IsType<SecurityTokenSignatureKeyNotFoundException>(
            (await validator.ValidateAsync(beforeRotation, TestIdentityProvider.Audience)).Exception);
    }

    private static JsonDocument Payload(string token) =>
        JsonDocument.Parse(Base64UrlEncoder.Decode(new JsonWebToken(token).EncodedPayload));

    private static long Lifetime(JsonDocument payload) =>
        payload.RootElement.GetProperty("exp").GetInt64() - payload.RootElement.GetProperty("iat").GetInt64();
}
