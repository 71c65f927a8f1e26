using System.Diagnostics;
using ExpertFinder.Search.Experts;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>However many words a query misspells, correcting them costs a bounded amount of work.</summary>
public sealed class SpellingBoundsTests(ITestOutputHelper output)
{
    private static readonly DateOnly Date = new(2025, 1, 1);

    [Fact]
    public void Eight_ambiguous_typos_score_no_more_combinations_than_the_bound()
    {
        // Each typo is one edit from two indexed words: 256 combinations unbounded.
        var typos = Typos(8).ToList();
        using var index = IndexOfNeighbours(typos);
        var options = new SpellingOptions();

        var result = Correct(index, string.Join(' ', typos), options);

        Assert.All(typos, typo => Assert.Contains(result.Words, w => w.Surface != typo && w.Surface[..^1] == typo[..^1]));
        Assert.InRange(result.Work.Combinations, 2, options.MaxCombinations);
    }

    [Fact]
    public void Thirty_two_ambiguous_typos_intersect_no_more_pairs_than_the_bound()
    {
        var typos = Typos(32).ToList();
        using var index = IndexOfNeighbours(typos);
        var options = new SpellingOptions { MaxIntersections = 4 };

        var result = Correct(index, string.Join(' ', typos), options);

        Assert.InRange(result.Work.Intersections, 1, options.MaxIntersections);
        Assert.InRange(result.Work.PostingsSteps, 0, options.MaxIntersections * options.IntersectionSteps);
    }

    [Fact]
    public void Thirty_two_unknown_long_words_repair_no_more_compounds_than_the_bound()
    {
        const int length = 16;
        var words = Typos(32).Select(typo => typo + "forvaltnqx").ToList();
        using var index = IndexOfNeighbours(Typos(32).ToList());
        var options = new SpellingOptions();

        Correct(index, string.Join(' ', words.Select(w => w[..^1] + "z")), options); // warm: the first search compiles the code paths
        var clock = Stopwatch.StartNew();
        var result = Correct(index, string.Join(' ', words), options);
        clock.Stop();

        var work = result.Work;
        output.WriteLine($"{clock.Elapsed.TotalMilliseconds:F1} ms: {work.FuzzyWords} fuzzy words, {work.TermsExamined} terms, {work.LexiconLookups} lexicon look-ups, " +
            $"{work.RepairsChecked} repairs checked, {work.Combinations} combinations, {work.Intersections} intersections");
        Assert.All(words, word => Assert.Equal(length, word.Length));
        // A word's cuts each look up both sides as typed and vary each side once at most (59 look-ups a letter, 29 more).
        var perWord = (length - 7) * ((59 * length) + 60);
        Assert.InRange(work.LexiconLookups, 1, options.MaxRepairedWords * perWord);
        Assert.InRange(work.RepairsChecked, 0, 2 * options.MaxRepairedWords * options.MaxRepairsChecked);
        Assert.InRange(work.FuzzyWords, 1, options.MaxFuzzyWords);
    }

    /// <summary>Six-letter nonsense words ("belmct", "belnct", ...) that no lexicon holds, none within two edits of another's neighbours.</summary>
    private static IEnumerable<string> Typos(int count) =>
        Enumerable.Range(0, count).Select(i => "bel" + (char)('m' + (i % 10)) + (char)('c' + (i / 10)) + "t");

    /// <summary>Each typo's two one-edit neighbours (last letter k or p), the first written together with the next typo's.</summary>
    private static TempIndex IndexOfNeighbours(List<string> typos)
    {
        var entries = new List<object> { Person("anne") };
        for (var i = 0; i < typos.Count; i++)
        {
            var next = typos[(i + 1) % typos.Count];
            entries.Add(DocumentOn("a" + i, typos[i][..^1] + "k " + next[..^1] + "k", Date, ["anne"]));
            entries.Add(DocumentOn("o" + i, typos[i][..^1] + "p tekst", Date, ["anne"]));
        }
        return new TempIndex().With([.. entries]);
    }

    private static SpellingResult Correct(TempIndex index, string text, SpellingOptions options)
    {
        var analyzer = index.Index.Analyzer;
        var corrector = new SpellingCorrector(analyzer, options);
        return index.Index.WithSearcher(searcher => corrector.Correct(new TermStates(searcher), analyzer.AnalyzeQuery(text).ToList(), text));
    }
}
