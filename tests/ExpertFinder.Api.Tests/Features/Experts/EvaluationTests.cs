using System.Text.Json;
using ExpertFinder.Search.Evaluation;

namespace ExpertFinder.Api.Tests.Features.Experts;

/// <summary>
/// The labelled queries of seed/evaluation over the portal contract query on the demo data: ranking quality may not
/// fall below the committed floor (seed/evaluation/floor.json), and no hidden person may ever be returned.
/// </summary>
public sealed class EvaluationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly string Demo = Path.Combine(LabelledSetRun.Root, "seed", "demo");
    private static readonly string Evaluation = LabelledSetRun.Evaluation;

    [Fact]
    public async Task The_labelled_queries_score_at_least_the_floor_over_the_contract_query_and_never_return_hidden_people()
    {
        var (overallFloor, categoryFloor) = LabelledSetRun.Floor();

        var report = await LabelledSetRun.RunAsync(server, Demo, "queries.jsonl");

        LabelledSetRun.AssertAtLeast(report, overallFloor, categoryFloor);
        Assert.Equal(JudgmentSet.Categories.Take(10), report.Categories.Select(c => c.Category));
    }

    [Fact]
    public void Every_judged_person_is_a_visible_person_of_the_demo_data_and_every_category_has_four_queries()
    {
        var visibility = File.ReadLines(Path.Combine(Demo, "people.jsonl")).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(p => p.GetProperty("key").GetString()!, p => p.TryGetProperty("visibility", out var v) ? v.GetString() : null);
        var judged = JudgmentSet.Load(Path.Combine(Evaluation, "queries.jsonl"));

        var wrong = judged.Queries.SelectMany(q => q.Judgments.Keys
            .Where(k => !visibility.TryGetValue(k, out var v) || v == "hidden")
            .Select(k => $"{q.Id}: {k}")).ToList();
        Assert.True(wrong.Count == 0, "judged people that are unknown or hidden: " + string.Join(", ", wrong));
        Assert.True(judged.Queries.Count >= 45, $"{judged.Queries.Count} queries");
        Assert.All(JudgmentSet.Categories.Take(10), c => Assert.True(judged.Queries.Count(q => q.Category == c) >= 4, $"category {c} has fewer than 4 queries"));
    }
}
