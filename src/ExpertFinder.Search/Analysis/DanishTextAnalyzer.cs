using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// The Danish analysis chain used for every text field, at index and at query time:
/// StandardTokenizer, lower-casing, Scandinavian normalisation, Danish stop words, compound parts
/// (<see cref="CompoundPartsFilter"/>), curated stem overrides and the Danish Snowball stemmer.
/// Normalization (not folding) makes Aarhus = Århus and "laeringsnetvaerk" = "læringsnetværk"
/// without merging distinct Danish words such as får and far.
/// </summary>
public sealed class DanishTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Bumped whenever the chain changes (filters, decompounding rules, stem overrides), so that an index built by
    /// an older chain is rebuilt. The lexicon's words are covered by <see cref="DanishLexicon.Fingerprint"/>.
    /// </summary>
    public const string ChainVersion = "da-3";

    private readonly DanishDecompounder decompounder;
    private readonly SurfaceAnalyzer surfaces;

    /// <summary>The chain with the machine's default lexicon (<see cref="DanishLexicon.Default"/>).</summary>
    public DanishTextAnalyzer()
        : this(DanishLexicon.Default)
    {
    }

    public DanishTextAnalyzer(DanishLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        decompounder = new DanishDecompounder(lexicon);
        surfaces = new SurfaceAnalyzer(decompounder);
    }

    /// <summary>The words compounds are split into.</summary>
    public DanishLexicon Lexicon { get; }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => Chain(reader, decompounder, gate: null);

    /// <summary>
    /// The chain for finding where some of its terms occur in a text (snippets): every token that can give one of
    /// <paramref name="terms"/> gives the same terms at the same offsets as in <see cref="Terms"/>; the others are
    /// dropped before compound splitting and stemming, which are most of the chain's cost (<see cref="TermGate"/>).
    /// Disposed by the caller.
    /// </summary>
    public Analyzer ForFinding(IReadOnlySet<string> terms) => new FindingAnalyzer(decompounder, TermGate.For(terms));

    private static TokenStreamComponents Chain(TextReader reader, DanishDecompounder decompounder, TermGate? gate)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = Unstemmed(source, decompounder, gate);
        stream = new StemmerOverrideFilter(stream, DanishStemming.Map);
        stream = new SnowballFilter(stream, new DanishStemmer());
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>The chain up to stemming: normalised words and, after each compound, its parts.</summary>
    private static CompoundPartsFilter Unstemmed(Tokenizer source, DanishDecompounder decompounder, TermGate? gate = null)
    {
        TokenStream stream = new InvariantLowerCaseFilter(source);
        stream = new ScandinavianNormalizationFilter(stream);
        if (gate is not null)
        {
            stream = new TermGate.Filter(stream, gate);
        }
        stream = new StopFilter(Version, stream, DanishAnalyzer.DefaultStopSet);
        return new CompoundPartsFilter(stream, decompounder);
    }

    /// <summary>The analysed terms of a text, in order, duplicates kept; a compound's part stems follow its own.</summary>
    public IReadOnlyList<string> Terms(string text, string field = "text")
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }

    /// <summary>
    /// The words of a query, stop words dropped: each with its normalised unstemmed surface form (for spelling
    /// suggestions), its stem, and the stems of its compound parts (empty when it is not a compound). The stems
    /// are the terms <see cref="Terms"/> gives for the same text.
    /// </summary>
    public IReadOnlyList<QueryWord> AnalyzeQuery(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<QueryWord>();
        var stemmer = new DanishStemmer();
        string? surface = null;
        var parts = new List<string>();
        void Flush()
        {
            if (surface is not null)
            {
                words.Add(new QueryWord(surface, DanishStemming.Stem(surface, stemmer), parts.Count == 0 ? [] : [.. parts]));
            }
            parts.Clear();
        }

        using var stream = surfaces.GetTokenStream("query", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (type.Type == CompoundPartsFilter.PartType)
            {
                parts.Add(DanishStemming.Stem(term.ToString(), stemmer));
            }
            else
            {
                Flush();
                surface = term.ToString();
            }
        }
        stream.End();
        Flush();
        return words;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            surfaces.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>The whole chain with a <see cref="TermGate"/> after normalisation (<see cref="ForFinding"/>).</summary>
    private sealed class FindingAnalyzer(DanishDecompounder decompounder, TermGate gate) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => Chain(reader, decompounder, gate);
    }

    /// <summary>The chain without its stemming step, for the surface forms of query words.</summary>
    private sealed class SurfaceAnalyzer(DanishDecompounder decompounder) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(source, Unstemmed(source, decompounder));
        }
    }
}

/// <summary>
/// One word of a query: <paramref name="Surface"/> is its lower-cased, normalised, unstemmed form,
/// <paramref name="Stem"/> its stem, and <paramref name="PartStems"/> the stems of its compound parts
/// (empty when it is not a compound).
/// </summary>
public sealed record QueryWord(string Surface, string Stem, IReadOnlyList<string> PartStems);
