using ExpertFinder.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ExpertFinder.Search.Tests.Analysis;

/// <summary>
/// The chain made for finding terms (<see cref="DanishTextAnalyzer.ForFinding"/>) must find every place the whole chain
/// gives one of the terms, at the same offsets: on every word of the demo data, on compounds whose part boundary
/// normalisation merges ("data" + "analyse"), and with terms that only a stem override gives.
/// </summary>
public class TermGateTests
{
    [Theory]
    [MemberData(nameof(Lexicons.Names), MemberType = typeof(Lexicons))]
    public void Finding_gives_the_whole_chains_terms_at_the_same_places(string lexicon)
    {
        using var analyzer = new DanishTextAnalyzer(Lexicons.Get(lexicon));
        var words = SeedVocabulary.Words.Concat(MergedCompounds()).Concat(DanishStemming.Overrides.Keys).ToList();
        var text = string.Join(' ', words);
        var all = Tokens(analyzer, text);
        // The terms of each word in turn, some words at a time, as a query's terms would be.
        var compared = 0;
        foreach (var batch in words.Chunk(40))
        {
            var terms = batch.SelectMany(word => analyzer.Terms(word)).ToHashSet(StringComparer.Ordinal);
            using var finding = analyzer.ForFinding(terms);
            var expected = all.Where(t => terms.Contains(t.Term)).ToList();
            Assert.Equal(expected, Tokens(finding, text).Where(t => terms.Contains(t.Term)).ToList());
            compared += expected.Count;
        }
        Assert.True(compared > words.Count, $"only {compared} places compared");
    }

    [Fact]
    public void A_part_whose_first_letter_normalisation_merged_is_still_found()
    {
        using var analyzer = new DanishTextAnalyzer(Lexicons.Curated);
        // "dataanalyse" is normalised to "datånalyse"; its parts are data and analyse.
        Assert.Contains("analys", analyzer.Terms("dataanalyse"));
        var terms = new HashSet<string>(StringComparer.Ordinal) { "analys" };
        using var finding = analyzer.ForFinding(terms);

        Assert.Contains(Tokens(finding, "Vi lærer dataanalyse"), t => t.Term == "analys" && t.Start == 9);
    }

    [Fact]
    public void Words_that_cannot_give_a_term_are_not_split_or_stemmed()
    {
        using var analyzer = new DanishTextAnalyzer(Lexicons.Curated);
        var terms = new HashSet<string>(StringComparer.Ordinal) { "klimatilpasning" };
        using var finding = analyzer.ForFinding(terms);

        var tokens = Tokens(finding, "Budgettet for klimatilpasning og børnehaverne");

        Assert.Contains(tokens, t => t.Term == "klimatilpasning");
        Assert.All(tokens, t => Assert.Equal((14, 29), (t.Start, t.End)));
    }

    /// <summary>Two-part compounds of demo words whose boundary normalisation merges (a+a, a+e, o+e, ...).</summary>
    private static IEnumerable<string> MergedCompounds()
    {
        var long_ = SeedVocabulary.Words.Where(w => w.Length >= DanishDecompounder.MinPartLength + 1).ToList();
        var firsts = long_.Where(w => w[^1] is 'a' or 'o').Take(40).ToList();
        var seconds = long_.Where(w => w[0] is 'a' or 'o' or 'e').Take(40).ToList();
        return firsts.SelectMany(first => seconds.Select(second => first + second));
    }

    private static List<(string Term, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
