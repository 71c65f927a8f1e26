using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// The abbreviations the index's entries define (<see cref="IndexFields.Abbreviation"/>), looked up by a prefix seek in
/// the terms dictionary: a deleted or rewritten entry takes its pairs with it, and a pair's support is the number of
/// live entries that define it.
/// </summary>
internal static class AbbreviationTable
{
    /// <summary>Terms read after one seek: a short form has a handful of long forms, not hundreds.</summary>
    private const int MaxTermsPerSeek = 64;

    /// <summary>Live entries counted per pair, at most: enough to tell which long form is preferred, bounded for a pair on every entry.</summary>
    private const int MaxSupportCounted = 1000;

    /// <summary>The long forms defined for a short form (its <see cref="Analysis.Acronyms.Term"/>), most supported first.</summary>
    public static List<AbbreviationDefinition> LongFormsOf(IndexReader reader, string shortKey) =>
        Read(reader, IndexFields.Abbreviation, [shortKey + IndexFields.Separator], static parts => (parts[0], parts[1]));

    /// <summary>The definitions whose long form begins with the stem <paramref name="firstStem"/>, most supported first.</summary>
    public static List<AbbreviationDefinition> LongFormsStartingWith(IndexReader reader, string firstStem) =>
        Read(reader, IndexFields.AbbreviationByLongForm, [firstStem + ' ', firstStem + IndexFields.Separator], static parts => (parts[1], parts[0]));

    private static List<AbbreviationDefinition> Read(IndexReader reader, string field, string[] prefixes, Func<string[], (string ShortKey, string LongStems)> keys)
    {
        if (MultiFields.GetTerms(reader, field) is not { } terms)
        {
            return [];
        }
        var live = MultiFields.GetLiveDocs(reader);
        var found = new List<(string ShortKey, string LongStems, string Short, string Long, int Support)>();
        var enumerator = terms.GetEnumerator();
        DocsEnum? docs = null;
        foreach (var prefix in prefixes)
        {
            var bytes = new BytesRef(prefix);
            if (enumerator.SeekCeil(bytes) == TermsEnum.SeekStatus.END)
            {
                continue;
            }
            var read = 0;
            do
            {
                if (!StringHelper.StartsWith(enumerator.Term, bytes))
                {
                    break;
                }
                var support = live is null ? enumerator.DocFreq : Count(docs = enumerator.Docs(live, docs, DocsFlags.NONE));
                var parts = enumerator.Term.Utf8ToString().Split(IndexFields.Separator);
                if (support > 0 && parts.Length == 4)
                {
                    var (shortKey, longStems) = keys(parts);
                    found.Add((shortKey, longStems, parts[2], parts[3], support));
                }
            }
            while (++read < MaxTermsPerSeek && enumerator.MoveNext());
        }
        // One definition per (short, long stems): the forms as written most often, the support of all of them.
        return found
            .GroupBy(f => (f.ShortKey, f.LongStems))
            .Select(g => new AbbreviationDefinition(
                g.Key.ShortKey,
                g.Key.LongStems.Split(' '),
                Most(g.Select(f => (f.Short, f.Support))),
                Most(g.Select(f => (f.Long, f.Support))),
                g.Sum(f => f.Support)))
            .OrderByDescending(d => d.Support).ThenBy(d => d.Long, StringComparer.Ordinal)
            .ToList();
    }

    private static string Most(IEnumerable<(string Written, int Support)> forms) =>
        forms.GroupBy(f => f.Written, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(f => f.Support)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;

    private static int Count(DocsEnum docs)
    {
        var count = 0;
        while (count < MaxSupportCounted && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            count++;
        }
        return count;
    }
}

/// <summary>
/// An abbreviation as the index defines it: the short form's term, the long form's stems, both as written most often,
/// and how many live entries define it.
/// </summary>
internal sealed record AbbreviationDefinition(string ShortKey, string[] LongStems, string Short, string Long, int Support);
