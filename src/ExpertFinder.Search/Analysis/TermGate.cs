using System.Buffers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// Which normalised words can give one of a set of analysed terms, decided without splitting or stemming them. Every
/// term the chain makes of a word is a stem (a prefix: the Danish stemmer only removes letters from the end) or a
/// curated stem override, of the word itself or of one of its compound parts, and a part is a piece of the word. The
/// one exception is a part boundary where normalisation merged two letters into one ("data" + "analyse" is written
/// "datånalyse"): there a part's first or last letter stands merged. So a word can give a term only when it contains
/// the term, or a word whose override is the term, with the first and last letters as written or merged.
/// </summary>
internal sealed class TermGate
{
    private readonly SearchValues<string>? needles;

    private TermGate(SearchValues<string>? needles) => this.needles = needles;

    public static TermGate For(IReadOnlySet<string> terms)
    {
        var words = new HashSet<string>(terms.Where(t => t.Length > 0), StringComparer.Ordinal);
        foreach (var (word, stem) in DanishStemming.Overrides)
        {
            if (terms.Contains(stem))
            {
                words.Add(word);
            }
        }
        var needles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var first in AsWritten(word[0], pairIndex: 1))
            {
                if (word.Length == 1)
                {
                    needles.Add(first.ToString());
                    continue;
                }
                foreach (var last in AsWritten(word[^1], pairIndex: 0))
                {
                    needles.Add(first + word[1..^1] + last);
                }
            }
        }
        return new TermGate(needles.Count == 0 ? null : SearchValues.Create([.. needles], StringComparison.Ordinal));
    }

    public bool MayGiveATerm(ReadOnlySpan<char> word) => needles is not null && word.IndexOfAny(needles) >= 0;

    /// <summary>
    /// A letter as written, and the letters normalisation may have merged it into: as the second of a pair
    /// (<paramref name="pairIndex"/> 1, a later part's first letter) or as the first (0, an earlier part's last letter).
    /// </summary>
    private static IEnumerable<char> AsWritten(char letter, int pairIndex) =>
        Merges.Where(m => m.Pair[pairIndex] == letter).Select(m => m.Merged).Distinct().Prepend(letter);

    /// <summary>The letter pairs normalisation merges, as the decompounder undoes them.</summary>
    private static readonly (char Merged, string Pair)[] Merges =
        [.. "åæø".SelectMany(merged => DanishDecompounder.Unmerged(merged).Select(pair => (merged, pair)))];

    /// <summary>Drops the tokens that cannot give a term, before the costly rest of the chain.</summary>
    internal sealed class Filter : FilteringTokenFilter
    {
        private readonly TermGate gate;
        private readonly ICharTermAttribute term;

        public Filter(TokenStream input, TermGate gate)
            : base(DanishTextAnalyzer.Version, input)
        {
            this.gate = gate;
            term = AddAttribute<ICharTermAttribute>();
        }

        protected override bool Accept() => gate.MayGiveATerm(term.Buffer.AsSpan(0, term.Length));
    }
}
