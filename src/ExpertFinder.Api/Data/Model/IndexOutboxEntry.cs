namespace ExpertFinder.Api.Data.Model;

/// <summary>
/// A change the search index has yet to apply, written in the same transaction as the change itself,
/// so that no committed write can be missed by the index (transactional outbox).
/// </summary>
public sealed class IndexOutboxEntry
{
    public const string PersonKind = "person";
    public const string DocumentKind = "document";
    public const string NetworkKind = "network";
    public const string CompetenceKind = "competence";
    public const string RebuildKind = "rebuild";

    /// <summary>The kinds that name an entity to index (every kind but a rebuild).</summary>
    public static readonly IReadOnlySet<string> EntityKinds = new HashSet<string>([PersonKind, DocumentKind, NetworkKind, CompetenceKind], StringComparer.Ordinal);

    public long Id { get; set; }
    public required string EntityKind { get; set; }

    /// <summary>The entity's key; empty for a rebuild.</summary>
    public required string EntityKey { get; set; }
    public DateTime EnqueuedAt { get; set; }
}
