using System.Text;

namespace ExpertFinder.Search.Evidence;

/// <summary>Replacing parts of a text (names a reader may not see, say) without disturbing the rest.</summary>
public static class TextWithholding
{
    /// <summary>The ranges within a text of <paramref name="length"/> characters, sorted, with overlapping or touching ones joined.</summary>
    public static List<TextRange> Merge(IEnumerable<TextRange> spans, int length)
    {
        var merged = new List<TextRange>();
        foreach (var span in spans.Where(s => s.Length > 0 && s.Start >= 0 && s.End <= length).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { Length = Math.Max(last.End, span.End) - last.Start };
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }

    /// <summary><paramref name="text"/> with each of the sorted, disjoint <paramref name="merged"/> ranges replaced.</summary>
    public static string Replace(string text, IReadOnlyList<TextRange> merged, string replacement)
    {
        if (merged.Count == 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var span in merged)
        {
            result.Append(text, at, span.Start - at).Append(replacement);
            at = span.End;
        }
        return result.Append(text, at, text.Length - at).ToString();
    }
}
