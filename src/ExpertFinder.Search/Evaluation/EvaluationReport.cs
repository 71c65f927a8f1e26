using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ExpertFinder.Search.Evaluation;

/// <summary>One engine's answers: the ranked person keys for each query id.</summary>
public sealed record EngineRun(string Name, IReadOnlyDictionary<string, IReadOnlyList<string>> Results);

/// <summary>The four measures of one query, or their mean over several.</summary>
public sealed record Scores(double Ndcg10, double ReciprocalRank, double PrecisionAt5, double RecallAt10)
{
    public static Scores Of(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments) => new(
        RankingMetrics.NdcgAt(ranked, judgments, 10),
        RankingMetrics.ReciprocalRank(ranked, judgments),
        RankingMetrics.PrecisionAt(ranked, judgments, 5),
        RankingMetrics.RecallAt(ranked, judgments, 10));

    public static Scores Mean(IReadOnlyCollection<Scores> scores) => scores.Count == 0
        ? new Scores(0, 0, 0, 0)
        : new Scores(scores.Average(s => s.Ndcg10), scores.Average(s => s.ReciprocalRank), scores.Average(s => s.PrecisionAt5), scores.Average(s => s.RecallAt10));
}

/// <summary>A line of the report: a category (or all queries) with each engine's mean scores, in engine order.</summary>
public sealed record ReportRow(string Category, int Queries, IReadOnlyList<Scores> Engines);

/// <summary>A hidden person in an engine's top 10: never allowed.</summary>
public sealed record HiddenHit(string Engine, string QueryId, string PersonKey, int Rank);

/// <summary>A person the query's viewer may not be shown (out of their scope, or not discoverable by them) in an engine's top 10: never allowed.</summary>
public sealed record OutOfScopeHit(string Engine, string QueryId, string PersonKey, int Rank);

/// <summary>One query's answers and scores per engine (engine order).</summary>
public sealed record QueryResult(JudgedQuery Query, IReadOnlyList<IReadOnlyList<string>> Ranked, IReadOnlyList<Scores> Scores);

/// <summary>
/// Several engines measured on the same judged queries: per-category and overall means (each query weighs the same),
/// side by side, and every hidden person that showed up. Only the first 10 results of each answer count.
/// </summary>
public sealed class EvaluationReport
{
    public const int Depth = 10;
    public const string AllCategories = "all";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private EvaluationReport(IReadOnlyList<string> engines, IReadOnlyList<ReportRow> categories, ReportRow overall,
        IReadOnlyList<HiddenHit> hiddenHits, int hiddenPeople, IReadOnlyList<OutOfScopeHit> outOfScopeHits, IReadOnlyList<QueryResult> queries)
    {
        OutOfScopeHits = outOfScopeHits;
        Engines = engines;
        Categories = categories;
        Overall = overall;
        HiddenHits = hiddenHits;
        HiddenPeople = hiddenPeople;
        Queries = queries;
    }

    public IReadOnlyList<string> Engines { get; }

    /// <summary>Categories in <see cref="JudgmentSet.Categories"/> order; only those with queries.</summary>
    public IReadOnlyList<ReportRow> Categories { get; }

    public ReportRow Overall { get; }

    public IReadOnlyList<HiddenHit> HiddenHits { get; }

    /// <summary>How many hidden people the dataset has (the privacy line says what was checked).</summary>
    public int HiddenPeople { get; }

    /// <summary>People a query's viewer may not be shown that an engine returned (only queries with a viewer are checked).</summary>
    public IReadOnlyList<OutOfScopeHit> OutOfScopeHits { get; }

    public IReadOnlyList<QueryResult> Queries { get; }

