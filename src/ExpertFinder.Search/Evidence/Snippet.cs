using System.Text;

namespace ExpertFinder.Search.Evidence;

/// <summary>
/// A short excerpt of a text with the places that matched a query. Highlights are offsets into
/// <see cref="Text"/>, sorted and non-overlapping, so a client can render them without HTML.
/// </summary>
public sealed record Snippet(string Text, IReadOnlyList<TextRange> Highlights)
{
    /// <summary>The snippet with no text and no highlights.</summary>
    public static readonly Snippet Empty = new(string.Empty, []);

    /// <summary>
    /// The snippet with each of <paramref name="spans"/> (ranges of <see cref="Text"/>, in any order, overlapping or not)
    /// replaced by <paramref name="replacement"/>: highlights after a span move with the text, highlights that touch one go.
    /// </summary>
    public Snippet Withhold(IEnumerable<TextRange> spans, string replacement)
    {
        var merged = TextWithholding.Merge(spans, Text.Length);
        if (merged.Count == 0)
        {
            return this;
        }
        var text = TextWithholding.Replace(Text, merged, replacement);
        var highlights = new List<TextRange>(Highlights.Count);
        var shift = 0;
        var next = 0;
        foreach (var range in Highlights)
        {
            while (next < merged.Count && merged[next].End <= range.Start)
            {
                shift += replacement.Length - merged[next].Length;
                next++;
            }
            if (next < merged.Count && merged[next].Start < range.End)
            {
                continue;
            }
            highlights.Add(range with { Start = range.Start + shift });
        }
        return new Snippet(text, highlights);
    }

    /// <summary>The text HTML-escaped, with each highlight wrapped in &lt;mark&gt;…&lt;/mark&gt;.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder(Text.Length + (Highlights.Count * 13) + 16);
        var at = 0;
        foreach (var range in Highlights)
        {
            AppendEscaped(html, Text.AsSpan(at, range.Start - at));
            html.Append("<mark>");
            AppendEscaped(html, Text.AsSpan(range.Start, range.Length));
            html.Append("</mark>");
            at = range.End;
        }
        AppendEscaped(html, Text.AsSpan(at));
        return html.ToString();
    }

    // WebUtility.HtmlEncode would also turn æ, ø and å into numeric entities; only the five
    // characters that matter in text and attribute content are escaped here.
    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny("&<>\"'");
            if (special < 0)
            {
                html.Append(text);
                return;
            }
            html.Append(text[..special]);
            html.Append(text[special] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(special + 1)..];
        }
    }
}
