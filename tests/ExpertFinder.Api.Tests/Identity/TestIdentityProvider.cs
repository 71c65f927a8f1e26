using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>
/// A real OpenID Connect provider for tests (OpenIddict on Kestrel, on a loopback port of its own): discovery, a JWKS,
/// RS256-signed JWT access tokens, the authorization code flow with PKCE, end session, and signing key rotation. It keeps
/// no database, so nothing it issues can be revoked, and an authorization code can be redeemed more than once while valid.
/// </summary>
/// <remarks>
/// Consumers point at <see cref="Authority"/> over plain HTTP, so they must allow it (JwtBearer: RequireHttpsMetadata = false).
/// Access tokens (header typ "at+jwt") carry iss, aud, exp, iat, jti, sub, name, email, roles (a string for one role, an
/// array for several), client_id, scope when scopes were asked for, and OpenIddict's oi_prst; identity tokens carry iss,
/// aud (the client), exp, iat, sub, azp, nonce, at_hash, and name, email and roles as the profile, email and roles scopes
/// allow. Claim names are the JWT's own, so consumers should map no inbound claims.
/// </remarks>
public sealed partial class TestIdentityProvider : IAsyncDisposable
{
    /// <summary>The API's audience: the aud of access tokens unless a test asks for another.</summary>
    public const string Audience = "expertfinder";

    /// <summary>The one client: public (no secret, PKCE required), redirect URIs on any loopback http port ending in /signin-oidc.</summary>
    public const string ClientId = "expertfinder-pages";

    /// <summary>Test-only authorization and token request parameter: the user's roles, comma-separated ("analyst,admin").</summary>
    public const string RolesParameter = "test_roles";

    /// <summary>Test-only authorization and token request parameter: the user's e-mail claim (by default a login_hint with an @).</summary>
    public const string EmailParameter = "test_email";

    internal const string AudienceParameter = "test_audience";
    internal const string LifetimeSecondsParameter = "test_lifetime_seconds";

    private readonly WebApplication host;
    private readonly LiveServerSettings settings;
    private readonly HttpClient http;

    private TestIdentityProvider(WebApplication host, LiveServerSettings settings, Uri authority)
    {
        this.host = host;
        this.settings = settings;
        http = new HttpClient { BaseAddress = authority };
        Authority = authority.AbsoluteUri;
    }

    /// <summary>The issuer, "http://127.0.0.1:PORT/": the iss of every token and the issuer in discovery, trailing slash included.</summary>
    public string Authority { get; }

    /// <summary>The discovery document's address, for consumers that take it rather than the authority.</summary>
    public string MetadataAddress => Authority + ProviderEndpoints.ConfigurationPath;

    /// <summary>The kid of the key that signs now, as the JWKS publishes it.</summary>
    public string SigningKeyId => settings.CurrentSigningKey.KeyId;

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var settings = new LiveServerSettings();
        var host = ProviderHost.Build(settings);
        try
        {
            await host.StartAsync();
        }
        catch
        {
            await host.DisposeAsync();
            settings.Dispose();
            throw;
        }
        // The port is known only now; the issuer is published to OpenIddict before any request can need it.
        var authority = new Uri(host.Urls.Single().TrimEnd('/') + "/");
        settings.PublishIssuer(authority);
        return new TestIdentityProvider(host, settings, authority);
    }

    /// <summary>
    /// An access token from the provider's real token endpoint, over HTTP, through the test-only password grant: signed with
    /// the current key, for <paramref name="audience"/> (none when null), valid for <paramref name="lifetime"/> (default one hour).
    /// </summary>
    public async Task<string> AccessTokenAsync(
        string subject, string? email = null, IEnumerable<string>? roles = null, string? audience = Audience, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var roleList = roles?.ToList() ?? [];
        if (roleList.Exists(role => role.Contains(',', StringComparison.Ordinal) || string.IsNullOrWhiteSpace(role)))
        {
            throw new ArgumentException("Roles are sent comma-separated, so none may be blank or hold a comma.", nameof(roles));
        }
        if (lifetime is { } positive && positive < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "At least one second; ForgeExpiredAccessToken makes expired tokens.");
        }

        var form = new Dictionary<string, string>
        {
            [Parameters.GrantType] = GrantTypes.Password,
            [Parameters.ClientId] = ClientId,
            [Parameters.Username] = subject,
            [Parameters.Password] = "not checked",
        };
        if (email is not null)
        {
            form[EmailParameter] = email;
        }
        if (roleList.Count > 0)
        {
            form[RolesParameter] = string.Join(',', roleList);
        }
        if (audience is not null)
        {
            form[AudienceParameter] = audience;
        }
        if (lifetime is { } seconds)
        {
            form[LifetimeSecondsParameter] = ((long)Math.Ceiling(seconds.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(new Uri(ProviderEndpoints.TokenPath, UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The token endpoint answered {(int)response.StatusCode}: {body}");
        }
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty(Parameters.AccessToken).GetString()
            ?? throw new InvalidOperationException($"The token endpoint returned no access token: {body}");
    }

    /// <summary>
    /// Starts signing with a new RSA key and publishes only that key in the JWKS; returns once the JWKS shows it.
    /// </summary>
    /// <remarks>
    /// This is an emergency rotation, not a graceful rollover: the old key leaves the JWKS at once. Tokens it signed stay
    /// valid for a validator that has not refreshed its metadata yet, and are refused (no key with their kid) by one that has;
    /// a refreshed validator needs the new key to accept tokens issued from now on. Note that Microsoft.IdentityModel's
    /// ConfigurationManager keeps a "last known good" configuration (UseLastKnownGoodConfiguration, on by default, for
    /// LastKnownGoodLifetime, one hour): a validator that resolves keys through it (JwtBearer does) may still accept an
    /// old-key token while that configuration lasts. The server itself keeps its port; only its options are rebuilt.
    /// </remarks>
    public async Task RotateSigningKeyAsync()
    {
        var retired = settings.CurrentSigningKey.KeyId;
        var current = settings.RotateSigningKey().KeyId;
        var published = await PublishedKeyIdsAsync();
        if (!published.Contains(current) || published.Contains(retired))
        {
            throw new InvalidOperationException($"After rotating to {current} the JWKS publishes [{string.Join(", ", published)}].");
        }
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await host.StopAsync();
        await host.DisposeAsync();
        settings.Dispose();
    }

    private async Task<IReadOnlySet<string>> PublishedKeyIdsAsync()
    {
        using var jwks = JsonDocument.Parse(await http.GetStringAsync(new Uri(ProviderEndpoints.JsonWebKeySetPath, UriKind.Relative)));
        return jwks.RootElement.GetProperty("keys").EnumerateArray()
            .Select(key => key.GetProperty("kid").GetString() ?? "")
            .ToHashSet(StringComparer.Ordinal);
    }
}
