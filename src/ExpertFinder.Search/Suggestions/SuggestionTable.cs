namespace ExpertFinder.Search.Suggestions;

/// <summary>
/// Autocomplete over competences (and their synonyms), people and networks. Built once from its
/// entries, then immutable, so any number of threads may query it.
/// </summary>
/// <remarks>
/// Every word start of every normalised label and alias is a suffix in one array sorted ordinally,
/// so the suffixes that start with a prefix form a contiguous range found by two binary searches.
/// Each suffix carries a precomputed rank (how it matched, then the entry's order by weight, label
/// length and label) that does not depend on the prefix, so a lookup is O(log n) plus one integer
/// comparison per suffix in the range, keeping the best <c>limit</c> in a small heap. A one-letter
/// prefix over 100k entries scans some tens of thousands of integers, well under a millisecond.
/// </remarks>
public sealed class SuggestionTable
{
    /// <summary>A table with nothing in it.</summary>
    public static readonly SuggestionTable Empty = new([]);

    // How a suffix matched, best first; the rank is MatchClass * entries.Length + entry order.
    private const int LabelStart = 0, AliasStart = 1, LabelWord = 2, AliasWord = 3;

    // Larger result limits than this use the heap for their working storage instead of the stack.
    private const int StackCapacity = 64;

    private readonly SuggestionEntry[] entries;     // ordered by weight desc, label length, label, kind, key
    private readonly byte[] entryKindBits;          // 1 << Kind for each entry, for the kinds filter
    private readonly string[] texts;                // normalised label or alias, with a closing space
    private readonly int[] textAlias;               // -1 for the label, else the alias index
    private readonly int[] suffixText;              // the sorted suffixes: text,
    private readonly int[] suffixOffset;            // offset of the word start in it,
    private readonly int[] suffixRank;              // and its rank

    public SuggestionTable(IEnumerable<SuggestionEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.entries = [.. entries];
        Validate(this.entries);
        SortEntries(this.entries);
        entryKindBits = [.. this.entries.Select(e => (byte)(1 << (int)e.Kind))];

        var textList = new List<string>(this.entries.Length);
        var aliasList = new List<int>(this.entries.Length);
        var suffixes = new List<(int Text, int Offset, int Rank)>(this.entries.Length * 2);
        for (var entry = 0; entry < this.entries.Length; entry++)
        {
            AddTexts(entry, textList, aliasList, suffixes);
        }
        texts = [.. textList];
        textAlias = [.. aliasList];
        suffixText = [.. suffixes.Select(s => s.Text)];
        suffixOffset = [.. suffixes.Select(s => s.Offset)];
        suffixRank = [.. suffixes.Select(s => s.Rank)];
        SuffixSorter.Sort(texts, suffixText, suffixOffset, suffixRank);
    }

    /// <summary>How many entries the table holds.</summary>
    public int Count => entries.Length;

    /// <summary>
    /// Up to <paramref name="limit"/> suggestions whose label or alias starts with the prefix, or has
    /// a word that does; several words match consecutive words, the last one as a prefix. Matching
    /// ignores case and Danish spelling variants (aa = å, ae = æ, oe = ø). Ranked: match at the
    /// start of the label, at the start of an alias, at a word of the label, at a word of an alias;
    /// then by weight (highest first), shorter label, label. One suggestion per entry.
    /// </summary>
    /// <param name="kinds">The kinds wanted; null or empty for all.</param>
    public IReadOnlyList<Suggestion> Find(string prefix, IReadOnlyCollection<SuggestionKind>? kinds, int limit)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (limit <= 0 || entries.Length == 0)
        {
            return [];
        }
        var composed = SuggestText.Composed(prefix);
        var buffer = composed.Length < 256 ? stackalloc char[composed.Length + 1] : new char[composed.Length + 1];
        var normalized = buffer[..SuggestText.NormalizePrefix(composed, buffer, out var openPair)];
        if (normalized.IsEmpty)
        {
            return [];
        }

