using ExpertFinder.Search.Evaluation;

namespace ExpertFinder.Search.Tests.Evaluation;

/// <summary>Values computed by hand: gain 2^grade − 1, discount log2(rank + 1).</summary>
public sealed class RankingMetricsTests
{
    private static readonly Dictionary<string, int> Judgments = new() { ["a"] = 3, ["b"] = 2, ["c"] = 1 };

    [Fact]
    public void Ndcg_discounts_by_rank_and_normalises_by_the_ideal_order_of_the_judgments()
    {
        // DCG = 1/log2(2) + 0 + 7/log2(4) + 3/log2(5) = 1 + 3.5 + 1.29203 = 5.79203
        // ideal = 7/log2(2) + 3/log2(3) + 1/log2(4) = 7 + 1.89279 + 0.5 = 9.39279
        Assert.Equal(0.616646, RankingMetrics.NdcgAt(["c", "x", "a", "b"], Judgments, 10), 6);
    }

    [Fact]
    public void Ndcg_at_k_looks_only_at_the_first_k_results_and_the_best_k_judgments()
    {
        // DCG@2 = 1 + 0; ideal@2 = 7 + 3/log2(3) = 8.89279
        Assert.Equal(0.112451, RankingMetrics.NdcgAt(["c", "x", "a", "b"], Judgments, 2), 6);
    }

    [Fact]
    public void The_ideal_ranking_scores_one_and_an_empty_or_irrelevant_list_zero()
    {
        Assert.Equal(1.0, RankingMetrics.NdcgAt(["a", "b", "c", "x"], Judgments, 10), 10);
        Assert.Equal(0.0, RankingMetrics.NdcgAt([], Judgments, 10));
        Assert.Equal(0.0, RankingMetrics.NdcgAt(["x", "y"], Judgments, 10));
    }

    [Fact]
    public void A_repeated_person_gains_nothing_the_second_time()
    {
        // [a, a, b]: 7 + 0 + 3/log2(4) = 8.5; ideal 9.39279
        Assert.Equal(0.904950, RankingMetrics.NdcgAt(["a", "a", "b"], Judgments, 10), 6);
        Assert.Equal(0.2, RankingMetrics.PrecisionAt(["a", "a", "a"], Judgments, 5), 10);
    }

    [Fact]
    public void Reciprocal_rank_counts_the_first_person_graded_two_or_more()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRank(["c", "x", "a", "b"], Judgments), 10);
        Assert.Equal(1.0, RankingMetrics.ReciprocalRank(["b"], Judgments), 10);
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank(["c", "x"], Judgments));
    }

    [Fact]
    public void Precision_divides_by_k_and_recall_by_everyone_judged_relevant()
    {
        Assert.Equal(0.4, RankingMetrics.PrecisionAt(["c", "x", "a", "b"], Judgments, 5), 10);
        Assert.Equal(0.2, RankingMetrics.PrecisionAt(["a"], Judgments, 5), 10);
        Assert.Equal(1.0, RankingMetrics.RecallAt(["c", "x", "a", "b"], Judgments, 10), 10);
        Assert.Equal(0.5, RankingMetrics.RecallAt(["c", "x", "a", "b"], Judgments, 3), 10);
    }

    [Fact]
    public void Nothing_judged_relevant_scores_zero_rather_than_dividing_by_zero()
    {
        var none = new Dictionary<string, int> { ["c"] = 1 };
        Assert.Equal(0.0, RankingMetrics.RecallAt(["c"], none, 10));
        Assert.Equal(1.0, RankingMetrics.NdcgAt(["c"], none, 10), 10);
        Assert.Equal(0.0, RankingMetrics.NdcgAt(["x"], new Dictionary<string, int>(), 10));
    }

    [Fact]
    public void A_cut_off_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingMetrics.NdcgAt(["a"], Judgments, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingMetrics.PrecisionAt(["a"], Judgments, 0));
    }
}
