using System.Text.RegularExpressions;

namespace ExpertFinder.Api.Indexing;

/// <summary>
/// Finds the people a text names by their full name ("Deltagere: Mette Lund, Karen Østergaard"): a weak association
/// that ranking credits far less than authorship. Names shared by two people are ambiguous and never matched.
/// One pass over the text's words, looking up runs of two to four words.
/// </summary>
internal sealed partial class MentionFinder
{
    private const int MaxNameWords = 4;
    private readonly Dictionary<string, string?> keyByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> firstWords = new(StringComparer.Ordinal);

    public MentionFinder(IEnumerable<KeyValuePair<string, string>> people)
    {
        foreach (var (key, name) in people)
        {
            var words = Words(name);
            if (words.Count is < 2 or > MaxNameWords)
            {
                continue;
            }
            var normalised = string.Join(' ', words);
            keyByName[normalised] = keyByName.ContainsKey(normalised) ? null : key;
            firstWords.Add(words[0]);
        }
    }

    public List<string> Find(string text)
    {
        var found = new List<string>();
        if (keyByName.Count == 0)
        {
            return found;
        }
        var words = Words(text);
        for (var start = 0; start < words.Count; start++)
        {
            if (!firstWords.Contains(words[start]))
            {
                continue;
            }
            for (var length = Math.Min(MaxNameWords, words.Count - start); length >= 2; length--)
            {
                if (keyByName.TryGetValue(string.Join(' ', words.Skip(start).Take(length)), out var key) && key is not null)
                {
                    if (!found.Contains(key))
                    {
                        found.Add(key);
                    }
                    break;
                }
            }
        }
        return found;
    }

    private static List<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    [GeneratedRegex(@"\p{L}+(?:[-']\p{L}+)*")]
    private static partial Regex Word();
}
