using ExpertFinder.Api.Security.Auth;

namespace ExpertFinder.Api.Data.Model;

/// <summary>
/// One change, as the audit log keeps it: who made it, what kind of change, on which entity, and the names of the
/// fields it changed, never their values (the log must not become a second copy of personal data).
/// </summary>
public sealed record AuditEntry
{
    /// <summary>Set by the database when the entry is written.</summary>
    public long Id { get; init; }

    /// <summary>Set by the database (the time of the transaction that wrote it).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>How the caller is named (<see cref="Caller.Actor"/>), e.g. <c>person:mette-lund</c>, <c>apikey:intranet</c>, <c>command-line</c>.</summary>
    public required string Actor { get; init; }

    /// <summary>The caller's municipality key, so that municipality admins can read their own entries.</summary>
    public string? ActorMunicipality { get; init; }

    /// <summary>The mutation's name, <c>import</c>, <c>apikey create</c> …</summary>
    public required string Operation { get; init; }

    /// <summary>The GraphQL type name of the entity changed (Person, Unit, ApiKey …), when there is one.</summary>
    public string? EntityType { get; init; }

    public string? EntityKey { get; init; }

    public IReadOnlyList<string> Fields { get; init; } = [];

    public string? RequestId { get; init; }
}
