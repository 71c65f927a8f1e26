using ExpertFinder.Search.Evaluation;

namespace ExpertFinder.Api.Tests.Features.Experts;

/// <summary>
/// The labelled queries of the larger, noisier organisation (seed/noisy, seed/evaluation/noisy-queries.jsonl): asked
/// as the portal asks them, the colleague queries by their viewer signed in with their scope; ranking quality may not
/// fall below the floor of the "noisy" object in seed/evaluation/floor.json, and no hidden person, nor any person the
/// viewer may not be shown, is ever returned.
/// </summary>
public sealed class NoisyEvaluationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly string Noisy = Path.Combine(LabelledSetRun.Root, "seed", "noisy");

    [Fact]
    public async Task The_noisy_organisations_queries_score_at_least_the_floor_and_never_return_hidden_or_out_of_scope_people()
    {
        var (overallFloor, categoryFloor) = LabelledSetRun.Floor("noisy");

        var report = await LabelledSetRun.RunAsync(server, Noisy, "noisy-queries.jsonl");

        LabelledSetRun.AssertAtLeast(report, overallFloor, categoryFloor);
        Assert.Equal(JudgmentSet.Categories.Skip(10), report.Categories.Select(c => c.Category));
        Assert.True(report.Queries.Count(q => q.Query.Viewer is not null) >= 8, "the set has colleague queries asked by a viewer");
    }
}
