using System.Globalization;
using System.Text.Json;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Search.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Features.Experts;

/// <summary>
/// The labelled queries of seed/evaluation over the portal contract query on the demo data: ranking quality may not
/// fall below the committed floor (seed/evaluation/floor.json), and no hidden person may ever be returned.
/// </summary>
public sealed class EvaluationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string Demo = Path.Combine(Root, "seed", "demo");
    private static readonly string Evaluation = Path.Combine(Root, "seed", "evaluation");

    [Fact]
    public async Task The_labelled_queries_score_at_least_the_floor_over_the_contract_query_and_never_return_hidden_people()
    {
        var judged = JudgmentSet.Load(Path.Combine(Evaluation, "queries.jsonl"));
        var (overallFloor, categoryFloor) = LoadFloor();
        var (summary, counts) = await new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>()).RunAsync(Demo, null, CancellationToken.None);
        Assert.True(counts is not null, string.Join('\n', summary.Errors));
        await server.Services.GetRequiredService<IndexSynchronizer>().DrainAsync(CancellationToken.None);
        var hidden = await HiddenPeopleAsync();
        Assert.NotEmpty(hidden);

        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var query in judged.Queries)
        {
            answers[query.Id] = await server.ExpertKeysAsync(query.Query, EvaluationReport.Depth);
        }
        var report = EvaluationReport.Create(judged.Queries, [new EngineRun("ExpertFinder", answers)], hidden);
        var table = report.Format();

        Assert.True(report.HiddenHits.Count == 0, "hidden people were returned:\n" + table);
        var overall = report.Overall.Engines[0].Ndcg10;
        Assert.True(overall >= overallFloor,
            string.Create(CultureInfo.InvariantCulture, $"overall nDCG@10 {overall:F3} is below the floor {overallFloor:F2}\n{table}"));
        var below = report.Categories.Where(c => c.Engines[0].Ndcg10 < categoryFloor)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Category} {c.Engines[0].Ndcg10:F3}")).ToList();
        Assert.True(below.Count == 0,
            string.Create(CultureInfo.InvariantCulture, $"nDCG@10 below the category floor {categoryFloor:F2}: {string.Join(", ", below)}\n{table}"));
        Assert.Equal(JudgmentSet.Categories, report.Categories.Select(c => c.Category));
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
        Assert.All(JudgmentSet.Categories, c => Assert.True(judged.Queries.Count(q => q.Category == c) >= 4, $"category {c} has fewer than 4 queries"));
    }

    private static (double Overall, double Category) LoadFloor()
    {
        using var floor = JsonDocument.Parse(File.ReadAllText(Path.Combine(Evaluation, "floor.json")));
        return (floor.RootElement.GetProperty("ndcg10").GetDouble(), floor.RootElement.GetProperty("categoryNdcg10").GetDouble());
    }

    private async Task<HashSet<string>> HiddenPeopleAsync()
    {
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("SELECT key FROM people WHERE visibility = 'hidden'");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            hidden.Add(reader.GetString(0));
        }
        return hidden;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ExpertFinder.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("ExpertFinder.sln not found above " + AppContext.BaseDirectory);
    }
}
