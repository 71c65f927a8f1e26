namespace ExpertFinder.Api.Security.Auth;

/// <summary>
/// The "ExpertFinder:Auth" configuration section: how callers prove who they are. With no <see cref="Authority"/> the
/// server accepts API keys only (and the development issuer's tokens, in Development).
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "ExpertFinder:Auth";

    /// <summary>The municipality's OpenID Connect provider (issuer URL); its discovery document and keys are fetched from it.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience access tokens must be issued for.</summary>
    public string Audience { get; set; } = "expertfinder";

    /// <summary>The token claim that names the person: matched to a person's e-mail or key (<see cref="PersonMatch"/>).</summary>
    public string PersonClaim { get; set; } = "email";

    /// <summary>"email" (case-insensitive) or "key".</summary>
    public string PersonMatch { get; set; } = "email";

    /// <summary>The token claim carrying roles (<see cref="Role"/>); one claim per role or a JSON array.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The client id of the browser pages (authorization-code flow with PKCE); pages log in only when set.</summary>
    public string? ClientId { get; set; }

    /// <summary>Only for providers that require confidential clients; PKCE is used either way.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Off only for a provider on loopback in tests or trials.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How soon the provider's keys may be fetched again when a token names an unknown key (key rotation).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tolerance for clocks that disagree on token lifetimes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Callers without credentials may read what an employee reads (no contact details, no writes). Development sets it.</summary>
    public bool AnonymousReads { get; set; }

    /// <summary>The development issuer (`./expertfinder token`, GraphiQL's "log in as"). Allowed in the Development environment only.</summary>
    public bool DevelopmentIssuer { get; set; }

    /// <summary>Where the development issuer keeps its signing key; defaults to the data folder (EXPERTFINDER_DATA or .data).</summary>
    public string? DevelopmentKeyPath { get; set; }

    public bool HasProvider => !string.IsNullOrWhiteSpace(Authority);
}
