using ExpertFinder.Search.Analysis;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// Corrects a long compound the index has never seen in any form by correcting its parts: "hjerneskadereabilitering"
/// is hjerneskade + rehabilitering (one edit in the second part), and the search then finds the parts where the text
/// writes them apart. The word is cut at each place into a head and a tail; each side is taken as typed when it is a
/// lexicon word (the head with a linking s or e, the tail with an inflection ending), else as its one-edit variants
/// that are: at most one edit per side, two in all. A repair counts only when the index knows it (its stem or every
/// part), so an unknown word that merely splits into dictionary words is left alone.
/// </summary>
/// <remarks>
/// The cost is a fixed number of lexicon look-ups per cut (about 60 per letter of the side that varies) and, for the
/// few best repairs, the term seeks of their parts: no dictionary scan, and bounded per query by
/// <see cref="SpellingOptions.MaxRepairedWords"/>.
/// </remarks>
internal sealed class CompoundRepair(DanishTextAnalyzer analyzer, SpellingOptions options)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzæøå";

    private readonly DanishLexicon lexicon = analyzer.Lexicon;

    public List<SpellingCandidate> Find(TermStates terms, string surface, SpellingWork work)
    {
        const int minPart = DanishDecompounder.MinPartLength;
        if (surface.Length < Math.Max(options.TwoEditsFrom, 2 * minPart) || surface.Length > DanishDecompounder.MaxWordLength || !surface.All(char.IsLetter))
        {
            return [];
        }
        // One edit first (one side as typed, the other varied), two (both varied) only when no one-edit repair is known.
        var cuts = Enumerable.Range(minPart, surface.Length - (2 * minPart) + 1).Select(cut => new Cut(surface, cut, this, work)).ToList();
        var oneEdit = Known(terms, cuts.SelectMany(c => c.Repairs(oneSideVaried: true)), work);
        return oneEdit.Count > 0 ? oneEdit : Known(terms, cuts.SelectMany(c => c.Repairs(oneSideVaried: false)), work);
    }

    /// <summary>The repairs the index knows, the most balanced cuts checked first (a longer shortest part is a likelier word).</summary>
    private List<SpellingCandidate> Known(TermStates terms, IEnumerable<(string Word, int Edits, int Balance)> repairs, SpellingWork work)
    {
        var found = new Dictionary<string, SpellingCandidate>(StringComparer.Ordinal);
        foreach (var (word, edits, _) in repairs.OrderByDescending(r => r.Balance).DistinctBy(r => r.Word).Take(options.MaxRepairsChecked))
        {
            work.RepairsChecked++;
            if (analyzer.AnalyzeQuery(word) is [var analysed] && (KnownWords.InAnyField(terms, analysed.Stem) || KnownWords.PartsKnown(terms, analysed)))
            {
                var frequency = KnownWords.InAnyField(terms, analysed.Stem)
                    ? KnownWords.Frequency(terms, analysed.Stem)
                    : analysed.PartStems.Min(part => KnownWords.Frequency(terms, part));
                found.TryAdd(word, new SpellingCandidate(word, analysed, edits, frequency, SpellingTerm: null));
            }
        }
        return SpellingCandidates.Best(found.Values, options.CandidatesPerWord);
    }

    /// <summary>One place to cut the word: each side as typed when the lexicon has it, else (worked out once, when asked) its variants.</summary>
    private sealed class Cut(string surface, int at, CompoundRepair repair, SpellingWork work)
    {
        private readonly string head = surface[..at];
        private readonly string tail = surface[at..];
        private readonly int balance = Math.Min(at, surface.Length - at);
        private bool? headTyped;
        private bool? tailTyped;
        private List<(string Text, int Edits)>? heads;
        private List<(string Text, int Edits)>? tails;

        private bool HeadTyped => headTyped ??= Look(repair.IsHead, head);

        private bool TailTyped => tailTyped ??= Look(repair.IsTail, tail);

        /// <summary>With <paramref name="oneSideVaried"/>, one side as typed and the other one edit off; else both one edit off.</summary>
        public IEnumerable<(string Word, int Edits, int Balance)> Repairs(bool oneSideVaried)
        {
            if (oneSideVaried)
            {
                if (HeadTyped && !TailTyped)
                {
                    foreach (var (text, _) in tails ??= Variants(tail, repair.IsTail, work))
                    {
                        yield return (head + text, 1, balance);
                    }
                }
                if (TailTyped && !HeadTyped)
                {
                    foreach (var (text, _) in heads ??= Variants(head, repair.IsHead, work))
                    {
                        yield return (text + tail, 1, balance);
                    }
                }
                yield break;
            }
            if (HeadTyped || TailTyped)
            {
                yield break;
            }
            heads ??= Variants(head, repair.IsHead, work);
            if (heads.Count == 0)
            {
                yield break;
            }
            foreach (var (headText, _) in heads)
            {
                foreach (var (tailText, _) in tails ??= Variants(tail, repair.IsTail, work))
                {
                    yield return (headText + tailText, 2, balance);
                }
            }
        }

        private bool Look(Func<ReadOnlySpan<char>, bool> isWord, string side)
        {
            work.LexiconLookups++;
            return isWord(side);
        }
    }

    /// <summary>The one-edit variants of a side that the lexicon has.</summary>
    private static List<(string Text, int Edits)> Variants(string side, Func<ReadOnlySpan<char>, bool> isWord, SpellingWork work)
    {
        var found = new List<(string Text, int Edits)>();
        Span<char> variant = stackalloc char[side.Length + 1];
        void Check(ReadOnlySpan<char> candidate)
        {
            work.LexiconLookups++;
            if (isWord(candidate))
            {
                found.Add((candidate.ToString(), 1));
            }
        }
        for (var i = 0; i < side.Length; i++)
        {
            // Deletion of letter i.
            side.AsSpan(0, i).CopyTo(variant);
            side.AsSpan(i + 1).CopyTo(variant[i..]);
            Check(variant[..(side.Length - 1)]);
            // Transposition of letters i and i + 1.
            if (i + 1 < side.Length && side[i] != side[i + 1])
            {
                side.AsSpan().CopyTo(variant);
                (variant[i], variant[i + 1]) = (variant[i + 1], variant[i]);
                Check(variant[..side.Length]);
            }
            // Substitution of letter i.
            side.AsSpan().CopyTo(variant);
            foreach (var letter in Alphabet)
            {
                if (letter != side[i])
                {
                    variant[i] = letter;
                    Check(variant[..side.Length]);
                }
            }
        }
        // Insertion before letter i (and at the end).
        for (var i = 0; i <= side.Length; i++)
        {
            side.AsSpan(0, i).CopyTo(variant);
            side.AsSpan(i).CopyTo(variant[(i + 1)..]);
            foreach (var letter in Alphabet)
            {
                variant[i] = letter;
                Check(variant[..(side.Length + 1)]);
            }
        }
        return found.DistinctBy(f => f.Text).ToList();
    }

    /// <summary>A lexicon word that may begin a compound, with or without a linking s or e.</summary>
    private bool IsHead(ReadOnlySpan<char> head) =>
        head.Length >= DanishDecompounder.MinPartLength
        && (lexicon.Contains(head) || (head.Length > DanishDecompounder.MinPartLength && head[^1] is 's' or 'e' && lexicon.Contains(head[..^1])));

    /// <summary>A lexicon word, as is or with an inflection ending.</summary>
    private bool IsTail(ReadOnlySpan<char> tail)
    {
        if (tail.Length < DanishDecompounder.MinPartLength)
        {
            return false;
        }
        if (lexicon.Contains(tail))
        {
            return true;
        }
        foreach (var ending in DanishDecompounder.Endings)
        {
            if (tail.Length - ending.Length >= DanishDecompounder.MinPartLength && tail.EndsWith(ending, StringComparison.Ordinal) && lexicon.Contains(tail[..^ending.Length]))
            {
                return true;
            }
        }
        return false;
    }
}
