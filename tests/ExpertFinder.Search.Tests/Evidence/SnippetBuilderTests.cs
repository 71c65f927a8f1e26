using System.Diagnostics;
using System.Text;
using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Evidence;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Tests.Evidence;

public sealed class SnippetBuilderTests(ITestOutputHelper output)
{
    private static readonly Analyzer Simple = new SimpleAnalyzer(LuceneVersion.LUCENE_48);
    private static readonly DanishTextAnalyzer Danish = new();

    private static HashSet<string> Terms(params string[] terms) => new(terms, StringComparer.Ordinal);

    private static string[] Highlighted(Snippet snippet) =>
        [.. snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length))];

    [Fact]
    public void A_short_text_is_returned_whole_with_its_matches_highlighted()
    {
        var snippet = SnippetBuilder.Build(Simple, "text", "Budget og økonomi, budget igen.", Terms("budget"));

        Assert.Equal("Budget og økonomi, budget igen.", snippet.Text);
        Assert.Equal([new TextRange(0, 6), new TextRange(19, 6)], snippet.Highlights);
    }

    [Fact]
    public void Danish_analysis_highlights_inflected_and_normalised_forms()
    {
        var terms = Danish.Terms("videndelingen tværs Aarhus").ToHashSet(StringComparer.Ordinal);

        var snippet = SnippetBuilder.Build(Danish, "text", "Vi talte om videndeling på tværs af afdelinger i Århus.", terms);

        Assert.Equal(["videndeling", "tværs", "Århus"], Highlighted(snippet));
    }

    [Fact]
    public void A_long_text_is_cut_at_word_boundaries_around_the_match_with_ellipses()
    {
        var filler = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"ord{i}"));
        var text = $"{filler} her står sundhedsfremme midt i teksten {filler}";

        var snippet = SnippetBuilder.Build(Simple, "text", text, Terms("sundhedsfremme"), maxLength: 80);

        Assert.True(snippet.Text.Length <= 80, snippet.Text);
        Assert.StartsWith("…ord", snippet.Text);
        Assert.EndsWith("…", snippet.Text);
        Assert.Equal(["sundhedsfremme"], Highlighted(snippet));
        // Whole words only: the body is a run of complete words of the original.
        var body = snippet.Text[1..^1];
        Assert.Contains($" {body} ", $" {text} ", StringComparison.Ordinal);
    }

    [Fact]
    public void The_window_with_the_most_distinct_terms_wins_over_more_hits_of_one_term()
    {
        var filler = string.Join(' ', Enumerable.Repeat("fyld", 60));
        var text = $"kost kost kost kost {filler} kost og motion {filler}";

        var snippet = SnippetBuilder.Build(Simple, "text", text, Terms("kost", "motion"), maxLength: 60);

        Assert.Equal(["kost", "motion"], Highlighted(snippet));
    }

    [Fact]
    public void With_equal_distinct_terms_more_hits_win_then_the_earliest()
    {
        var filler = string.Join(' ', Enumerable.Repeat("fyld", 60));
        var text = $"alfa {filler} beta alfa {filler} alfa alfa alfa {filler} alfa alfa alfa";

        var snippet = SnippetBuilder.Build(Simple, "text", text, Terms("alfa"), maxLength: 60);

        Assert.Equal(["alfa", "alfa", "alfa"], Highlighted(snippet));
        Assert.Contains("fyld alfa alfa alfa fyld", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_and_newlines_collapse_and_highlight_offsets_follow()
    {
        var snippet = SnippetBuilder.Build(Simple, "text", "  Referat\r\n\r\n\tmøde   om\n budget  ", Terms("møde", "budget"));

        Assert.Equal("Referat møde om budget", snippet.Text);
        Assert.Equal(["møde", "budget"], Highlighted(snippet));
    }

    [Fact]
    public void Without_a_match_the_start_of_the_text_is_returned_up_to_a_word_boundary()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"ord{i}"));

        var snippet = SnippetBuilder.Build(Simple, "text", text, Terms("intet"), maxLength: 30);

        Assert.Empty(snippet.Highlights);
        Assert.Equal("ord0 ord1 ord2 ord3 ord4 ord5…", snippet.Text);
    }

    [Fact]
    public void Compound_parts_at_the_same_offsets_merge_into_one_highlight()
    {
        var snippet = SnippetBuilder.Build(new CompoundAnalyzer(), "text", "Om videndeling og læring", Terms("viden", "deling", "læring"));

        Assert.Equal(["videndeling", "læring"], Highlighted(snippet));
    }

    [Fact]
    public void Only_the_first_64k_characters_are_analysed()
    {
        var filler = new StringBuilder();
        while (filler.Length < SnippetBuilder.MaxAnalyzedChars)
        {
            filler.Append("fyld ");
        }
        var text = $"{filler}budget";

        var snippet = SnippetBuilder.Build(Simple, "text", text, Terms("budget"), maxLength: 40);

        Assert.Empty(snippet.Highlights);
        Assert.StartsWith("fyld fyld", snippet.Text);
    }

    [Fact]
    public void A_megabyte_text_is_snipped_quickly()
    {
        var rng = new Random(7);
        string[] words = ["kommunen", "borgere", "indsats", "og", "i", "af", "møde", "plan", "sundhed", "ældre", "skole", "økonomi"];
        var text = new StringBuilder(1 << 20);
        while (text.Length < 1 << 20)
        {
            text.Append(words[rng.Next(words.Length)]).Append(rng.Next(12) == 0 ? "\n\n" : " ");
        }
        text.Insert(40_000, " videndeling på tværs ");
        var document = text.ToString();
        var terms = Danish.Terms("videndeling tværs").ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < 100; i++)
        {
            // Warm up, so the figure is the steady state and not the JIT.
            SnippetBuilder.Build(Danish, "text", document, terms);
        }
        const int rounds = 50;
        var clock = Stopwatch.StartNew();
        Snippet? snippet = null;
        for (var i = 0; i < rounds; i++)
        {
            snippet = SnippetBuilder.Build(Danish, "text", document, terms);
        }
        clock.Stop();

        output.WriteLine($"snippet of a {document.Length:N0}-char text: {clock.Elapsed.TotalMilliseconds / rounds:F3} ms");
        Assert.NotNull(snippet);
        Assert.Equal(["videndeling", "tværs"], Highlighted(snippet));
        Assert.True(snippet.Text.Length <= 220);
    }

    [Fact]
    public void Random_texts_keep_the_invariants()
    {
        var rng = new Random(11);
        string[] words = ["alfa", "beta", "gamma", "delta", "x", "lang-sammensætning", "ø", "\n", "  "];
        var terms = Terms("alfa", "gamma", "ø");
        for (var round = 0; round < 500; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, rng.Next(0, 120)).Select(_ => words[rng.Next(words.Length)]));
            // At least the longest word, so no highlight has to be clipped.
            var maxLength = rng.Next(20, 120);

            var snippet = SnippetBuilder.Build(Simple, "text", text, terms, maxLength);

            Assert.True(snippet.Text.Length <= maxLength, $"{maxLength}: {snippet.Text}");
            Assert.DoesNotContain("  ", snippet.Text, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', snippet.Text);
            Assert.Equal(terms.Overlaps(text.Split(' ', '\n')), snippet.Highlights.Count > 0);
            var previousEnd = -1;
            foreach (var highlight in snippet.Highlights)
            {
                Assert.True(highlight.Start > previousEnd && highlight.Length > 0 && highlight.End <= snippet.Text.Length);
                Assert.Contains(snippet.Text.Substring(highlight.Start, highlight.Length), terms);
                previousEnd = highlight.End;
            }
        }
    }

    [Fact]
    public void Tiny_lengths_are_still_respected()
    {
        for (var maxLength = 3; maxLength < 12; maxLength++)
        {
            var snippet = SnippetBuilder.Build(Simple, "text", "en meget lang sætning om sammenlægning af alfabetiske lister", Terms("sammenlægning"), maxLength);

            Assert.True(snippet.Text.Length <= maxLength, $"{maxLength}: {snippet.Text}");
            Assert.All(snippet.Highlights, h => Assert.True(h.Start >= 0 && h.End <= snippet.Text.Length));
        }
    }

    [Fact]
    public void Html_escapes_the_text_and_marks_the_highlights()
    {
        var snippet = new Snippet("a <b> & \"c\" d'e", [new TextRange(2, 3), new TextRange(14, 1)]);

        Assert.Equal("a <mark>&lt;b&gt;</mark> &amp; &quot;c&quot; d&#39;<mark>e</mark>", snippet.ToHtml());
    }

    [Fact]
    public void Html_keeps_Danish_letters_as_they_are() =>
        Assert.Equal("<mark>Århus</mark> ø", new Snippet("Århus ø", [new TextRange(0, 5)]).ToHtml());

    // Emits the parts of "videndeling" at increment 0 with the compound's offsets, like a decompounder.
    private sealed class CompoundAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new LowerCaseTokenizer(LuceneVersion.LUCENE_48, reader);
            var parts = new CharArraySet(LuceneVersion.LUCENE_48, ["viden", "deling"], ignoreCase: false);
            return new TokenStreamComponents(source, new DictionaryCompoundWordTokenFilter(LuceneVersion.LUCENE_48, source, parts));
        }
    }
}
