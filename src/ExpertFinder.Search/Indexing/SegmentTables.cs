using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ExpertFinder.Search.Analysis;
using Lucene.Net.Index;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// What one segment holds, read from its doc values in one pass and cached with the segment's core. A segment never
/// changes once written (deletions are applied by the reader's live docs at lookup), so after a small write a new
/// reader only reads its new segment: the tables of the million documents already indexed are reused as they are.
/// That is what keeps a change searchable within a second on a large index.
/// </summary>
internal sealed class SegmentTables
{
    private static readonly ConditionalWeakTable<object, SegmentTables> Cache = [];

    private readonly ConcurrentDictionary<string, HashSet<string>> vocabularies = new(StringComparer.Ordinal);

    private SegmentTables(AtomicReader reader, DanishTextAnalyzer analyzer)
    {
        var values = new DocValueReader(reader);
        var people = new List<(int Doc, PersonEntry Person)>();
        var networks = new List<(int Doc, NetworkEntry Network)>();
        for (var doc = 0; doc < values.MaxDoc; doc++)
        {
            if (values.One(IndexFields.PersonKey, doc) is { } personKey)
            {
                people.Add((doc, PersonTable.Read(values, doc, personKey)));
            }
            else if (values.One(IndexFields.NetworkKey, doc) is { } networkKey)
            {
                networks.Add((doc, NetworkTable.Read(values, doc, networkKey)));
            }
        }
        People = people;
        Networks = networks;
        Competences = CompetenceTable.Read(reader, analyzer);
        Documents = new SegmentDocuments(reader);
    }

    /// <summary>The segment's people, with their segment-local document numbers, deleted ones included.</summary>
    public IReadOnlyList<(int Doc, PersonEntry Person)> People { get; }

    public IReadOnlyList<(int Doc, NetworkEntry Network)> Networks { get; }

    public IReadOnlyList<(int Doc, CompetenceEntry Competence)> Competences { get; }

    public SegmentDocuments Documents { get; }

    public static SegmentTables For(AtomicReader reader, DanishTextAnalyzer analyzer) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new SegmentTables(reader, analyzer));

    /// <summary>
    /// Whether a term occurs in a field of this segment, from the field's vocabulary held in memory (deleted documents'
    /// terms included, which only costs a clause that matches nothing).
    /// </summary>
    /// <remarks>
    /// <paramref name="reader"/> is the caller's open reader of this segment: the tables outlive the reader they were
    /// first read from, which may be closed by now.
    /// </remarks>
    public bool Contains(AtomicReader reader, string field, string term) =>
        vocabularies.GetOrAdd(field, static (f, r) => Vocabulary(r, f), reader).Contains(term);

    private static HashSet<string> Vocabulary(AtomicReader reader, string field)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (reader.GetTerms(field) is { } indexed)
        {
            var enumerator = indexed.GetEnumerator();
            while (enumerator.MoveNext())
            {
                terms.Add(enumerator.Term.Utf8ToString());
            }
        }
        return terms;
    }
}
