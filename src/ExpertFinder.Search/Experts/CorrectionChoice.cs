namespace ExpertFinder.Search.Experts;

/// <summary>
/// Chooses the corrections of a query's words together. Each corrected word has a few candidates as close as its
/// closest ("demnes" is one edit from both "dennes" and "demens"); of their combinations the one whose words are used
/// together in the index wins (the entries using each pair of nearby words, summed), then the one with fewer edits,
/// then the more frequent words. A common word that merely looks like the typo rarely shares entries with the rest
/// of the query; the word meant usually does.
/// </summary>
internal static class CorrectionChoice
{
    /// <summary>
    /// <paramref name="candidates"/>[i] is null for a word kept as typed, else its candidates, best first;
    /// <paramref name="typed"/>[i] the spelling term of a word kept as typed (null when it has none). The result holds
    /// the chosen candidate of each corrected word.
    /// </summary>
    public static SpellingCandidate?[] Choose(IReadOnlyList<List<SpellingCandidate>?> candidates, IReadOnlyList<string?> typed, Cooccurrence cooccurrence, SpellingOptions options, SpellingWork work)
    {
        var lists = candidates.Select(c => c?.ToList()).ToArray();
        // Fewer combinations than the bound: the least frequent candidates of the word with the most go first.
        while (Combinations(lists) > options.MaxCombinations)
        {
            var widest = lists.Select((list, i) => (Count: list?.Count ?? 0, i)).MaxBy(w => w.Count).i;
            lists[widest]!.RemoveAt(lists[widest]!.Count - 1);
        }
        var ambiguous = Enumerable.Range(0, lists.Length).Where(i => lists[i] is { Count: > 1 }).ToList();
        var chosen = lists.Select(list => list?[0]).ToArray();
        if (ambiguous.Count == 0)
        {
            return chosen;
        }

        // The pairs whose co-occurrence can differ between combinations: an ambiguous word and a word near it.
        var pairs = new List<(int, int)>();
        for (var i = 0; i < lists.Length; i++)
        {
            for (var j = i + 1; j < lists.Length && j - i <= options.ContextWindow; j++)
            {
                if (lists[i] is { Count: > 1 } || lists[j] is { Count: > 1 })
                {
                    pairs.Add((i, j));
                }
            }
        }

        var picks = new int[lists.Length];
        var best = ((int Together, int Edits, double Frequency, int[] Picks)?)null;
        do
        {
            work.Combinations++;
            string? Term(int i) => lists[i] is { } list ? list[picks[i]].SpellingTerm : typed[i];
            var together = 0;
            foreach (var (i, j) in pairs)
            {
                if (Term(i) is { } first && Term(j) is { } second)
                {
                    together += cooccurrence.Count(first, second);
                }
            }
            var picked = ambiguous.Select(i => lists[i]![picks[i]]).ToList();
            var edits = picked.Sum(c => c.Edits);
            var frequency = picked.Sum(c => Math.Log(1 + c.Frequency));
            if (best is not { } top || together > top.Together || (together == top.Together && (edits < top.Edits || (edits == top.Edits && frequency > top.Frequency))))
            {
                best = (together, edits, frequency, (int[])picks.Clone());
            }
        }
        while (Next(picks, ambiguous, lists));

        foreach (var i in ambiguous)
        {
            chosen[i] = lists[i]![best!.Value.Picks[i]];
        }
        return chosen;
    }

    private static long Combinations(List<SpellingCandidate>?[] lists) =>
        lists.Aggregate(1L, (product, list) => Math.Min(product * Math.Max(1, list?.Count ?? 1), int.MaxValue));

    /// <summary>Advances the picks of the ambiguous words like an odometer; false after the last combination.</summary>
    private static bool Next(int[] picks, List<int> ambiguous, List<SpellingCandidate>?[] lists)
    {
        foreach (var i in ambiguous)
        {
            if (++picks[i] < lists[i]!.Count)
            {
                return true;
            }
            picks[i] = 0;
        }
        return false;
    }
}
