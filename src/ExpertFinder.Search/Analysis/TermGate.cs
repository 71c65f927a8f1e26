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
            foreach (var first in AsWritten(word[0], MergedAsFirst))
            {
                foreach (var last in word.Length == 1 ? [first] : AsWritten(word[^1], MergedAsLast))
                {
                    needles.Add(word.Length == 1 ? first.ToString() : first + word[1..^1] + last);
                }
            }
        }
        return new TermGate(needles.Count == 0 ? null : SearchValues.Create([.. needles], StringComparison.Ordinal));
    }

    public bool MayGiveATerm(ReadOnlySpan<char> word) => needles is not null && word.IndexOfAny(needles) >= 0;

    /// <summary>A letter as written, and the letters normalisation may have merged it into with its neighbour.</summary>
    private static IEnumerable<char> AsWritten(char letter, Func<char, IEnumerable<char>> merged) => merged(letter).Prepend(letter);

    /// <summary>The merged letters whose pair ends with <paramref name="letter"/>: a later part's first letter.</summary>
    private static IEnumerable<char> MergedAsFirst(char letter) =>
        Merges.Where(m => m.Pair[1] == letter).Select(m => m.Merged).Distinct();

    /// <summary>The merged letters whose pair starts with <paramref name="letter"/>: an earlier part's last letter.</summary>
    private static IEnumerable<char> MergedAsLast(char letter) =>
        Merges.Where(m => m.Pair[0] == letter).Select(m => m.Merged).Distinct();

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