        var wanted = KindBits(kinds);
        var capacity = Math.Min(limit, entries.Length);
        var best = new BestMatches(capacity <= StackCapacity ? stackalloc int[3 * capacity] : new int[3 * capacity]);
        Scan(normalized, wanted, ref best);
        if (openPair)
        {
            // A trailing lone a or o may be the first half of aa, ae or oe: also match å, æ or ø.
            ReadOnlySpan<char> completions = normalized[^1] == 'a' ? "åæ" : "ø";
            foreach (var completion in completions)
            {
                normalized[^1] = completion;
                Scan(normalized, wanted, ref best);
            }
        }
        return ToSuggestions(best.TakeSorted());
    }

    private void Scan(ReadOnlySpan<char> prefix, int wanted, ref BestMatches best)
    {
        var (from, to) = (LowerBound(prefix, 0), LowerBound(prefix, 1));
        var entryCount = entries.Length;
        for (var i = from; i < to; i++)
        {
            var rank = suffixRank[i];
            if (!best.Admits(rank))
            {
                continue;
            }
            var entry = rank % entryCount;
            if ((entryKindBits[entry] & wanted) != 0)
            {
                best.Offer(rank, entry, suffixText[i]);
            }
        }
    }

    // The first suffix whose start compares to the prefix at least `bound` (0: not below the
    // prefix, the start of the range; 1: above it, the end of the range).
    private int LowerBound(ReadOnlySpan<char> prefix, int bound)
    {
        int low = 0, high = suffixText.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var suffix = texts[suffixText[middle]].AsSpan(suffixOffset[middle]);
            var head = suffix.Length > prefix.Length ? suffix[..prefix.Length] : suffix;
            if (Math.Sign(head.SequenceCompareTo(prefix)) < bound)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private Suggestion[] ToSuggestions((int Entry, int Text)[] matches)
    {
        var suggestions = new Suggestion[matches.Length];
        for (var i = 0; i < matches.Length; i++)
        {
            var (entry, text) = (entries[matches[i].Entry], textAlias[matches[i].Text]);
            suggestions[i] = new Suggestion(entry.Kind, entry.Key, entry.Label, text < 0 ? entry.Label : entry.Aliases[text]);
        }
        return suggestions;
    }

    private static int KindBits(IReadOnlyCollection<SuggestionKind>? kinds)
    {
        if (kinds is null || kinds.Count == 0)
        {
            return 0xFF;
        }
        var bits = 0;
        foreach (var kind in kinds)
        {
            bits |= 1 << (int)kind;
        }
        return bits;
    }

    // The label and each alias whose normalised form differs from those before it, with a suffix
    // for each of its word starts.
    private void AddTexts(int entry, List<string> textList, List<int> aliasList, List<(int Text, int Offset, int Rank)> suffixes)
    {
        var item = entries[entry];
        var firstText = textList.Count;
        for (var alias = -1; alias < item.Aliases.Count; alias++)
        {
            var normalized = SuggestText.NormalizeLabel(alias < 0 ? item.Label : item.Aliases[alias]);
            if (normalized.Length == 0 || textList.IndexOf(normalized, firstText) >= 0)
            {
                continue;
            }
            var text = textList.Count;
            textList.Add(normalized);
            aliasList.Add(alias);
            var aliasClass = alias < 0 ? 0 : 1;
            // The closing space starts no word.
            for (var offset = 0; offset < normalized.Length - 1; offset++)
            {
                if (offset == 0 || normalized[offset - 1] == ' ')
                {
                    var matchClass = (offset == 0 ? LabelStart : LabelWord) + aliasClass;
                    suffixes.Add((text, offset, (matchClass * entries.Length) + entry));
                }
            }
        }
    }

    private static void Validate(SuggestionEntry[] entries)
    {
        // Ranks pack the match class and the entry into one int.
        if (entries.Length > int.MaxValue / (AliasWord + 1))
        {
            throw new ArgumentException("Too many suggestion entries.", nameof(entries));
        }
        var keys = new HashSet<(SuggestionKind, string)>(entries.Length);
        foreach (var entry in entries)
        {
            if (entry is null || entry.Key is null || entry.Label is null || entry.Aliases is null || entry.Aliases.Any(a => a is null))
            {
                throw new ArgumentException("A suggestion entry needs a key, a label and non-null aliases.", nameof(entries));
            }
            if (!Enum.IsDefined(entry.Kind))
            {
                throw new ArgumentException($"Unknown suggestion kind {entry.Kind}.", nameof(entries));
            }
            if (!keys.Add((entry.Kind, entry.Key)))
            {
                throw new ArgumentException($"Duplicate suggestion entry {entry.Kind} '{entry.Key}'.", nameof(entries));
            }
        }
    }

    // The order among equally good matches: popular first, then shorter and alphabetical labels;
    // kind and key only make the order total. Sorted first by weight and label length packed into
    // one number, which needs no look into the entries (a string comparer over 100k entries spends
    // its time on cache misses), then runs of equal numbers by label, kind and key.
    private static void SortEntries(SuggestionEntry[] entries)
    {
        var keys = new ulong[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var heavierFirst = (uint)(int.MaxValue - entries[i].Weight) ^ 0x8000_0000u;
            keys[i] = ((ulong)heavierFirst << 32) | (uint)entries[i].Label.Length;
        }
        Array.Sort(keys, entries);
        for (var run = 0; run < entries.Length;)
        {
            var end = run + 1;
            while (end < entries.Length && keys[end] == keys[run])
            {
                end++;
            }
            if (end - run > 1)
            {
                entries.AsSpan(run, end - run).Sort(static (a, b) =>
                {
                    var order = string.CompareOrdinal(a.Label, b.Label);
                    order = order != 0 ? order : a.Kind.CompareTo(b.Kind);
                    return order != 0 ? order : string.CompareOrdinal(a.Key, b.Key);
                });
            }
            run = end;
        }
    }
}
