using System.Text;
using ExpertFinder.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ExpertFinder.Search.Tests.Analysis;

/// <summary>
/// The analysis chain was made faster without changing what it indexes: these tests run it beside the chain as it was
/// built before (Lucene's own <c>LowerCaseFilter</c>, and compound parts made by capturing and restoring the whole
/// word's state) and require the same tokens, attribute by attribute.
/// </summary>
public sealed class ChainEquivalenceTests
{
    private static readonly DanishLexicon Lexicon = DanishLexicon.Default;

    [Fact]
    public void The_text_chain_gives_what_the_reference_chain_gives() =>
        AssertSameTokens(new DanishTextAnalyzer(Lexicon), new ReferenceTextAnalyzer(new DanishDecompounder(Lexicon)));

    [Fact]
    public void The_spelling_chain_gives_what_the_reference_chain_gives() =>
        AssertSameTokens(new DanishSpellingAnalyzer(), new ReferenceSpellingAnalyzer());

    [Fact]
    public void Lower_casing_from_the_table_equals_the_culture_lowering_every_character_in_context()
    {
        var all = new StringBuilder();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            if (!char.IsSurrogate((char)i))
            {
                all.Append((char)i);
            }
        }
        var text = all.ToString();
        var expected = text.ToLowerInvariant();
        var actual = string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = InvariantLowerCaseFilter.ToLower(source[i]);
            }
        });

        Assert.Equal(expected, actual);
        Assert.NotEqual(text, actual);
    }

    private static void AssertSameTokens(Analyzer actual, Analyzer reference)
    {
        var compared = 0;
        foreach (var text in Texts())
        {
            var expected = Tokens(reference, text);
            Assert.Equal(expected, Tokens(actual, text));
            // Twice: components are reused per thread, and nothing may leak from one text into the next.
            Assert.Equal(expected, Tokens(actual, text));
            compared += expected.Count;
        }
        Assert.True(compared > 10_000, $"only {compared} tokens compared");
    }

    /// <summary>The demo data's words as written (case, inflections, compounds), in sentences, and unusual Unicode.</summary>
    private static IEnumerable<string> Texts()
    {
        yield return "İSTANBUL ΣΟΦΊΑ ΟΔΟΣ 𝐀𝐁𝐂 𐐀𐐨 Ǆemal ǅ ß ẞ Ωmega ﬁnans ÆBLESKIVER Øresund Ålborg AARHUS Laeringsnetvaerk";
        yield return "SKOLESUNDHEDSPLEJERSKERNE Sundhedsfremme-Indsatsen, Videndelingen: DATAANALYSE og dataanalysen (2024) - x";
        yield return new string('a', 300) + " ordet " + new string('b', 256) + " Vejvedligeholdelse";
        // Stop words last: their positions count in the final increment.
        yield return "Og det er det, OG DET ER 42 42a det og af";
        // Every letter pair the normalisation merges, overlapping, in both cases and at word ends.
        yield return "aaa aao aoe AaOo AAAA aE Ae oeoe OoO ooo äÄöÖ äae Koordinator KOORDINATOR Aalborg aa oo a o ao";
        var random = new Random(11);
        var words = SeedVocabulary.Words;
        for (var t = 0; t < 60; t++)
        {
            var text = new StringBuilder();
            for (var i = 0; i < 300; i++)
            {
                var word = words[random.Next(words.Count)];
                text.Append(random.Next(6) switch
                {
                    0 => word.ToUpperInvariant(),
                    1 => char.ToUpperInvariant(word[0]) + word[1..],
                    2 => word + "erne",
                    3 => word + words[random.Next(words.Count)],
                    _ => word,
                });
                text.Append(random.Next(10) == 0 ? ". " : " ");
            }
            yield return text.ToString();
        }
    }

    private static List<(string Term, int Increment, string Type, int Start, int End, bool Keyword)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, string, int, int, bool)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement, type.Type, offset.StartOffset, offset.EndOffset, keyword.IsKeyword));
        }
        stream.End();
        tokens.Add(("<end>", increment.PositionIncrement, "", offset.StartOffset, offset.EndOffset, false));
        return tokens;
    }

    private sealed class ReferenceTextAnalyzer(DanishDecompounder decompounder) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(DanishTextAnalyzer.Version, reader);
            TokenStream stream = new LowerCaseFilter(DanishTextAnalyzer.Version, source);
            stream = new ScandinavianNormalizationFilter(stream);
            stream = new StopFilter(DanishTextAnalyzer.Version, stream, DanishAnalyzer.DefaultStopSet);
            stream = new StatefulCompoundPartsFilter(stream, decompounder);
            stream = new StemmerOverrideFilter(stream, DanishStemming.Map);
            stream = new SnowballFilter(stream, new DanishStemmer());
            return new TokenStreamComponents(source, stream);
        }
    }

    private sealed class ReferenceSpellingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(DanishTextAnalyzer.Version, reader);
            TokenStream stream = new LowerCaseFilter(DanishTextAnalyzer.Version, source);
            stream = new ScandinavianNormalizationFilter(stream);
            stream = new LengthAndLetterFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    private sealed class LengthAndLetterFilter(TokenStream input) : Lucene.Net.Analysis.Util.FilteringTokenFilter(DanishTextAnalyzer.Version, input)
    {
        private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();

        protected override bool Accept() =>
            term.Length >= DanishSpellingAnalyzer.MinWordLength && term.ToString().Any(char.IsLetter);
    }

    /// <summary>The compound filter as it was: each part restores the whole word's captured state.</summary>
    private sealed class StatefulCompoundPartsFilter : TokenFilter
    {
        private readonly DanishDecompounder decompounder;
        private readonly ICharTermAttribute term;
        private readonly IPositionIncrementAttribute position;
        private readonly ITypeAttribute type;
        private readonly IKeywordAttribute keyword;
        private string[]? parts;
        private int next;
        private State? whole;

        public StatefulCompoundPartsFilter(TokenStream input, DanishDecompounder decompounder)
            : base(input)
        {
            this.decompounder = decompounder;
            term = AddAttribute<ICharTermAttribute>();
            position = AddAttribute<IPositionIncrementAttribute>();
            type = AddAttribute<ITypeAttribute>();
            keyword = AddAttribute<IKeywordAttribute>();
        }

        public override bool IncrementToken()
        {
            if (parts is not null)
            {
                RestoreState(whole);
                term.SetEmpty().Append(parts[next]);
                position.PositionIncrement = 0;
                type.Type = CompoundPartsFilter.PartType;
                if (++next == parts.Length)
                {
                    parts = null;
                    whole = null;
                }
                return true;
            }
            if (!m_input.IncrementToken())
            {
                return false;
            }
            if (!keyword.IsKeyword && term.Length >= DanishDecompounder.MinWordLength)
            {
                var split = decompounder.AllParts(term.Buffer.AsSpan(0, term.Length));
                if (split is not null)
                {
                    parts = split;
                    next = 0;
                    whole = CaptureState();
                }
            }
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            parts = null;
            whole = null;
            next = 0;
        }
    }
}
