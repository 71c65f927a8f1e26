using ExpertFinder.Search.Analysis;

namespace ExpertFinder.Search.Tests.Analysis;

public sealed class DanishTextAnalyzerTests
{
    private readonly DanishTextAnalyzer analyzer = new();

    [Theory]
    [InlineData("videndeling", "videndelingen")]
    [InlineData("netværk", "netværket")]
    [InlineData("sundhedsplejerske", "sundhedsplejersker")]
    public void Inflected_forms_share_a_stem(string word, string inflected) =>
        Assert.Equal(analyzer.Terms(word), analyzer.Terms(inflected));

    [Theory]
    [InlineData("Aarhus", "Århus")]
    [InlineData("laeringsnetvaerk", "læringsnetværk")]
    [InlineData("Koebenhavn", "København")]
    public void English_keyboard_spellings_normalise_to_Danish_letters(string typed, string danish) =>
        Assert.Equal(analyzer.Terms(danish), analyzer.Terms(typed));

    [Fact]
    public void Normalisation_does_not_fold_distinct_words_together() =>
        Assert.NotEqual(analyzer.Terms("får"), analyzer.Terms("far"));

    [Fact]
    public void Stop_words_are_dropped() =>
        Assert.Equal(analyzer.Terms("videndeling"), analyzer.Terms("og videndeling i det"));
}
