using ExpertFinder.Search.Evaluation;

namespace ExpertFinder.Search.Tests.Evaluation;

public sealed class EvaluationReportTests
{
    private static readonly JudgedQuery[] Queries =
    [
        new("q1", "demens", "typo", new Dictionary<string, int> { ["a"] = 3, ["b"] = 2 }, "n"),
        new("q2", "GDPR", "loanword", new Dictionary<string, int> { ["z"] = 2 }, "n"),
        new("q3", "onboarding", "loanword", new Dictionary<string, int> { ["a"] = 2 }, "n"),
    ];

    private static EvaluationReport Report() => EvaluationReport.Create(Queries,
    [
        new EngineRun("Good", new Dictionary<string, IReadOnlyList<string>> { ["q1"] = ["a", "b"], ["q2"] = ["y", "z"], ["q3"] = ["a"] }),
        new EngineRun("Bad", new Dictionary<string, IReadOnlyList<string>> { ["q1"] = ["secret", "x"], ["q2"] = ["z"] }),
    ], new HashSet<string> { "secret", "other-secret" });

    [Fact]
    public void Categories_and_the_overall_row_are_means_over_their_queries()
    {
        var report = Report();

        Assert.Equal(["typo", "loanword"], report.Categories.Select(c => c.Category));
        var loanword = report.Categories[1];
        Assert.Equal(2, loanword.Queries);
        // Good: q2 nDCG = (1/log2(3)) / 1 = 0.63093, q3 = 1; RR 0.5 and 1; P@5 0.2 and 0.2; R@10 1 and 1.
        Assert.Equal(0.815465, loanword.Engines[0].Ndcg10, 6);
        Assert.Equal(0.75, loanword.Engines[0].ReciprocalRank, 10);
        Assert.Equal(0.2, loanword.Engines[0].PrecisionAt5, 10);
        Assert.Equal(1.0, loanword.Engines[0].RecallAt10, 10);
        // Bad did not answer q3: it counts as an empty list.
        Assert.Equal(0.5, loanword.Engines[1].Ndcg10, 10);
        Assert.Equal(3, report.Overall.Queries);
        Assert.Equal((1 + 0.630930 + 1) / 3, report.Overall.Engines[0].Ndcg10, 6);
        Assert.Equal(1.0 / 3, report.Overall.Engines[1].ReciprocalRank, 10);
    }

    [Fact]
    public void Hidden_people_in_a_top_ten_are_counted_per_engine()
    {
        var report = Report();

        Assert.Equal([0, 1], report.HiddenCounts);
        Assert.Equal(new HiddenHit("Bad", "q1", "secret", 1), Assert.Single(report.HiddenHits));
    }

    [Fact]
    public void People_a_viewer_may_not_be_shown_are_counted_for_queries_with_a_viewer()
    {
        JudgedQuery[] queries = [Queries[0] with { }, new("c1", "trivsel", "colleague", new Dictionary<string, int> { ["a"] = 3 }, "n") { Viewer = "v" }];
        var report = EvaluationReport.Create(queries,
        [
            new EngineRun("Scoped", new Dictionary<string, IReadOnlyList<string>> { ["q1"] = ["a"], ["c1"] = ["a", "b"] }),
            new EngineRun("Unscoped", new Dictionary<string, IReadOnlyList<string>> { ["q1"] = ["a"], ["c1"] = ["same-unit", "a"] }),
        ], new HashSet<string>(), new Dictionary<string, IReadOnlySet<string>> { ["c1"] = new HashSet<string> { "same-unit" } });

        Assert.Equal(new OutOfScopeHit("Unscoped", "c1", "same-unit", 1), Assert.Single(report.OutOfScopeHits));
        var lines = report.Format().Split('\n');
        Assert.Contains("privacy: people out of the viewer's scope or not discoverable by them in a top 10: Scoped 0, Unscoped 1 (1 queries with a viewer)", lines);
        Assert.Contains("  Unscoped: c1 returned same-unit at rank 1, whom its viewer may not be shown", lines);
    }

    [Fact]
    public void The_table_puts_the_engines_side_by_side()
    {
        var lines = Report().Format().Split('\n');

        Assert.Equal("| category | queries | Good nDCG@10 | MRR | P@5 | R@10 | Bad nDCG@10 | MRR | P@5 | R@10 |", lines[0]);
        Assert.Equal("|---|---|---|---|---|---|---|---|---|---|", lines[1]);
        Assert.Equal("| typo | 1 | 1.000 | 1.000 | 0.400 | 1.000 | 0.000 | 0.000 | 0.000 | 0.000 |", lines[2]);
        Assert.Equal("| loanword | 2 | 0.815 | 0.750 | 0.200 | 1.000 | 0.500 | 0.500 | 0.100 | 0.500 |", lines[3]);
        Assert.StartsWith("| all | 3 | 0.877 |", lines[4], StringComparison.Ordinal);
        Assert.Equal("privacy: hidden people in a top 10: Good 0, Bad 1 (2 hidden people, 3 queries)", lines[5]);
        Assert.Equal("  Bad: q1 returned hidden secret at rank 1", lines[6]);
    }

    [Fact]
    public void Only_the_first_ten_results_count()
    {
        var ranked = Enumerable.Range(0, 10).Select(i => "x" + i).Append("a").ToList();
        var report = EvaluationReport.Create([Queries[2]], [new EngineRun("E", new Dictionary<string, IReadOnlyList<string>> { ["q3"] = ranked })], new HashSet<string>());

        Assert.Equal(0.0, report.Overall.Engines[0].Ndcg10);
        Assert.Equal(10, report.Queries[0].Ranked[0].Count);
    }

    [Fact]
    public void The_json_copy_holds_every_query_with_its_answers()
    {
        var json = System.Text.Json.JsonDocument.Parse(Report().ToJson()).RootElement;

        Assert.Equal(3, json.GetProperty("queries").GetArrayLength());
        Assert.Equal("secret", json.GetProperty("queries")[0].GetProperty("engines")[1].GetProperty("ranked")[0].GetString());
        Assert.Equal(1.0, json.GetProperty("overall").GetProperty("engines")[0].GetProperty("scores").GetProperty("recallAt10").GetDouble());
    }
}
