using System.Buffers;
using Lucene.Net.Analysis;

namespace ExpertFinder.Search.Evidence;

/// <summary>
/// Builds a highlighted snippet of a stored text by analysing it again with the field's analyzer,
/// so the highlights agree with what the search matched (stems, normalised spellings, compound
/// parts) without the Lucene highlighter package.
/// </summary>
public static class SnippetBuilder
{
    /// <summary>
    /// Only this many leading characters are analysed. Texts can be a megabyte; analysing all of
    /// it for one snippet would cost tens of milliseconds per hit, and a reader sees the
    /// beginning first anyway. Matches further in are not highlighted.
    /// </summary>
    public const int MaxAnalyzedChars = 64 * 1024;

    private const char Ellipsis = '…';

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\f\v\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");

    /// <summary>
    /// The window of at most <paramref name="maxLength"/> characters (ellipses included) that
    /// covers the most distinct <paramref name="terms"/>, then the most matches, then comes first;
    /// cut at word boundaries with whitespace collapsed to single spaces. Without matches, the
    /// start of the text.
    /// </summary>
    /// <param name="terms">Analysed terms, as the analyzer emits them (compared ordinally).</param>
    public static Snippet Build(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms, int maxLength = 220)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        // Room for an ellipsis on each side and at least one character.
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 3);

        var hits = TermHits.Find(analyzer, field, text, AnalysedLength(text), terms);
        var spots = hits.Spots;
        if (FitsCollapsed(text, maxLength))
        {
            return Render(text, 0, text.Length, spots, maxLength);
        }

        // The text will be cut on at least one side; choose the matches with room for both ellipses.
        var (first, end) = BestWindow(hits, maxLength - 2);
        var matchStart = first < end ? spots[first].Start : 0;
        var matchEnd = first < end ? Math.Min(spots[end - 1].End, matchStart + maxLength - 2) : 0;
        var (from, to) = Frame(text, matchStart, matchEnd, maxLength);
        return Render(text, from, to, spots, maxLength);
    }

    // Stop at whitespace before the bound, so the last analysed word is not a truncated one.
    private static int AnalysedLength(string text)
    {
        if (text.Length <= MaxAnalyzedChars)
        {
            return text.Length;
        }
        var space = text.AsSpan(MaxAnalyzedChars - 256, 256).LastIndexOfAny(Whitespace);
        return space < 0 ? MaxAnalyzedChars : MaxAnalyzedChars - 256 + space;
    }

    // Whether the whole text, whitespace collapsed and trimmed, has at most maxLength characters.
    // Stops counting as soon as it does not, so a long text costs about maxLength steps.
    private static bool FitsCollapsed(string text, int maxLength)
    {
        var count = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = count > 0;
                continue;
            }
            count += pendingSpace ? 2 : 1;
            pendingSpace = false;
            if (count > maxLength)
            {
                return false;
            }
        }
        return true;
    }

    // Sliding window over the spots: the run [first, end) whose extent fits the budget and has the
    // most distinct terms, then the most spots; the earliest such run wins ties.
    private static (int First, int End) BestWindow(TermHits hits, int budget)
    {
        var spots = hits.Spots;
        if (spots.Count == 0)
        {
            return (0, 0);
        }
        var termCounts = ArrayPool<int>.Shared.Rent(hits.TermCount);
        Array.Clear(termCounts, 0, hits.TermCount);
        try
        {
            int distinct = 0, bestFirst = 0, bestEnd = 0, bestDistinct = -1, bestSpots = -1;
            var end = 0;
            for (var first = 0; first < spots.Count; first++)
            {
                // A spot longer than the budget on its own still forms a window (it is clipped later).
                while (end < spots.Count && (end == first || spots[end].End - spots[first].Start <= budget))
                {
                    for (var h = spots[end].FirstHit; h < hits.HitsEnd(end); h++)
                    {
                        distinct += termCounts[hits.TermOfHit(h)]++ == 0 ? 1 : 0;
                    }
                    end++;
                }
                if (distinct > bestDistinct || (distinct == bestDistinct && end - first > bestSpots))
                {
                    (bestFirst, bestEnd, bestDistinct, bestSpots) = (first, end, distinct, end - first);
                }
                for (var h = spots[first].FirstHit; h < hits.HitsEnd(first); h++)
                {
                    distinct -= --termCounts[hits.TermOfHit(h)] == 0 ? 1 : 0;
                }
            }
            return (bestFirst, bestEnd);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(termCounts);
        }
    }

    // Surrounds the matched range with context (a third before, the rest after: reading goes on
    // after the match), then moves both cuts to word boundaries without losing the match. A window
    // that reaches either end of the text needs one ellipsis only and gets that character back.
    private static (int From, int To) Frame(string text, int matchStart, int matchEnd, int maxLength)
    {
        var budget = maxLength - 2;
        var from = Math.Max(0, matchStart - ((budget - (matchEnd - matchStart)) / 3));
        int to;
        if (from == 0)
        {
            to = Math.Min(text.Length, maxLength - 1);
        }
        else if (from + budget >= text.Length)
        {
            to = text.Length;
            from = Math.Min(from, text.Length - (maxLength - 1));
        }
        else
        {
            to = from + budget;
        }

        if (from > 0 && !char.IsWhiteSpace(text[from - 1]) && !char.IsWhiteSpace(text[from]))
        {
            var space = text.AsSpan(from, matchStart - from).IndexOfAny(Whitespace);
            from = space < 0 ? from : from + space;
        }
        if (to < text.Length && !char.IsWhiteSpace(text[to - 1]) && !char.IsWhiteSpace(text[to]))
        {
            var space = text.AsSpan(matchEnd, to - matchEnd).LastIndexOfAny(Whitespace);
            to = space < 0 ? to : matchEnd + space;
        }
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }
        // Never split a surrogate pair when a long unbroken run forced a cut mid-word.
        if (from < to && char.IsLowSurrogate(text[from]))
        {
            from++;
        }
        if (to > from && char.IsHighSurrogate(text[to - 1]))
        {
            to--;
        }
        return (from, to);
    }

    // Copies text[from, to) with whitespace runs collapsed, adds ellipses where cut, and maps the
    // spots inside the window (clipped to it) to offsets in the result. Context around the chosen
    // matches may hold further matches; they are highlighted too.
    private static Snippet Render(string text, int from, int to, IReadOnlyList<TermHits.Spot> spots, int maxLength)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }
        var rented = ArrayPool<char>.Shared.Rent(maxLength);
        try
        {
            var output = rented.AsSpan(0, maxLength);
            var length = 0;
            if (text.AsSpan(0, from).ContainsAnyExcept(Whitespace))
            {
                output[length++] = Ellipsis;
            }
            var spot = FirstEndingAfter(spots, from);
            var highlights = new List<TextRange>();
            var highlightStart = -1;
            var inSpace = false;
            for (var at = from; at <= to; at++)
            {
                // Spot boundaries are recorded before the character at that offset is written.
                while (spot < spots.Count && spots[spot].Start < to)
                {
                    var (start, stop) = (Math.Max(spots[spot].Start, from), Math.Min(spots[spot].End, to));
                    if (stop <= start)
                    {
                        spot++;
                    }
                    else if (highlightStart < 0 && at == start)
                    {
                        highlightStart = length;
                    }
                    else if (highlightStart >= 0 && at == stop)
                    {
                        highlights.Add(new TextRange(highlightStart, length - highlightStart));
                        highlightStart = -1;
                        spot++;
                        continue;
                    }
                    break;
                }
                if (at == to)
                {
                    break;
                }
                var c = text[at];
                if (char.IsWhiteSpace(c))
                {
                    if (!inSpace)
                    {
                        output[length++] = ' ';
                    }
                    inSpace = true;
                    continue;
                }
                inSpace = false;
                output[length++] = c;
            }
            if (text.AsSpan(to).ContainsAnyExcept(Whitespace))
            {
                output[length++] = Ellipsis;
            }
            return new Snippet(new string(output[..length]), highlights);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Binary search for the first spot that ends after the offset.
    private static int FirstEndingAfter(IReadOnlyList<TermHits.Spot> spots, int offset)
    {
        int low = 0, high = spots.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (spots[middle].End <= offset)
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
}
