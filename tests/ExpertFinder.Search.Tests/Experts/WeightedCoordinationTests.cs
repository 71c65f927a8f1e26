using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>In a long query the rare, topic-bearing words lead: coordination counts what the matched words weigh.</summary>
public sealed class WeightedCoordinationTests
{
    private static readonly DateOnly Date = new(2025, 1, 1);

    [Fact]
    public void A_hit_on_the_rare_words_of_a_task_description_beats_one_on_its_common_words()
    {
        // Everyday notes make six words of the task common (each in three notes of ten); one note is about its topic.
        string[] common = ["plan", "måned", "kalender", "uge", "budget", "kantine"];
        var noise = Enumerable.Range(0, 200).Select(i => (object)DocumentOn($"n{i}",
            "Referat. " + string.Join(' ', common.Where((_, j) => (i + j) % 10 < 3)) + ".", Date, [$"writer{i % 40}"]));
        using var index = new TempIndex().With([
            Person("expert"), Person("planner"), .. Enumerable.Range(0, 40).Select(i => (object)Person($"writer{i}")),
            DocumentOn("d1", "Introduktion af nyuddannede pædagoger.", Date, ["expert"]),
            DocumentOn("d2", "Plan for måned, kalender, uge, budget og kantine.", Date, ["planner"]),
            .. noise]);

        Assert.Equal("expert", index.Search("plan for måned kalender uge budget kantine for nyuddannede pædagoger")[0]);
    }

    [Fact]
    public void Coordination_by_weight_is_plain_coordination_when_the_words_weigh_the_same()
    {
        var query = new WeightedCoordinationQuery(2f, 0.5f);
        query.Add(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("f", "a")), 3f);
        query.Add(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("f", "b")), 3f);

        Assert.Equal(0.25f, query.Coord(3f, 1), 5);
        Assert.Equal(1f, query.Coord(6f, 2), 5);
    }

    [Fact]
    public void Half_by_weight_a_rare_word_alone_counts_between_its_number_and_its_weight()
    {
        var query = new WeightedCoordinationQuery(1f, 0.5f);
        query.Add(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("f", "rare")), 3f);
        query.Add(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("f", "common")), 1f);

        // By count 1/2, by weight 3/4: half of each.
        Assert.Equal(0.625f, query.Coord(3f, 1), 5);
    }
}
