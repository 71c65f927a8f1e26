using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// The surface words of a text for spelling suggestions ("did you mean"): StandardTokenizer, lower-casing and
/// Scandinavian normalisation, keeping words of three characters or more that contain a letter. No stop words
/// and no stemming: suggestions are whole words as people write them.
/// </summary>
public sealed class DanishSpellingAnalyzer : Analyzer
{
    /// <summary>Shorter words are not worth suggesting.</summary>
    public const int MinWordLength = 3;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(DanishTextAnalyzer.Version, reader);
        TokenStream stream = new InvariantLowerCaseFilter(source);
        stream = new ScandinavianNormalizationFilter(stream);
        stream = new SpellingWordFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private sealed class SpellingWordFilter : FilteringTokenFilter
    {
        private readonly ICharTermAttribute term;

        public SpellingWordFilter(TokenStream input)
            : base(DanishTextAnalyzer.Version, input)
        {
            term = AddAttribute<ICharTermAttribute>();
        }

        protected override bool Accept()
        {
            if (term.Length < MinWordLength)
            {
                return false;
            }
            foreach (var c in term.Buffer.AsSpan(0, term.Length))
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
