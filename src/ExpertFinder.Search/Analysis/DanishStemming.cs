using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// The stemming step of the chain: the curated overrides (<c>Analysis/stem-overrides.txt</c>, word TAB stem) for
/// domain words the Danish Snowball stemmer gets wrong, then Snowball for everything else.
/// </summary>
internal static class DanishStemming
{
    /// <summary>Override word to stem; keys and values are lower-cased and normalised.</summary>
    public static IReadOnlyDictionary<string, string> Overrides { get; } = ReadOverrides();

    /// <summary>The same overrides as a Lucene map for <see cref="StemmerOverrideFilter"/>; immutable and shareable.</summary>
    public static StemmerOverrideFilter.StemmerOverrideMap Map { get; } = BuildMap();

    /// <summary>What the chain's stemming step makes of one lower-cased, normalised word.</summary>
    public static string Stem(string word, DanishStemmer stemmer)
    {
        if (Overrides.TryGetValue(word, out var stem))
        {
            return stem;
        }
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static Dictionary<string, string> ReadOverrides()
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DanishLexicon.ReadResource("stem-overrides.txt"))
        {
            var fields = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length != 2)
            {
                throw new InvalidOperationException("stem-overrides.txt: expected word<TAB>stem, got: " + line);
            }
            overrides.Add(fields[0], fields[1]);
        }
        return overrides;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildMap()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (word, stem) in Overrides)
        {
            builder.Add(word, stem);
        }
        return builder.Build();
    }
}
