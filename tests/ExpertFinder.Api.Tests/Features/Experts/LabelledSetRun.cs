using System.Globalization;
using System.Text.Json;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Search.Evaluation;
using ExpertFinder.Search.Experts;
using ExpertFinder.Tools.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Features.Experts;

/// <summary>
/// A labelled set run against a real server over HTTP: the dataset imported, each query asked as the portal asks it
/// (the contract query), or, when it has a viewer, by that person signed in with the query's scope.
/// </summary>
internal static class LabelledSetRun
{
    public static readonly string Root = RepositoryRoot();
    public static readonly string Evaluation = Path.Combine(Root, "seed", "evaluation");

    private const string ScopedQuery = "query($q:String!,$n:Int,$s:ExpertScope){experts(query:$q, first:$n, scope:$s){edges{node{person{key}}}}}";

    public static async Task<EvaluationReport> RunAsync(ServerFixture server, string dataset, string queriesFile)
    {
        var judged = JudgmentSet.Load(Path.Combine(Evaluation, queriesFile));
        var (summary, counts) = await new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>()).RunAsync(dataset, null, CancellationToken.None);
        Assert.True(counts is not null, string.Join('\n', summary.Errors));
        await server.Services.GetRequiredService<IndexSynchronizer>().DrainAsync(CancellationToken.None);
        var hidden = await HiddenPeopleAsync(server);
        Assert.NotEmpty(hidden);
        var oracle = await ViewerOracle.PrepareAsync(server.Services, judged, queriesFile);

        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var query in judged.Queries)
        {
            answers[query.Id] = query.Viewer is null
                ? await server.ExpertKeysAsync(query.Query, EvaluationReport.Depth)
                : await AsViewerAsync(server, query);
        }
        return EvaluationReport.Create(judged.Queries, [new EngineRun("ExpertFinder", answers)], hidden, oracle.OutOfScope(judged));
    }

    /// <summary>Fails with the table when a hidden or out-of-scope person was returned or a score is below its floor.</summary>
    public static void AssertAtLeast(EvaluationReport report, double overallFloor, double categoryFloor)
    {
        var table = report.Format();
        Assert.True(report.HiddenHits.Count == 0, "hidden people were returned:\n" + table);
        Assert.True(report.OutOfScopeHits.Count == 0, "people out of the viewer's scope were returned:\n" + table);
        var overall = report.Overall.Engines[0].Ndcg10;
        Assert.True(overall >= overallFloor,
            string.Create(CultureInfo.InvariantCulture, $"overall nDCG@10 {overall:F3} is below the floor {overallFloor:F2}\n{table}"));
        var below = report.Categories.Where(c => c.Engines[0].Ndcg10 < categoryFloor)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Category} {c.Engines[0].Ndcg10:F3}")).ToList();
        Assert.True(below.Count == 0,
            string.Create(CultureInfo.InvariantCulture, $"nDCG@10 below the category floor {categoryFloor:F2}: {string.Join(", ", below)}\n{table}"));
    }

    /// <summary>The floors of one set in seed/evaluation/floor.json: the top level for the demo set, a named object for another.</summary>
    public static (double Overall, double Category) Floor(string? set = null)
    {
        using var floor = JsonDocument.Parse(File.ReadAllText(Path.Combine(Evaluation, "floor.json")));
        var root = set is null ? floor.RootElement : floor.RootElement.GetProperty(set);
        return (root.GetProperty("ndcg10").GetDouble(), root.GetProperty("categoryNdcg10").GetDouble());
    }

    private static async Task<IReadOnlyList<string>> AsViewerAsync(ServerFixture server, JudgedQuery query)
    {
        var token = await server.TokenForAsync(query.Viewer!);
        var scope = query.Scope switch
        {
            ExpertScope.OutsideMyUnit => "OUTSIDE_MY_UNIT",
            ExpertScope.OutsideMyDepartment => "OUTSIDE_MY_DEPARTMENT",
            _ => "ANYONE",
        };
        var json = await server.QueryAsync(ScopedQuery, new { q = query.Query, n = EvaluationReport.Depth, s = scope }, token);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("experts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()!).ToList();
    }

    private static async Task<HashSet<string>> HiddenPeopleAsync(ServerFixture server)
    {
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand($"SELECT p.key FROM people p WHERE NOT {PrivacyPolicy.DiscoverableBySomeoneSql("p")}");
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
