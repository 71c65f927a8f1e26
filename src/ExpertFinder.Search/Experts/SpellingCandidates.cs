using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// One way to correct a word: <paramref name="Display"/> as the user should read it, <paramref name="Word"/> as the
/// query searches it, its edits from what was typed, how much the index uses it, and the spelling term whose
/// postings tell which entries use it (null when the word is only indexed through its parts).
/// </summary>
internal sealed record SpellingCandidate(string Display, QueryWord Word, int Edits, int Frequency, string? SpellingTerm);

/// <summary>
/// The indexed words close to a word the index does not know: one edit for short words, two for long ones, the first
/// letter kept. A long word also matches the inflected forms of its correction ("arbejdsmijlørepræsentnat" finds
/// "arbejdsmiljørepræsentanten"), since long compounds are often only written inflected. One automaton walks the
/// spelling field's terms dictionary, as a fuzzy query does: never a scan of it.
/// </summary>
internal static class SpellingCandidates
{
    /// <summary>The inflection endings a long word's correction may carry in the index, or none.</summary>
    private static readonly Automaton OptionalEnding = BasicOperations.Optional(
        BasicOperations.Union(DanishDecompounder.Endings.Select(BasicAutomata.MakeString).ToList()));

    public static List<SpellingCandidate> Find(TermStates terms, DanishTextAnalyzer analyzer, string surface, SpellingOptions options, SpellingWork work)
    {
        if (surface.Length < 4 || surface.Any(char.IsDigit) || MultiFields.GetTerms(terms.Reader, IndexFields.Spelling) is not { } dictionary)
        {
            return [];
        }
        work.FuzzyWords++;
        var isLong = surface.Length >= options.TwoEditsFrom;
        var maxEdits = isLong ? 2 : 1;
        var automaton = BasicOperations.Concatenate(BasicAutomata.MakeString(surface[..1]), new LevenshteinAutomata(surface[1..], true).ToAutomaton(maxEdits));
        if (isLong)
        {
            automaton = BasicOperations.Concatenate(automaton, OptionalEnding);
        }
        var matching = new CompiledAutomaton(automaton, true, false).GetTermsEnum(dictionary);
        var stemmer = new DanishStemmer();
        var found = new Dictionary<string, SpellingCandidate>(StringComparer.Ordinal);
        var examined = 0;
        while (examined < options.MaxTermsPerWord && matching.MoveNext())
        {
            examined++;
            var term = matching.Term.Utf8ToString();
            if (Closest(surface, term, isLong, maxEdits, stemmer) is not var (display, edits) || analyzer.AnalyzeQuery(display) is not [var word])
            {
                continue;
            }
            var frequency = matching.DocFreq;
            if (!found.TryGetValue(display, out var known) || edits < known.Edits || (edits == known.Edits && frequency > known.Frequency))
            {
                found[display] = new SpellingCandidate(display, word, edits, frequency, term);
            }
        }
        work.TermsExamined += examined;
        return Best(found.Values, options.CandidatesPerWord);
    }

    /// <summary>The candidates of the fewest edits, the most frequent first, at most <paramref name="count"/>.</summary>
    public static List<SpellingCandidate> Best(IEnumerable<SpellingCandidate> candidates, int count)
    {
        var all = candidates.ToList();
        if (all.Count == 0)
        {
            return all;
        }
        var fewest = all.Min(c => c.Edits);
        return all.Where(c => c.Edits == fewest)
            .OrderByDescending(c => c.Frequency).ThenBy(c => c.Display, StringComparer.Ordinal)
            .Take(count).ToList();
    }

    /// <summary>
    /// What the user meant by <paramref name="term"/>: the term itself, or (for a long word) the term without an
    /// inflection ending when that is closer to what was typed and searches the same stem, so that the suggestion reads
    /// as the user wrote it ("arbejdsmiljørepræsentant", not "arbejdsmiljørepræsentanterne"). Null when neither is
    /// within <paramref name="maxEdits"/> or the word was typed exactly (a truncated inflection is no typo).
    /// </summary>
    private static (string Display, int Edits)? Closest(string surface, string term, bool isLong, int maxEdits, DanishStemmer stemmer)
    {
        (string Display, int Edits)? best = null;
        var whole = EditDistance(surface, term);
        if (whole <= maxEdits)
        {
            best = (term, whole);
        }
        if (isLong)
        {
            string? termStem = null;
            foreach (var ending in DanishDecompounder.Endings)
            {
                if (term.Length - ending.Length < surface.Length - maxEdits || !term.EndsWith(ending, StringComparison.Ordinal))
                {
                    continue;
                }
                var lemma = term[..^ending.Length];
                var edits = EditDistance(surface, lemma);
                if (edits > maxEdits || (best is { } b && edits >= b.Edits))
                {
                    continue;
                }
                termStem ??= DanishStemming.Stem(term, stemmer);
                if (DanishStemming.Stem(lemma, stemmer) == termStem)
                {
                    best = (lemma, edits);
                }
            }
        }
        return best is { Edits: > 0 } ? best : null;
    }

    /// <summary>
    /// For a long word the index has never seen and that has no close spelling: the indexed words that share its
    /// longest prefix (at least 60% of it and 6 letters), most frequent first. "tjenestemandssager" finds
    /// "tjenestemandsret" where the dictionary cannot split either word.
    /// </summary>
    public static List<string> Completions(IndexReader reader, string surface)
    {
        const int MaxCompletions = 5;
        if (surface.Length < 8 || MultiFields.GetTerms(reader, IndexFields.Spelling) is not { } terms)
        {
            return [];
        }
        var shortest = Math.Max(6, (int)Math.Ceiling(surface.Length * 0.6));
        for (var length = surface.Length - 1; length >= shortest; length--)
        {
            var prefix = surface[..length];
            var found = new List<(string Word, int Frequency)>();
            var enumerator = terms.GetEnumerator();
            if (enumerator.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
            {
                continue;
            }
            do
            {
                var word = enumerator.Term.Utf8ToString();
                if (!word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    break;
                }
                found.Add((word, enumerator.DocFreq));
            }
            while (found.Count < 200 && enumerator.MoveNext());
            if (found.Count > 0)
            {
                return found.OrderByDescending(f => f.Frequency).ThenBy(f => f.Word, StringComparer.Ordinal).Take(MaxCompletions).Select(f => f.Word).ToList();
            }
        }
        return [];
    }

    /// <summary>Optimal string alignment distance (adjacent transpositions count as one edit).</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
