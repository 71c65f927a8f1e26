using ExpertFinder.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// The fields that make abbreviations searchable: the acronyms an entry writes in capitals
/// (<see cref="IndexFields.DocumentAcronym"/> and its kin) and the abbreviations its text defines
/// (<see cref="IndexFields.Abbreviation"/>, <see cref="IndexFields.AbbreviationByLongForm"/>).
/// </summary>
internal static class AbbreviationFields
{
    /// <summary>Acronyms are scored like words of a text: how often the entry uses one counts, and how many it uses.</summary>
    private static readonly FieldType AcronymType = new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    }.Freeze();

    /// <summary>A pair is only looked up and counted (how many entries define it), never scored.</summary>
    private static readonly FieldType PairType = new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    }.Freeze();

    /// <summary>
    /// The index's own chain (the machine's default lexicon, as <see cref="ExpertIndex"/> opens it), for the stems of long
    /// forms, which must be the stems a query's words get, and for the compound parts their letters may start.
    /// </summary>
    private static readonly Lazy<DanishTextAnalyzer> Analyzer = new(() => new DanishTextAnalyzer(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<AbbreviationMatcher> Matcher = new(() => new AbbreviationMatcher(new DanishDecompounder(DanishLexicon.Default)), LazyThreadSafetyMode.ExecutionAndPublication);

    public static readonly string[] AcronymFields = [IndexFields.PersonAcronym, IndexFields.DocumentAcronym, IndexFields.NetworkAcronym];

    public static bool IsAcronymField(string field) => field is IndexFields.PersonAcronym or IndexFields.DocumentAcronym or IndexFields.NetworkAcronym;

    private static readonly HashSet<string> CompetenceFields =
        [.. Enumerable.Range(1, 5).SelectMany(level => new[] { IndexFields.Competence(level, false), IndexFields.Competence(level, true) })];

    /// <summary>The competence fields: a competence's synonyms may be its acronym ("TR" for tillidsrepræsentant).</summary>
    public static bool IsCompetenceField(string field) => CompetenceFields.Contains(field);

    /// <summary>
    /// Acronym terms are made here (<see cref="Acronyms.Term"/>) and only split at the spaces between them by the writer:
    /// an analysis chain per value would lower-case the case that tells them apart.
    /// </summary>
    public static Analyzer AcronymAnalyzer() => new WhitespaceAnalyzer(DanishTextAnalyzer.Version);

    /// <summary>Adds the acronyms and defined abbreviations of an entry's texts.</summary>
    public static void Add(Document doc, string acronymField, params IEnumerable<string?> texts)
    {
        System.Text.StringBuilder? acronyms = null;
        HashSet<string>? pairs = null;
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            foreach (var run in Acronyms.Find(text))
            {
                (acronyms ??= new()).Append(Acronyms.Term(text.AsSpan(run.Start, run.End - run.Start))).Append(' ');
            }
            if (text.Contains('(', StringComparison.Ordinal))
            {
                foreach (var pair in Matcher.Value.Find(text))
                {
                    if (Terms(pair) is { } terms && (pairs ??= new(StringComparer.Ordinal)).Add(terms.ShortToLong))
                    {
                        doc.Add(new Field(IndexFields.Abbreviation, terms.ShortToLong, PairType));
                        doc.Add(new Field(IndexFields.AbbreviationByLongForm, terms.LongToShort, PairType));
                    }
                }
            }
        }
        if (acronyms is not null)
        {
            doc.Add(new Field(acronymField, acronyms.ToString(), AcronymType));
        }
    }

    /// <summary>The long form's stems as a query's words get them, space-separated; null when it has none (only stop words).</summary>
    public static string? LongFormStems(string longForm)
    {
        var words = Analyzer.Value.AnalyzeQuery(longForm);
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => w.Stem));
    }

    private static (string ShortToLong, string LongToShort)? Terms(AbbreviationPair pair)
    {
        if (LongFormStems(pair.Long) is not { } stems)
        {
            return null;
        }
        var shortKey = Acronyms.Term(pair.Short);
        return (IndexFields.Join(shortKey, stems, pair.Short, pair.Long), IndexFields.Join(stems, shortKey, pair.Short, pair.Long));
    }
}
