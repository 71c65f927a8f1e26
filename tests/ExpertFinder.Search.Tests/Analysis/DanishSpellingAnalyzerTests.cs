using ExpertFinder.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ExpertFinder.Search.Tests.Analysis;

public sealed class DanishSpellingAnalyzerTests
{
    private static List<string> Words(string text)
    {
        using var analyzer = new DanishSpellingAnalyzer();
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream("spell", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }
        stream.End();
        return words;
    }

    [Fact]
    public void Surface_words_are_kept_whole_lower_cased_and_normalised() =>
        Assert.Equal(
            ["hvem", "kender", "til", "læringsnetværkene", "århus", "a1b"],
            Words("Hvem kender til Laeringsnetvaerkene i Aarhus? Ja, 2024 er a1b ok."));

    [Fact]
    public void Stop_words_of_three_letters_or_more_are_kept() =>
        Assert.Equal(["det", "der", "ikke"], Words("det der ikke"));
}
