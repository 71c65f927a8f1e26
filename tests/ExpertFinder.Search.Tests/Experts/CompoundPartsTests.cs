using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>Where a compound's parts are searched: only where they can change what is found at a cost that is bounded.</summary>
public sealed class CompoundPartsTests
{
    private static readonly List<(string Field, float Boost)> Text = [(IndexFields.DocumentText, 1f)];

    [Fact]
    public void A_part_in_more_entries_than_are_read_is_counted_but_not_searched()
    {
        using var index = Corpus();

        var query = Build(index, "sundhedsplejerske", depth: 10);

        Assert.Contains("absent:sund", query);
        Assert.DoesNotContain("doc_text:sund ", query + " ");
        Assert.Contains("doc_text:plejersk", query);
    }

    [Fact]
    public void On_an_index_smaller_than_the_entries_read_every_part_is_searched()
    {
        using var index = Corpus();

        var query = Build(index, "sundhedsplejerske", depth: 1000);

        Assert.Contains("doc_text:sund", query);
        Assert.Contains("doc_text:plejersk", query);
    }

    [Fact]
    public void A_whole_word_found_in_more_entries_than_are_read_needs_no_parts()
    {
        using var index = Corpus(compounds: 20);

        var query = Build(index, "sundhedsplejerske", depth: 10);

        Assert.Contains("doc_text:sundhedsplejersk", query);
        Assert.DoesNotContain("plejersk ", query.Replace("sundhedsplejersk", "", StringComparison.Ordinal) + " ");
    }

    /// <summary>30 documents on health ("sundhed"), two on nurses ("plejerske"), and some with the whole compound.</summary>
    private static TempIndex Corpus(int compounds = 1)
    {
        var entries = new List<object> { Person("anne") };
        entries.AddRange(Enumerable.Range(0, 30).Select(i => Document($"s{i}", "Notat", $"Sundhed for borgere nummer {i}.", "anne")));
        entries.AddRange(Enumerable.Range(0, 2).Select(i => Document($"p{i}", "Notat", "En plejerske fortalte om arbejdet.", "anne")));
        entries.AddRange(Enumerable.Range(0, compounds).Select(i => Document($"c{i}", "Notat", "Vores sundhedsplejerske besøger familier.", "anne")));
        return new TempIndex().With([.. entries]);
    }

    private static string Build(TempIndex index, string text, int depth)
    {
        var planner = new QueryPlanner(index.Index.Analyzer, new RankingOptions());
        return index.Index.WithSearcher(searcher =>
        {
            var terms = new TermStates(searcher);
            var plan = planner.Plan(terms, IndexSnapshot.For(searcher.IndexReader, index.Index.Analyzer), text);
            return planner.Build(plan, Text, terms, depth).ToString();
        });
    }
}
