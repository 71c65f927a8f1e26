using ExpertFinder.Api.Security.Privacy;

namespace ExpertFinder.Api.Security.Auth;

/// <summary>Who is asking: how they proved it decides what they may do; <see cref="PrivacyPolicy"/> decides what they may see.</summary>
public enum CallerKind
{
    /// <summary>No credentials; only let through when ExpertFinder:Auth:AnonymousReads is on.</summary>
    Anonymous,

    /// <summary>A signed-in user (bearer token, browser cookie or development token).</summary>
    User,

    /// <summary>A portal's API key: read-only.</summary>
    ApiKey,

    /// <summary>The command line on the server itself (import, apikey).</summary>
    CommandLine,
}

/// <summary>
/// The identity of one request, resolved once from its credentials and the database. A user whose token names no
/// person in the data has no <see cref="PersonId"/>: they may read as their roles allow, but act as nobody.
/// </summary>
public sealed record Caller
{
    public static readonly Caller Anonymous = new() { Kind = CallerKind.Anonymous };

    public static readonly Caller CommandLine = new() { Kind = CallerKind.CommandLine, Roles = new HashSet<string>([Role.DeploymentAdmin]) };

    public required CallerKind Kind { get; init; }

    /// <summary>The person the caller is, when the credentials name one that exists.</summary>
    public int? PersonId { get; init; }

    public string? PersonKey { get; init; }

    /// <summary>The caller's own municipality: the person's, or the one an API key was issued for.</summary>
    public string? MunicipalityKey { get; init; }

    /// <summary>Roles from the identity provider (<see cref="Role"/>); relationships in the data (manager, facilitator) are checked where they apply.</summary>
    public IReadOnlySet<string> Roles { get; init; } = new HashSet<string>();

    public string? ApiKeyName { get; init; }

    /// <summary>The subject the credentials named (an e-mail, a key, an API key name), for the audit trail.</summary>
    public string? Subject { get; init; }

    public bool IsPerson => PersonId is not null;

    public bool IsAuthenticated => Kind is not CallerKind.Anonymous;

    public bool IsDeploymentAdmin => Roles.Contains(Role.DeploymentAdmin);

    /// <summary>An administrator of some scope: their own municipality, or the whole deployment.</summary>
    public bool IsAdmin => IsDeploymentAdmin || (Roles.Contains(Role.Admin) && MunicipalityKey is not null);

    public bool IsAnalyst => IsAdmin || Roles.Contains(Role.Analyst);

    /// <summary>Whether the caller administers <paramref name="municipalityKey"/> (null: something outside every municipality).</summary>
    public bool Administers(string? municipalityKey) =>
        IsDeploymentAdmin || (Roles.Contains(Role.Admin) && MunicipalityKey is not null && municipalityKey == MunicipalityKey);

    /// <summary>How the audit log names the caller.</summary>
    public string Actor => Kind switch
    {
        CallerKind.User when PersonKey is not null => "person:" + PersonKey,
        CallerKind.User => "user:" + Subject,
        CallerKind.ApiKey => "apikey:" + ApiKeyName,
        CallerKind.CommandLine => "command-line",
        _ => "anonymous",
    };
}

/// <summary>The roles an identity provider (or the development issuer) can grant, as the role claim carries them.</summary>
public static class Role
{
    public const string Analyst = "analyst";

    /// <summary>Administrator of the municipality the person works in.</summary>
    public const string Admin = "admin";

    /// <summary>Administrator of the whole deployment, every municipality.</summary>
    public const string DeploymentAdmin = "deployment-admin";

    public static readonly string[] All = [Analyst, Admin, DeploymentAdmin];
}
