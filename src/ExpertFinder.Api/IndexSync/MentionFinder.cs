using System.Buffers;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// Finds the people a text names by their full name ("Deltagere: Mette Lund, Karen Østergaard"): a weak association
/// that ranking credits far less than authorship. Names shared by two people are ambiguous and never matched.
/// One pass over the text's words (runs of letters, joined by single hyphens or apostrophes), looking up runs of two
/// to four lower-cased words. Built once for a whole rebuild and used by every indexing thread: <see cref="Find"/>
/// only reads the name tables and allocates nothing per word.
/// </summary>
internal sealed class MentionFinder
{
    private const int MaxNameWords = 4;
    private readonly Dictionary<string, string?> keyByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> keyByNameSpan;
    private readonly HashSet<string> firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWordSpans;

    public MentionFinder(IEnumerable<KeyValuePair<string, string>> people)
    {
        foreach (var (key, name) in people)
        {
            var words = Words(name);
            if (!CanBeFound(words))
            {
                continue;
            }
            var normalised = string.Join(' ', words);
            keyByName[normalised] = keyByName.ContainsKey(normalised) ? null : key;
            firstWords.Add(words[0]);
        }
        keyByNameSpan = keyByName.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWordSpans = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether a text can name someone by this name: only full names of two to four words are looked for.</summary>
    public static bool CanBeFound(string name) => CanBeFound(Words(name));

    private static bool CanBeFound(List<string> words) => words.Count is >= 2 and <= MaxNameWords;

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        for (var at = 0; NextWord(name, at, out var start, out var length); at = start + length)
        {
            words.Add(name.Substring(start, length).ToLowerInvariant());
        }
        return words;
    }

    /// <summary>The keys of the people the text names, each once, in the order they are first named.</summary>
    public List<string> Find(string text)
    {
        var found = new List<string>();
        Scan(text, (_, _, key) =>
        {
            if (!found.Contains(key))
            {
                found.Add(key);
            }
        });
        return found;
    }

    /// <summary>Every place the text names someone: where the name starts, how long it is as written, and whose it is.</summary>
    public List<(int Start, int Length, string Key)> FindOccurrences(string text)
    {
        var found = new List<(int, int, string)>();
        Scan(text, (start, length, key) => found.Add((start, length, key)));
        return found;
    }

    /// <summary>Calls <paramref name="named"/> for each run of two to four words that is someone's unambiguous full name, longest first at each word.</summary>
    private void Scan(string text, Action<int, int, string> named)
    {
        if (keyByName.Count == 0 || text.Length == 0)
        {
            return;
        }
        // Words are found in the text as written; lower-casing is per character, so the whole text lowered at once
        // holds each word lowered at the same place.
        var lowered = ArrayPool<char>.Shared.Rent(text.Length);
        var words = ArrayPool<int>.Shared.Rent(2 * ((text.Length / 2) + 1));
        var candidate = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var letters = lowered.AsSpan(0, text.Length);
            text.AsSpan().ToLowerInvariant(letters);
            var count = 0;
            for (var at = 0; NextWord(text, at, out var start, out var length); at = start + length)
            {
                words[2 * count] = start;
                words[(2 * count) + 1] = length;
                count++;
            }
            for (var first = 0; first < count; first++)
            {
                if (!firstWordSpans.Contains(letters.Slice(words[2 * first], words[(2 * first) + 1])))
                {
                    continue;
                }
                for (var length = Math.Min(MaxNameWords, count - first); length >= 2; length--)
                {
                    if (keyByNameSpan.TryGetValue(Joined(letters, words, first, length, candidate), out var key) && key is not null)
                    {
                        var last = first + length - 1;
                        var begin = words[2 * first];
                        named(begin, words[2 * last] + words[(2 * last) + 1] - begin, key);
                        break;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(candidate);
            ArrayPool<int>.Shared.Return(words);
            ArrayPool<char>.Shared.Return(lowered);
        }
    }

    /// <summary>Words <paramref name="first"/> to <paramref name="first"/> + <paramref name="length"/> - 1 joined by single spaces.</summary>
    private static ReadOnlySpan<char> Joined(ReadOnlySpan<char> letters, int[] words, int first, int length, char[] into)
    {
        var written = 0;
        for (var w = first; w < first + length; w++)
        {
            if (w > first)
            {
                into[written++] = ' ';
            }
            letters.Slice(words[2 * w], words[(2 * w) + 1]).CopyTo(into.AsSpan(written));
            written += words[(2 * w) + 1];
        }
        return into.AsSpan(0, written);
    }

    /// <summary>
    /// The next word at or after <paramref name="from"/>: letters (Unicode category L), optionally joined by a hyphen
    /// or an apostrophe to more letters ("Hans-Henrik", "O'Brien"); false when there is none.
    /// </summary>
    internal static bool NextWord(ReadOnlySpan<char> text, int from, out int start, out int length)
    {
        var i = from;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }
        start = i;
        if (i == text.Length)
        {
            length = 0;
            return false;
        }
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        while (i + 1 < text.Length && text[i] is '-' or '\'' && char.IsLetter(text[i + 1]))
        {
            i += 2;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
        }
        length = i - start;
        return true;
    }
}
