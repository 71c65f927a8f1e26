namespace ExpertFinder.Search.Analysis;

/// <summary>
/// Finds abbreviations a text defines, "long form (SHORT)" and "SHORT (long form)", by the rule of Schwartz and Hearst
/// (2003): the short form's letters are matched right to left against the words before the parenthesis (or inside it),
/// the first letter at the start of a word, and the long form runs from that word to the parenthesis, at most
/// min(|SF| + 5, 2·|SF|) words. Danish writes its long forms as compounds ("elektronisk sags- og
/// dokumenthåndtering (ESDH)"), so a letter that starts a compound part counts like one that starts a word: of the
/// matches the rule allows, the one with most letters at starts of words or parts wins, then the shortest.
/// </summary>
internal sealed class AbbreviationMatcher(DanishDecompounder decompounder)
{
    /// <summary>Longer parentheses hold remarks, not abbreviations or long forms.</summary>
    private const int MaxInside = 150;

    /// <summary>A long form is a name: longer text is a sentence the rule happened to match (and would make an overlong term).</summary>
    private const int MaxLongChars = 200;

    /// <summary>
    /// How far before a parenthesis a long form or a short form is looked for, in characters: the rule's words are
    /// counted within it, so that a text of one endless word costs no more than one of ordinary words.
    /// </summary>
    private const int MaxLookBehind = 2 * MaxLongChars;

    private const int NoMatch = int.MinValue;

