using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// The chain's stemming step, as <c>StemmerOverrideFilter</c> (<see cref="DanishStemming.Map"/>) followed by
/// <c>SnowballFilter</c> (Danish) do it: a keyword is left alone; a word with a curated override gets it and becomes a
/// keyword; any other word gets its Snowball stem. Each word's outcome is memoised in a cache the analyser's threads
/// share (<see cref="WordCache{TValue}"/>): the Danish stemmer's rules, and the strings it builds on the way, cost more
/// than looking up the few thousand words a corpus repeats.
/// </summary>
internal sealed class DanishStemFilter : TokenFilter
{
    private readonly WordCache<Stemmed> stems;
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;
    private readonly DanishStemmer stemmer = new();

    public DanishStemFilter(TokenStream input, WordCache<Stemmed> stems)
        : base(input)
    {
        this.stems = stems;
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (keyword.IsKeyword)
        {
            return true;
        }
        var word = term.Buffer.AsSpan(0, term.Length);
        if (!stems.TryGet(word, out var set, out var stemmed))
        {
            stemmed = Stem(word);
            stems.Add(set, word, stemmed);
        }
        term.SetEmpty().Append(stemmed.Stem);
        keyword.IsKeyword = stemmed.Overridden;
        return true;
    }

    private Stemmed Stem(ReadOnlySpan<char> word)
    {
        if (DanishStemming.OverrideOf(word) is { } stem)
        {
            return new Stemmed(stem, Overridden: true);
        }
        stemmer.SetCurrent(word.ToString());
        stemmer.Stem();
        return new Stemmed(stemmer.Current, Overridden: false);
    }

    /// <summary>A word's stem, and whether it came from the curated overrides (which makes the token a keyword).</summary>
    internal sealed record Stemmed(string Stem, bool Overridden);
}
