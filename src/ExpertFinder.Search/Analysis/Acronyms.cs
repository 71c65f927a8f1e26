using Lucene.Net.Tartarus.Snowball.Ext;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// Words written in capitals (PPR, ESDH, KL, MED): found in the original text, before the analysis chain lower-cases
/// it and the stop-word filter drops "med". Case is what tells the acronym KL from the clock time "kl. 10".
/// </summary>
internal static class Acronyms
{
    /// <summary>Letters in an acronym: "TR" to "ESDH" and a little beyond; longer words in capitals are shouted, not short.</summary>
    public const int MinLetters = 2;
    public const int MaxLetters = 8;

    /// <summary>
    /// Words in capitals side by side (only spaces or hyphens between them) are a heading or shouting rather than
    /// acronyms when there are this many of them, or when one of them is too long to be an acronym: "REFERAT AF MØDET".
    /// </summary>
    private const int ShoutedWords = 3;

    [ThreadStatic]
    private static DanishStemmer? stemmer;

    /// <summary>
    /// The acronyms of a text in order, each as where its letters start and end and where its word ends (an
    /// apostrophe tail such as "KL's" belongs to the word; a hyphenated one such as "MED-udvalg" does not).
    /// </summary>
    public static List<AcronymRun> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<AcronymRun>();
        var stretch = new List<AcronymRun>();
        var shouted = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var letters = 0;
            var lower = false;
            var firstIsUpper = char.IsUpper(text[i]);
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (char.IsLetter(text[i]))
                {
                    letters++;
                    lower |= !char.IsUpper(text[i]);
                }
                i++;
            }
            var end = i;
            var wordEnd = ApostropheTail(text, end);
            var capitals = letters > 0 && !lower;
            if (!capitals)
            {
                Close(found, stretch, shouted);
                shouted = false;
                i = wordEnd;
                continue;
            }
            // A word in capitals continues the stretch when only spaces or hyphens separate it from the one before.
            if (stretch.Count > 0 && !OnlySpacesOrHyphens(text, stretch[^1].WordEnd, start))
            {
                Close(found, stretch, shouted);
                shouted = false;
            }
            shouted |= letters > MaxLetters;
            var run = new AcronymRun(start, end, wordEnd);
            stretch.Add(run with { Start = firstIsUpper && letters >= MinLetters && letters <= MaxLetters ? start : -1 });
            i = wordEnd;
        }
        Close(found, stretch, shouted);
        return found;
    }

    /// <summary>The term an acronym is indexed and searched as: lower-cased, normalised and stemmed as the analysis chain would.</summary>
    public static string Term(ReadOnlySpan<char> acronym) => DanishStemming.Stem(Normalised(acronym), stemmer ??= new DanishStemmer());

    /// <summary>
    /// A word as the chain sees it before stemming (<see cref="DanishLexicon.Normalize"/>), without a token stream for the
    /// words that normalisation leaves as they are.
    /// </summary>
    public static string Normalised(ReadOnlySpan<char> word)
    {
        Span<char> lowered = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var surrogates = false;
        for (var i = 0; i < word.Length; i++)
        {
            surrogates |= char.IsSurrogate(word[i]);
            lowered[i] = surrogates ? word[i] : InvariantLowerCaseFilter.ToLower(word[i]);
        }
        return surrogates || NeedsNormalising(lowered) ? DanishLexicon.Normalize(word.ToString()) : lowered.ToString();
    }

    /// <summary>Whether the run of letters and digits is written as an acronym: 2 to 8 letters, all capitals, the first character a capital.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> run)
    {
        if (run.IsEmpty || !char.IsUpper(run[0]))
        {
            return false;
        }
        var letters = 0;
        foreach (var c in run)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
            else if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return letters is >= MinLetters and <= MaxLetters;
    }

    /// <summary>The runs of letters and digits of a text, in order.</summary>
    public static IEnumerable<string> Words(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            yield return text[start..i];
        }
    }

    private static void Close(List<AcronymRun> found, List<AcronymRun> stretch, bool shouted)
    {
        if (!shouted && stretch.Count < ShoutedWords)
        {
            found.AddRange(stretch.Where(r => r.Start >= 0));
        }
        stretch.Clear();
    }

    /// <summary>"KL's", "PPR'en": an apostrophe and letters after a word belong to it (as the tokenizer keeps them together).</summary>
    private static int ApostropheTail(string text, int end)
    {
        if (end + 1 < text.Length && text[end] is '\'' or '’' && char.IsLetter(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }
        }
        return end;
    }

    private static bool OnlySpacesOrHyphens(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '-' or '\u00a0'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Scandinavian normalisation only changes æ/ä, ø/ö and the pairs aa, ao, ae, oe, oo: most acronyms have none.</summary>
    private static bool NeedsNormalising(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is 'ä' or 'ö' or 'æ' or 'ø' || (i + 1 < word.Length && c is 'a' or 'o' && word[i + 1] is 'a' or 'o' or 'e'))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>An acronym in a text: its letters are [<paramref name="Start"/>, <paramref name="End"/>), its word ends at <paramref name="WordEnd"/>.</summary>
internal readonly record struct AcronymRun(int Start, int End, int WordEnd)
{
    public string Letters(string text) => text[Start..End];
}