    public List<AbbreviationPair> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pairs = new List<AbbreviationPair>();
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOfAny(['(', ')'], open + 1);
            if (close < 0 || text[close] != ')' || close - open - 1 > MaxInside)
            {
                continue;
            }
            var inside = text[(open + 1)..close].Trim();
            var pair = Acronyms.IsAcronym(inside) ? LongFormBefore(text, open, inside) : ShortFormBefore(text, open, inside);
            if (pair is not null)
            {
                pairs.Add(pair);
            }
        }
        return pairs;
    }

    /// <summary>The most words a long form of <paramref name="shortForm"/> may have.</summary>
    public static int MaxWords(string shortForm)
    {
        var length = shortForm.Count(char.IsLetterOrDigit);
        return Math.Min(length + 5, 2 * length);
    }

    /// <summary>"pædagogisk psykologisk rådgivning (PPR)": the long form among the words before the parenthesis, in the same sentence.</summary>
    private AbbreviationPair? LongFormBefore(string text, int open, string shortForm)
    {
        var maxWords = MaxWords(shortForm);
        var start = open;
        var words = 0;
        for (var i = open - 1; i >= 0 && words < maxWords && open - i <= MaxLookBehind; i--)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or ';' or ':' or '\n' or '\r' or '(' or ')' or '[' or ']' or '"')
            {
                break;
            }
            if (char.IsLetterOrDigit(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                words++;
                start = i;
            }
        }
        var candidate = text[start..open].TrimEnd();
        var from = Match(shortForm, candidate, mustStartAt: null);
        return from < 0 ? null : Pair(shortForm, candidate[from..]);
    }

    /// <summary>"PPR (pædagogisk psykologisk rådgivning)", "MED-udvalg (medarbejderindflydelse)": the parenthesis is the long form, all of it.</summary>
    private AbbreviationPair? ShortFormBefore(string text, int open, string inside)
    {
        var end = open;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && end - start < MaxLookBehind)
        {
            start--;
        }
        if (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            return null;
        }
        var runEnd = start;
        while (runEnd < end && char.IsLetterOrDigit(text[runEnd]))
        {
            runEnd++;
        }
        var tailAllowed = runEnd == end || text[runEnd] is '-' or '\'' or '’';
        if (runEnd == start || !tailAllowed || !Acronyms.IsAcronym(text.AsSpan(start, runEnd - start)))
        {
            return null;
        }
        var shortForm = text[start..runEnd];
        if (CountWords(inside) > MaxWords(shortForm))
        {
            return null;
        }
        var first = 0;
        while (first < inside.Length && !char.IsLetterOrDigit(inside[first]))
        {
            first++;
        }
        return first < inside.Length && Match(shortForm, inside, mustStartAt: first) == first ? Pair(shortForm, inside) : null;
    }

    private static AbbreviationPair? Pair(string shortForm, string longForm)
    {
        var written = string.Join(' ', longForm.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(',', '-', '–', '/');
        // The long form must be written out (not another acronym), say more than the short form, and not hold it in any
        // case: "KL (kl. 10)" is a clock time.
        if (written.Length <= shortForm.Length || written.Length > MaxLongChars || !written.Any(char.IsLower)
            || Acronyms.Words(written).Any(w => w.Equals(shortForm, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        return new AbbreviationPair(shortForm, written);
    }

    /// <summary>
    /// Where in <paramref name="candidate"/> the long form of <paramref name="shortForm"/> starts, or -1. Every letter
    /// and digit of the short form is matched, in order and right to left, to a character of the candidate; the first
    /// at the start of a word. Of all such matches the one with most characters at starts of words or compound parts
    /// wins, then the one that starts latest (the shortest long form). By dynamic programming over (letter, position):
    /// linear in both, where trying every match would not be.
    /// </summary>
    internal int Match(string shortForm, string candidate, int? mustStartAt)
    {
        var letters = shortForm.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        if (letters.Length == 0 || candidate.Length == 0)
        {
            return -1;
        }
        var initials = Initials(candidate);
        var length = candidate.Length;
        // bestFrom[p]: the best score of the letters after the current one, matched at positions >= p.
        var bestFrom = new int[length + 1];
        var here = new int[length + 1];
        for (var i = letters.Length - 1; i >= 0; i--)
        {
            here[length] = NoMatch;
            var chosen = -1;
            var chosenScore = NoMatch;
            for (var p = length - 1; p >= 0; p--)
            {
                var score = NoMatch;
                var rest = i == letters.Length - 1 ? 0 : bestFrom[p + 1];
                if (rest != NoMatch && char.ToLowerInvariant(candidate[p]) == letters[i] && (i > 0 || initials[p] == Initial.Word))
                {
                    score = rest + (initials[p] == Initial.None ? 0 : 1);
                }
                if (i == 0 && score > chosenScore && (mustStartAt is null || mustStartAt == p))
                {
                    chosen = p;
                    chosenScore = score;
                }
                here[p] = Math.Max(score, here[p + 1]);
            }
            if (i == 0)
            {
                return chosen;
            }
            (bestFrom, here) = (here, bestFrom);
        }
        return -1;
    }

    /// <summary>For each character: whether it starts a word, a compound part (from the decompounder), or neither.</summary>
    private Initial[] Initials(string candidate)
    {
        var initials = new Initial[candidate.Length];
        for (var i = 0; i < candidate.Length;)
        {
            if (!char.IsLetterOrDigit(candidate[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < candidate.Length && char.IsLetterOrDigit(candidate[i]))
            {
                i++;
            }
            initials[start] = Initial.Word;
            if (i - start < DanishDecompounder.MinWordLength || i - start > DanishDecompounder.MaxWordLength)
            {
                continue;
            }
            var word = Acronyms.Normalised(candidate.AsSpan(start, i - start));
            // Normalisation may shorten a word ("aa" to "å"); then its parts' positions are not the text's.
            if (word.Length != i - start || decompounder.AllParts(word) is not { } parts)
            {
                continue;
            }
            foreach (var part in parts)
            {
                var at = word.IndexOf(part, StringComparison.Ordinal);
                if (at > 0)
                {
                    initials[start + at] = Initial.Part;
                }
            }
        }
        return initials;
    }

    private static int CountWords(string text)
    {
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                words++;
            }
        }
        return words;
    }

    private enum Initial : byte
    {
        None,
        Part,
        Word,
    }
}

/// <summary>A short form and the long form a text gives for it, both as written.</summary>
internal sealed record AbbreviationPair(string Short, string Long);
