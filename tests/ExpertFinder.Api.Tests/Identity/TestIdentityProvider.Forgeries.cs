using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>
/// Tokens an attacker (or a clock) could present, shaped like this provider's access tokens (same issuer, audience, claims and
/// typ) so that each differs from a genuine one in exactly one respect. Every one of them must be refused.
/// </summary>
public sealed partial class TestIdentityProvider
{
    /// <summary>
    /// Signed with the provider's current, published key, but expired <paramref name="expiredFor"/> ago (default one hour,
    /// well past the five minutes of clock skew validators allow by default).
    /// </summary>
    public string ForgeExpiredAccessToken(string subject, IEnumerable<string>? roles = null, TimeSpan? expiredFor = null)
    {
        var expires = DateTime.UtcNow - (expiredFor ?? TimeSpan.FromHours(1));
        return Sign(settings.CurrentSigningKey, subject, roles, issuedAt: expires - TimeSpan.FromHours(1), expires);
    }

    /// <summary>Header {"alg":"none","typ":"JWT"} and an empty signature: valid in every respect but that it is not signed.</summary>
    public string ForgeUnsignedAccessToken(string subject, IEnumerable<string>? roles = null)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = new Dictionary<string, object>(ForgedClaims(subject, roles))
        {
            [JwtRegisteredClaimNames.Iss] = Authority,
            [JwtRegisteredClaimNames.Aud] = Audience,
            [JwtRegisteredClaimNames.Iat] = now.ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Nbf] = now.ToUnixTimeSeconds(),
            [JwtRegisteredClaimNames.Exp] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{Base64UrlJson(new Dictionary<string, string> { ["alg"] = "none", ["typ"] = "JWT" })}.{Base64UrlJson(payload)}.";
    }

    /// <summary>
    /// Signed by a fresh RSA key the provider never published, whose kid has the provider's format (an RFC 7638 thumbprint);
    /// with <paramref name="claimCurrentKeyId"/> the header claims the current key's kid instead, so only the signature is wrong.
    /// </summary>
    public string ForgeAccessTokenSignedByUnknownKey(string subject, IEnumerable<string>? roles = null, bool claimCurrentKeyId = false)
    {
        var impostor = settings.NewSigningKey();
        if (claimCurrentKeyId)
        {
            impostor.KeyId = settings.CurrentSigningKey.KeyId;
        }
        var now = DateTime.UtcNow;
        return Sign(impostor, subject, roles, issuedAt: now, expires: now.AddHours(1));
    }

    private string Sign(RsaSecurityKey key, string subject, IEnumerable<string>? roles, DateTime issuedAt, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = Audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            Claims = ForgedClaims(subject, roles),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            TokenType = "at+jwt",
        });

    private static Dictionary<string, object> ForgedClaims(string subject, IEnumerable<string>? roles)
    {
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = subject,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
            [OpenIddictConstants.Claims.ClientId] = ClientId,
        };
        var roleList = roles?.ToArray() ?? [];
        if (roleList.Length > 0)
        {
            // As OpenIddict writes them: a string for one role, an array for several.
            claims[TestUsers.RolesClaim] = roleList.Length == 1 ? roleList[0] : roleList;
        }
        return claims;
    }

    private static string Base64UrlJson<T>(T value) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
}
