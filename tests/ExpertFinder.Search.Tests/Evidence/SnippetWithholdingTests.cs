using ExpertFinder.Search.Evidence;

namespace ExpertFinder.Search.Tests.Evidence;

public sealed class SnippetWithholdingTests
{
    private const string Withheld = "(navn udeladt)";

    [Fact]
    public void A_span_is_replaced_and_the_highlights_after_it_move_with_the_text()
    {
        const string text = "Vævning med Bent Holm om kvantevævning";
        var snippet = new Snippet(text, [new TextRange(0, 7), new TextRange(text.IndexOf("kvante", StringComparison.Ordinal), 13)]);

        var withheld = snippet.Withhold([new TextRange(12, "Bent Holm".Length)], Withheld);

        Assert.Equal("Vævning med (navn udeladt) om kvantevævning", withheld.Text);
        Assert.Equal(["Vævning", "kvantevævning"], withheld.Highlights.Select(h => withheld.Text.Substring(h.Start, h.Length)));
        Assert.Equal("<mark>Vævning</mark> med (navn udeladt) om <mark>kvantevævning</mark>", withheld.ToHtml());
    }

    [Fact]
    public void A_highlight_inside_a_withheld_name_goes_with_it()
    {
        const string text = "Tak til Carl Quistorff og Alma Quistorff";
        var snippet = new Snippet(text, [new TextRange(text.IndexOf("Quistorff", StringComparison.Ordinal), 9), new TextRange(text.LastIndexOf("Quistorff", StringComparison.Ordinal), 9)]);

        var withheld = snippet.Withhold([new TextRange(8, "Carl Quistorff".Length)], Withheld);

        Assert.Equal("Tak til (navn udeladt) og Alma Quistorff", withheld.Text);
        Assert.Equal(["Quistorff"], withheld.Highlights.Select(h => withheld.Text.Substring(h.Start, h.Length)));
        Assert.DoesNotContain("Carl", withheld.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_and_unordered_spans_are_joined_and_spans_outside_the_text_ignored()
    {
        var merged = TextWithholding.Merge([new TextRange(10, 5), new TextRange(2, 4), new TextRange(12, 6), new TextRange(40, 3), new TextRange(5, 1)], 30);

        Assert.Equal([new TextRange(2, 4), new TextRange(10, 8)], merged);
        Assert.Equal("ab##cdefgh##jkl", TextWithholding.Replace("abXXXXcdefghYYYYYYYYjkl", [new TextRange(2, 4), new TextRange(12, 8)], "##"));
    }

    [Fact]
    public void Nothing_to_withhold_leaves_the_snippet_as_it_was()
    {
        var snippet = new Snippet("Ingen navne her", [new TextRange(0, 5)]);

        Assert.Same(snippet, snippet.Withhold([], Withheld));
    }
}
