using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Search.Evaluation;
using ExpertFinder.Search.Experts;
using ExpertFinder.Tools.Bench;

namespace ExpertFinder.Tools.Evaluation;

/// <summary>
/// The evaluate verb: every labelled query through ExpertFinder in-process and through the PostgreSQL full-text
/// baseline, on the same scratch database in the same run, scored against the judgments.
/// </summary>
public static class QualityEvaluation
{
    public const string ExpertFinder = "ExpertFinder";
    public const string PostgreSql = "PostgreSQL";

    /// <summary>A labelled set: a dataset and the queries judged on it.</summary>
    public sealed record LabelledSet(string Dataset, string Queries);

    /// <summary>
    /// Scores every set in turn, each on its own scratch database, one table per set. With <paramref name="jsonPath"/>
    /// the reports are written as a JSON array, one element per set.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<LabelledSet> sets, string? jsonPath)
    {
        var judgedSets = sets.Select(set => JudgmentSet.Load(set.Queries)).ToList();
        var reports = new List<string>();
        for (var i = 0; i < sets.Count; i++)
        {
            if (i > 0)
            {
                Console.WriteLine();
            }
            reports.Add(await RunAsync(sets[i], judgedSets[i]));
        }
        if (jsonPath is not null)
        {
            await File.WriteAllTextAsync(jsonPath, (reports.Count == 1 ? reports[0] : "[\n" + string.Join(",\n", reports) + "\n]") + "\n");
            Console.WriteLine($"wrote {jsonPath}");
        }
        return 0;
    }

    private static async Task<string> RunAsync(LabelledSet set, JudgmentSet judged)
    {
        var (dataset, queriesPath) = set;
        await using var server = await ScratchServer.StartAsync(dataset, "evaluate");
        var visibility = await VisibilityAsync(server);
        CheckJudgedPeople(judged, visibility, Path.GetFileName(queriesPath));
        var hidden = visibility.Where(p => !p.Value).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var viewers = await ViewerOracle.PrepareAsync(server.App.Services, judged, Path.GetFileName(queriesPath));
        var outOfScope = viewers.OutOfScope(judged);

        var baseline = new PostgresFullTextBaseline(server.OwnerDatabase);
        await baseline.EnsureIndexesAsync();
        var engine = server.Engine;
        var expertFinder = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var postgres = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var query in judged.Queries)
        {
            expertFinder[query.Id] = engine.Search(viewers.Query(query, EvaluationReport.Depth)).Hits.Select(h => h.PersonKey).ToList();
            // The baseline knows no viewers: it is given the same scope as a WHERE clause would give it.
            var excluded = outOfScope.GetValueOrDefault(query.Id);
            postgres[query.Id] = excluded is null
                ? await baseline.SearchAsync(query.Query, EvaluationReport.Depth)
                : (await baseline.SearchAsync(query.Query, EvaluationReport.Depth + excluded.Count)).Where(k => !excluded.Contains(k)).Take(EvaluationReport.Depth).ToList();
        }
        var report = EvaluationReport.Create(judged.Queries, [new EngineRun(ExpertFinder, expertFinder), new EngineRun(PostgreSql, postgres)], hidden, outOfScope);

        Console.WriteLine($"dataset: {dataset} ({server.Summary.People} people, {hidden.Count} of them hidden; {server.Summary.Documents} documents)");
        Console.WriteLine($"queries: {queriesPath} ({judged.Queries.Count} labelled queries, {outOfScope.Count} of them asked by a viewer with a scope)");
        Console.WriteLine($"{ExpertFinder}: in-process search, top {EvaluationReport.Depth}, as the viewer when the query has one; {PostgreSql}: the full-text baseline " +
            "(to_tsvector('danish'), GIN, ts_rank_cd over documents credited to their authors and profiles with competences and synonyms; " +
            "for a query with a viewer, the people that viewer may not be shown left out)");
        Console.WriteLine();
        Console.Write(report.Format());
        Console.WriteLine();
        Console.WriteLine($"nDCG@10 gains 2^grade - 1 for grades 1-3; MRR, P@5 and R@10 count people graded {RankingMetrics.RelevantGrade} or 3 as relevant; " +
            "each row is the mean over its queries.");
        return report.ToJson();
    }

    /// <summary>Every person of the dataset, to whether some reader may discover them (the privacy policy's rule).</summary>
    private static async Task<Dictionary<string, bool>> VisibilityAsync(ScratchServer server)
    {
        var discoverable = new Dictionary<string, bool>(StringComparer.Ordinal);
        await using var command = server.Database.CreateCommand($"SELECT p.key, {PrivacyPolicy.DiscoverableBySomeoneSql("p")} FROM people p");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            discoverable[reader.GetString(0)] = reader.GetBoolean(1);
        }
        return discoverable;
    }

    /// <summary>Judgments must name people of the dataset, and never a hidden one (they can never be found).</summary>
    private static void CheckJudgedPeople(JudgmentSet judged, Dictionary<string, bool> visibility, string fileName)
    {
        var errors = new List<string>();
        foreach (var query in judged.Queries)
        {
            foreach (var (key, grade) in query.Judgments)
            {
                if (!visibility.TryGetValue(key, out var discoverable))
                {
                    errors.Add($"{fileName}: {query.Id}: \"{key}\" is not a person of the dataset");
                }
                else if (!discoverable && grade > 0)
                {
                    errors.Add($"{fileName}: {query.Id}: \"{key}\" is hidden and must not be judged relevant");
                }
            }
        }
        if (errors.Count > 0)
        {
            throw new InvalidDataException(string.Join('\n', errors));
        }
    }
}
