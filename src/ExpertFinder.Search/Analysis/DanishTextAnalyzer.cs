using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// The Danish analysis chain used for every text field, at index and at query time.
/// Normalization (not folding) makes Aarhus = Århus and "laeringsnetvaerk" = "læringsnetværk"
/// without merging distinct Danish words such as får and far.
/// </summary>
public sealed class DanishTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Bumped whenever the chain changes, so that an index built by an older chain is rebuilt.</summary>
    public const string ChainVersion = "da-1";

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ScandinavianNormalizationFilter(stream);
        stream = new StopFilter(Version, stream, DanishAnalyzer.DefaultStopSet);
        stream = new SnowballFilter(stream, new DanishStemmer());
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>The analysed terms of a text, in order, duplicates kept.</summary>
    public IReadOnlyList<string> Terms(string text, string field = "text")
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
