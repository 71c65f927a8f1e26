using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// The query's words after spelling correction, the indexed words that complete a long word nothing corrects (searched
/// as weaker alternatives, by word position), the user's text with the corrections ("did you mean"; null when
/// nothing was corrected), and what the correction cost.
/// </summary>
internal sealed record SpellingResult(List<QueryWord> Words, IReadOnlyDictionary<int, List<QueryWord>> Completions, string? DidYouMean, SpellingWork Work);

/// <summary>
/// Corrects the words of a query that the index does not know. Each gets a few candidates as close as its closest:
/// indexed words (or their inflected forms, for long words) within one edit, two from
/// <see cref="SpellingOptions.TwoEditsFrom"/> letters (<see cref="SpellingCandidates"/>); failing those, a long
/// compound's parts corrected against the lexicon (<see cref="CompoundRepair"/>). The candidates of all the words are
/// then chosen together, preferring words the index uses together (<see cref="CorrectionChoice"/>). A word with no
/// candidate is kept and, when long, completed by the indexed words sharing its longest prefix.
/// </summary>
internal sealed class SpellingCorrector(DanishTextAnalyzer analyzer, SpellingOptions options)
{
    private static readonly DanishSpellingAnalyzer Spelling = new();

    private readonly CompoundRepair repair = new(analyzer, options);

    public SpellingResult Correct(TermStates terms, List<QueryWord> words, string text)
    {
        var work = new SpellingWork();
        var candidates = new List<SpellingCandidate>?[words.Count];
        var typed = new string?[words.Count];
        var completions = new Dictionary<int, List<QueryWord>>();
        var repaired = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (KnownWords.IsKnown(terms, words[i]))
            {
                typed[i] = terms.DocFreq(IndexFields.Spelling, words[i].Surface) > 0 ? words[i].Surface : null;
                continue;
            }
            // A word of the Danish dictionary, as typed or as its stem, is no typo even when no entry uses it: "forkerte" corrected to the
            // closest indexed word ("forvente") would search for something the user never wrote. It may still be completed.
            var danish = analyzer.Lexicon.Contains(words[i].Surface) || (words[i].Stem.Length >= 4 && analyzer.Lexicon.Contains(words[i].Stem));
            var found = !danish && work.FuzzyWords < options.MaxFuzzyWords ? SpellingCandidates.Find(terms, analyzer, words[i].Surface, options, work) : [];
            if (!danish && found.Count == 0 && words[i].Surface.Length >= options.TwoEditsFrom && repaired++ < options.MaxRepairedWords)
            {
                found = repair.Find(terms, words[i].Surface, work);
            }
            if (found.Count > 0)
            {
                candidates[i] = found;
            }
            else if (SpellingCandidates.Completions(terms.Reader, words[i].Surface) is { Count: > 0 } completed)
            {
                completions[i] = completed.SelectMany(analyzer.AnalyzeQuery).DistinctBy(w => w.Stem, StringComparer.Ordinal).ToList();
            }
        }
        if (candidates.All(c => c is null))
        {
            return new SpellingResult(words, completions, null, work);
        }

        var chosen = CorrectionChoice.Choose(candidates, typed, new Cooccurrence(terms, options, work), options, work);
        var corrected = words.ToList();
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (chosen[i] is { } choice)
            {
                corrected[i] = choice.Word;
                replacements.TryAdd(words[i].Surface, choice.Display);
            }
        }
        return new SpellingResult(corrected, completions, Rewrite(text, replacements), work);
    }

    /// <summary>
    /// The user's own text with the corrected words replaced, so the suggestion reads as they typed it. Words are
    /// found by the same tokenizer and normalisation that produced the surfaces (so "laeringsnetvaerg" is found too).
    /// </summary>
    private static string Rewrite(string text, Dictionary<string, string> replacements)
    {
        var result = new System.Text.StringBuilder();
        var copied = 0;
        using (var stream = Spelling.GetTokenStream(IndexFields.Spelling, text))
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (replacements.TryGetValue(term.ToString(), out var to) && offset.StartOffset >= copied)
                {
                    result.Append(text, copied, offset.StartOffset - copied).Append(to);
                    copied = offset.EndOffset;
                }
            }
            stream.End();
        }
        result.Append(text, copied, text.Length - copied);
        return result.ToString().Trim();
    }
}
