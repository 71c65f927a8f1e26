using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Api.IndexSync;

/// <summary>How an entry of the index differs from what PostgreSQL says it should be.</summary>
public enum DifferenceKind
{
    /// <summary>PostgreSQL has it (visibly), the index does not.</summary>
    MissingFromIndex,

    /// <summary>The index has it, built from other content than PostgreSQL has now.</summary>
    ContentDiffers,

    /// <summary>The index has it, PostgreSQL does not.</summary>
    NotInDatabase,

    /// <summary>The index has a person PostgreSQL has hidden from everyone.</summary>
    HiddenInDatabase,

    /// <summary>The index has two entries or more for it.</summary>
    IndexedMoreThanOnce,
}

/// <summary>One entry the index holds otherwise than PostgreSQL says; the fingerprints when the content differs.</summary>
public sealed record IndexDifference(IndexEntryKind Kind, string Key, DifferenceKind What, ContentFingerprint? Indexed = null, ContentFingerprint? Expected = null)
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The kind as the index log names it ("person", "document", "network", "competence").</summary>
    public string KindName => NameOf(Kind);

    public static string NameOf(IndexEntryKind kind) => kind switch
    {
        IndexEntryKind.Person => IndexOutboxEntry.PersonKind,
        IndexEntryKind.Document => IndexOutboxEntry.DocumentKind,
        IndexEntryKind.Network => IndexOutboxEntry.NetworkKind,
        IndexEntryKind.Competence => IndexOutboxEntry.CompetenceKind,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of entry"),
    };

    /// <summary>
    /// One line: kind, key, what differs ("person p-mette-lund: missing from the index"). A key that could be taken
    /// for more than one word or line (a space, a colon, a control character, a quote) is written as a JSON string.
    /// </summary>
    public override string ToString()
    {
        var what = What switch
        {
            DifferenceKind.MissingFromIndex => "missing from the index",
            DifferenceKind.ContentDiffers => $"content differs (index {Indexed?.ToString() ?? "without fingerprint"}, database {Expected})",
            DifferenceKind.NotInDatabase => "in the index, not in the database",
            DifferenceKind.HiddenInDatabase => "in the index, hidden in the database",
            DifferenceKind.IndexedMoreThanOnce => "indexed more than once",
            _ => What.ToString(),
        };
        var plain = Key.Length > 0 && !Key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ':' or '"');
        return $"{KindName} {(plain ? Key : JsonSerializer.Serialize(Key, Quoting))}: {what}";
    }
}

/// <summary>
/// What a verification found: the differences, and with a repair how many entries were queued and what remained
/// after the index applied them. <see cref="Report"/> is what <c>expertfinder verify</c> prints.
/// </summary>
public sealed record IndexVerification(IReadOnlyList<IndexDifference> Found, int? Queued, IReadOnlyList<IndexDifference> Remaining)
{
    /// <summary>Every difference found, one per line; after a repair a line on it and what remains; last <c>differences: N</c> (what remains).</summary>
    public string Report
    {
        get
        {
            var report = new StringBuilder();
            foreach (var difference in Found)
            {
                report.Append(difference).Append('\n');
            }
            if (Queued is { } queued)
            {
                report.Append("repair: queued ").Append(queued).Append(queued == 1 ? " entry" : " entries")
                    .Append(" for this index, applied them and verified again\n");
                foreach (var difference in Remaining)
                {
                    report.Append(difference).Append('\n');
                }
            }
            return report.Append("differences: ").Append(Remaining.Count).Append('\n').ToString();
        }
    }
}