    /// <summary>
    /// Scores every query for every engine; a query an engine did not answer counts as an empty list.
    /// <paramref name="outOfScope"/> gives, per query id with a viewer, the people that viewer may not be shown.
    /// </summary>
    public static EvaluationReport Create(IReadOnlyList<JudgedQuery> queries, IReadOnlyList<EngineRun> engines, IReadOnlySet<string> hiddenKeys,
        IReadOnlyDictionary<string, IReadOnlySet<string>>? outOfScope = null)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(hiddenKeys);
        var results = new List<QueryResult>();
        var hiddenHits = new List<HiddenHit>();
        var outOfScopeHits = new List<OutOfScopeHit>();
        foreach (var query in queries)
        {
            var ranked = engines.Select(e => (IReadOnlyList<string>)(e.Results.TryGetValue(query.Id, out var keys) ? keys.Take(Depth).ToList() : [])).ToList();
            results.Add(new QueryResult(query, ranked, ranked.Select(r => Scores.Of(r, query.Judgments)).ToList()));
            for (var e = 0; e < engines.Count; e++)
            {
                hiddenHits.AddRange(ranked[e].Select((key, i) => (key, i)).Where(x => hiddenKeys.Contains(x.key))
                    .Select(x => new HiddenHit(engines[e].Name, query.Id, x.key, x.i + 1)));
                if (outOfScope?.GetValueOrDefault(query.Id) is { } excluded)
                {
                    outOfScopeHits.AddRange(ranked[e].Select((key, i) => (key, i)).Where(x => excluded.Contains(x.key))
                        .Select(x => new OutOfScopeHit(engines[e].Name, query.Id, x.key, x.i + 1)));
                }
            }
        }
        var order = JudgmentSet.Categories.ToList();
        var categories = results.GroupBy(r => r.Query.Category)
            .OrderBy(g => order.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.ToList(), engines.Count)).ToList();
        return new EvaluationReport(engines.Select(e => e.Name).ToList(), categories, Row(AllCategories, results, engines.Count), hiddenHits, hiddenKeys.Count, outOfScopeHits, results);
    }

    /// <summary>The hidden people counted per engine, in engine order.</summary>
    public IReadOnlyList<int> HiddenCounts => Engines.Select(e => HiddenHits.Count(h => h.Engine == e)).ToList();

    /// <summary>A plain-text (Markdown) table, one row per category and one for all queries, then the privacy line.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        var header = new List<string> { "category", "queries" };
        foreach (var engine in Engines)
        {
            header.AddRange([$"{engine} nDCG@10", "MRR", "P@5", "R@10"]);
        }
        text.Append("| ").AppendJoin(" | ", header).Append(" |\n");
        text.Append('|').AppendJoin("", header.Select(_ => "---|")).Append('\n');
        foreach (var row in Categories.Append(Overall))
        {
            var cells = new List<string> { row.Category, row.Queries.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(row.Engines.SelectMany(s => new[] { s.Ndcg10, s.ReciprocalRank, s.PrecisionAt5, s.RecallAt10 }.Select(Number)));
            text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"privacy: hidden people in a top {Depth}: ")
            .AppendJoin(", ", Engines.Zip(HiddenCounts, (e, n) => $"{e} {n}"))
            .Append(CultureInfo.InvariantCulture, $" ({HiddenPeople} hidden people, {Queries.Count} queries)\n");
        foreach (var hit in HiddenHits)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {hit.Engine}: {hit.QueryId} returned hidden {hit.PersonKey} at rank {hit.Rank}\n");
        }
        var viewed = Queries.Count(q => q.Query.Viewer is not null);
        if (viewed > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"privacy: people out of the viewer's scope or not discoverable by them in a top {Depth}: ")
                .AppendJoin(", ", Engines.Select(e => $"{e} {OutOfScopeHits.Count(h => h.Engine == e)}"))
                .Append(CultureInfo.InvariantCulture, $" ({viewed} queries with a viewer)\n");
            foreach (var hit in OutOfScopeHits)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {hit.Engine}: {hit.QueryId} returned {hit.PersonKey} at rank {hit.Rank}, whom its viewer may not be shown\n");
            }
        }
        return text.ToString();
    }

    /// <summary>The whole report as JSON, including every query's answers and scores per engine.</summary>
    public string ToJson() => JsonSerializer.Serialize(new
    {
        engines = Engines,
        relevantGrade = RankingMetrics.RelevantGrade,
        overall = JsonRow(Overall),
        categories = Categories.Select(JsonRow),
        privacy = new { hiddenPeople = HiddenPeople, hits = HiddenHits, outOfScopeHits = OutOfScopeHits },
        queries = Queries.Select(q => new
        {
            id = q.Query.Id,
            query = q.Query.Query,
            category = q.Query.Category,
            judgments = q.Query.Judgments,
            viewer = q.Query.Viewer,
            scope = q.Query.Viewer is null ? null : JudgmentSet.Scopes.First(s => s.Value == q.Query.Scope).Key,
            engines = Engines.Select((e, i) => new { engine = e, ranked = q.Ranked[i], scores = q.Scores[i] }),
        }),
    }, Json);

    private object JsonRow(ReportRow row) => new
    {
        category = row.Category,
        queries = row.Queries,
        engines = Engines.Select((e, i) => new { engine = e, scores = row.Engines[i] }),
    };

    private static ReportRow Row(string category, List<QueryResult> results, int engineCount) =>
        new(category, results.Count, Enumerable.Range(0, engineCount).Select(e => Scores.Mean(results.Select(r => r.Scores[e]).ToList())).ToList());

    private static string Number(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
