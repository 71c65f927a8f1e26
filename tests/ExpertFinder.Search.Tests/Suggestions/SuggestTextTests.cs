using ExpertFinder.Search.Suggestions;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Tests.Suggestions;

public sealed class SuggestTextTests
{
    [Theory]
    [InlineData("Aarhus")]
    [InlineData("laeringsnetvaerk")]
    [InlineData("Koebenhavn")]
    [InlineData("blåbärsyltetöj")]
    [InlineData("blaabaarsyltetoej")]
    [InlineData("raeksmoergaas")]
    [InlineData("ræksmörgaos")]
    [InlineData("KOORDINERING")]
    [InlineData("aaa")]
    [InlineData("aae")]
    [InlineData("aea")]
    [InlineData("ooe")]
    [InlineData("AeØÅaO")]
    public void Normalisation_agrees_with_the_Lucene_filter_the_index_uses(string word) =>
        Assert.Equal(LuceneNormalized(word) + " ", SuggestText.NormalizeLabel(word));

    [Theory]
    [InlineData("Bech-Hansen, Lotte", "bech hansen lotte ")]
    [InlineData("  C# / .NET  ", "c net ")]
    [InlineData("Å", "å ")]
    [InlineData("a\u030Arhus", "århus ")]
    [InlineData("--", "")]
    public void Separators_become_single_spaces(string label, string expected) =>
        Assert.Equal(expected, SuggestText.NormalizeLabel(label));

    [Theory]
    [InlineData("lotte ", "lotte ", false)]
    [InlineData("Ka", "ka", true)]
    [InlineData("Kaa", "kå", false)]
    [InlineData("bo", "bo", true)]
    [InlineData("bo-", "bo ", false)]
    [InlineData("Ae", "æ", false)]
    public void Prefixes_keep_a_completed_word_and_tell_an_open_pair(string prefix, string expected, bool open)
    {
        var buffer = new char[prefix.Length + 1];
        var length = SuggestText.NormalizePrefix(prefix, buffer, out var openPair);

        Assert.Equal(expected, new string(buffer, 0, length));
        Assert.Equal(open, openPair);
    }

    private static string LuceneNormalized(string word)
    {
        using var tokenizer = new KeywordTokenizer(new StringReader(word));
        using var stream = new ScandinavianNormalizationFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        Assert.True(stream.IncrementToken());
        var result = term.ToString();
        stream.End();
        return result;
    }
}
