using System.Globalization;
using ExpertFinder.Search.Experts;
using Npgsql;

namespace ExpertFinder.Tools.Bench;

/// <summary>How long the bench may take: per row, per query, for the PostgreSQL baseline's indexes.</summary>
public sealed record BenchSettings
{
    public int Rounds { get; init; } = 10;

    /// <summary>Measured time per row; the warm-up takes at most a quarter of it, and at most <see cref="WarmupCap"/>.</summary>
    public TimeSpan RowBudget { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan WarmupCap { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>One query (or one freshness sample) longer than this is left behind and counted as timed out.</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Building the baseline's GIN indexes and profile vectors; at a million documents it takes minutes.</summary>
    public TimeSpan BaselineIndexBudget { get; init; } = TimeSpan.FromMinutes(15);

    public int FreshnessSamples { get; init; } = 20;

    public int ConcurrentClients { get; init; } = 32;

    /// <summary>
    /// How long to wait, after the import and rebuild, for the processors to be nearly idle before the first row
    /// (see <see cref="MachineQuiet"/>); zero to start at once.
    /// </summary>
    public TimeSpan SettleTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Nearly idle: busy less than this share of all processors.</summary>
    public double SettleBusyShare { get; init; } = 0.2;

    public string? JsonPath { get; init; }

    /// <summary>The rows to run, in order, from the standard ones: a seam for tests that add an engine that fails.</summary>
    internal Func<IReadOnlyList<BenchEngine>, IReadOnlyList<BenchEngine>> ArrangeEngines { get; init; } = engines => engines;

    internal Latency.Limits Limits => new(Rounds, RowBudget, TimeSpan.FromTicks(Math.Min(RowBudget.Ticks / 4, WarmupCap.Ticks)), QueryTimeout);

    /// <summary>The budgets from the environment (seconds): EXPERTFINDER_BENCH_SECONDS, _TIMEOUT, _INDEX_SECONDS, _SETTLE_SECONDS.</summary>
    public static BenchSettings FromEnvironment(int rounds, string? jsonPath)
    {
        static TimeSpan? Seconds(string name, bool zeroAllowed = false) =>
            double.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var s) && (s > 0 || (zeroAllowed && s == 0))
                ? TimeSpan.FromSeconds(s)
                : null;
        var defaults = new BenchSettings();
        return defaults with
        {
            Rounds = rounds,
            JsonPath = jsonPath,
            RowBudget = Seconds("EXPERTFINDER_BENCH_SECONDS") ?? defaults.RowBudget,
            QueryTimeout = Seconds("EXPERTFINDER_BENCH_TIMEOUT") ?? defaults.QueryTimeout,
            BaselineIndexBudget = Seconds("EXPERTFINDER_BENCH_INDEX_SECONDS") ?? defaults.BaselineIndexBudget,
            SettleTimeout = Seconds("EXPERTFINDER_BENCH_SETTLE_SECONDS", zeroAllowed: true) ?? defaults.SettleTimeout,
        };
    }
}

/// <summary>One row of the bench: an id, what it times, and how (within the settings' limits).</summary>
internal sealed record BenchEngine(string Id, string What, Func<Task<Measurement>> MeasureAsync);

/// <summary>
/// The bench verb: expert search on one dataset, from the bare engine (lucene-core, the limit every other row is a
/// ratio to) through the in-process search and GraphQL over HTTP to the PostgreSQL full-text baseline, plus
/// suggestions and how soon a change is searchable; with the import and index rebuild rates of the dataset.
/// </summary>
public static class LatencyBench
{
    /// <summary>The contract query with the query's filter and scope, for the queries that have them.</summary>
    private const string ContractQueryWithOptions =
        "query($q:String!,$n:Int,$filter:ExpertFilter,$scope:ExpertScope){experts(query:$q, first:$n, filter:$filter, scope:$scope){edges{node{person{key}}}}}";

    public static async Task<int> RunAsync(string dataset, BenchSettings settings)
    {
        await RunAsync(dataset, settings, Console.Out);
        return 0;
    }

    internal static async Task<BenchReport> RunAsync(string dataset, BenchSettings settings, TextWriter output)
    {
        var queries = MeasuredQuery.Load(dataset);
        await using var server = await ScratchServer.StartAsync(dataset, "bench", Progress);
        var documents = server.Summary.Documents;
        var report = new BenchReport(output, settings.JsonPath, new BenchReport.Header(dataset, server.Summary.People, documents, queries.Count,
            settings.Rounds, settings.RowBudget.TotalSeconds, settings.QueryTimeout.TotalSeconds,
            Math.Round(server.ImportTime.TotalSeconds, 2), Math.Round(documents / server.ImportTime.TotalSeconds, 1),
            Math.Round(server.RebuildTime.TotalSeconds, 2), Math.Round(documents / server.RebuildTime.TotalSeconds, 1), Environment.ProcessorCount));
        if (settings.SettleTimeout > TimeSpan.Zero)
        {
            Progress($"waiting up to {settings.SettleTimeout.TotalSeconds:F0} s for the processors to be under {settings.SettleBusyShare:P0} busy");
            var settled = await MachineQuiet.WaitAsync(settings.SettleBusyShare, settings.SettleTimeout);
            report.Summary.SettleSeconds = Math.Round(settled.Waited.TotalSeconds, 1);
            report.Summary.Settled = settled.Quiet;
            Progress(settled.Quiet
                ? $"quiet after {settled.Waited.TotalSeconds:F0} s"
                : $"still {settled.LastBusyShare:P0} busy after {settled.Waited.TotalSeconds:F0} s; measuring anyway");
        }
        report.Start();
        using var http = GraphQLRequests.Client(server.Url);
        foreach (var engine in settings.ArrangeEngines(Engines(server, queries, settings, http)))
        {
            Progress($"measuring {engine.Id}");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Measurement measured;
            try
            {
                measured = await engine.MeasureAsync();
            }
            catch (Exception e)
            {
                measured = Measurement.Failed(Latency.Describe(e));
            }
            report.Add(engine.Id, engine.What, measured, clock.Elapsed);
        }
        report.Finish();
        return report;
    }

    private static void Progress(string message)
    {
        Console.Error.WriteLine($"bench: {message} (load average {BenchReport.LoadAverage()?.ToString("F2", CultureInfo.InvariantCulture)})");
        Console.Error.Flush();
    }

    /// <summary>A query ready to send: its in-process searches and its HTTP bodies, with the tokens of who asks.</summary>
    private sealed record Prepared(MeasuredQuery Query, ExpertQuery Contract, ExpertQuery Page, byte[] ContractBody, string? ContractToken, byte[] PageBody, string? PageToken);

    private static IReadOnlyList<BenchEngine> Engines(ScratchServer server, IReadOnlyList<MeasuredQuery> queries, BenchSettings settings, HttpClient http)
    {
        var engine = server.Engine;
        var limits = settings.Limits;
        // Made when the first row needs it; a viewer missing from the dataset fails the rows that need viewers, not the others.
        var prepared = new Lazy<Task<(BenchReaders Readers, List<Prepared> Queries)>>(() => PrepareAsync(server, queries));
        async Task<List<Prepared>> Queries() => (await prepared.Value).Queries;
        var core = new LuceneCore(engine.Index);
        var prefixes = queries.Select(q => q.Text.Trim()).Select(t => t[..Math.Min(4, t.Length)]).Distinct(StringComparer.Ordinal).ToList();
        return
        [
            new(BenchReport.Core, "bare Lucene: BM25 disjunction of the stems over document text, top 1000 summed per author",
                () => Latency.MeasureAsync(queries, 1, limits, Latency.InProcess<MeasuredQuery>(q => core.Search(q.Text)))),
            new("inprocess", "SearchEngine.Search as the contract query asks (no evidence, no facets)",
                async () => await Latency.MeasureAsync(await Queries(), 1, limits, Latency.InProcess<Prepared>(p => engine.Search(p.Contract)))),
            new("inprocess-page", "SearchEngine.Search as the search page asks (evidence, facets, viewer, path)",
                async () => await Latency.MeasureAsync(await Queries(), 1, limits, Latency.InProcess<Prepared>(p => engine.Search(p.Page)))),
            new("http-contract", "the portal contract query over HTTP",
                async () =>
                {
                    var differ = await DifferencesAsync(engine, http, await Queries(), limits);
                    var measured = await Latency.MeasureAsync(await Queries(), 1, limits,
                        Latency.Timed<Prepared>((p, c) => GraphQLRequests.PostAsync(http, p.ContractBody, p.ContractToken, c)));
                    return differ is null ? measured : measured with { Error = measured.Error ?? differ };
                }),
            new("http-page", "the search page's query over HTTP",
                async () => await Latency.MeasureAsync(await Queries(), 1, limits,
                    Latency.Timed<Prepared>((p, c) => GraphQLRequests.PostAsync(http, p.PageBody, p.PageToken, c)))),
            // The concurrent rows time each search from the moment it is handed to the thread pool, waiting included, as
            // a client of the server sees it: these are the limits the HTTP row below reads against.
            new($"{BenchReport.Core}-{settings.ConcurrentClients}", $"bare Lucene as in {BenchReport.Core}, {settings.ConcurrentClients} concurrent clients",
                () => Latency.MeasureAsync(queries, settings.ConcurrentClients, limits, Latency.Queued<MeasuredQuery>(q => core.Search(q.Text)))),
            new($"inprocess-{settings.ConcurrentClients}", $"SearchEngine.Search as the contract query asks, {settings.ConcurrentClients} concurrent clients",
                async () => await Latency.MeasureAsync(await Queries(), settings.ConcurrentClients, limits, Latency.Queued<Prepared>(p => engine.Search(p.Contract)))),
            new($"http-contract-{settings.ConcurrentClients}", $"the contract query over HTTP, {settings.ConcurrentClients} concurrent clients",
                async () => await Latency.MeasureAsync(await Queries(), settings.ConcurrentClients, limits,
                    Latency.Timed<Prepared>((p, c) => GraphQLRequests.PostAsync(http, p.ContractBody, p.ContractToken, c)))),
            new("suggest", "SearchEngine.Suggest on the queries' first four letters",
                () => Latency.MeasureAsync(prefixes, 1, limits, Latency.InProcess<string>(p => engine.Suggest(p)))),
            new("freshness", "a profile change sent over GraphQL until the expert search over HTTP finds it",
                async () => await FreshnessAsync(http, (await prepared.Value).Readers.DefaultViewer, settings)),
            new("pgfts", "PostgreSQL full-text baseline (ts_rank_cd, GIN) on the queries' words",
                () => BaselineAsync(server, queries, settings)),
        ];
    }

    private static async Task<(BenchReaders, List<Prepared>)> PrepareAsync(ScratchServer server, IReadOnlyList<MeasuredQuery> queries)
    {
        var readers = await BenchReaders.PrepareAsync(server, queries);
        var list = queries.Select(q =>
        {
            var contract = readers.ForContract(q);
            var page = readers.ForPage(q);
            var filter = q.GraphQLFilter();
            var contractBody = filter is null && q.GraphQLScope is null
                ? GraphQLRequests.Body(ApiOverheadBench.ContractQuery, new { q = q.Text, n = 10 })
                : GraphQLRequests.Body(ContractQueryWithOptions, Variables(q, filter, new() { ["n"] = 10 }));
            return new Prepared(q,
                new ExpertQuery(q.Text, 0, 10) { Viewer = contract.Viewer, Audience = contract.Audience, Scope = q.Scope, Filter = q.Filter, WithEvidence = false },
                new ExpertQuery(q.Text, 0, 10) { Viewer = page.Viewer, Audience = page.Audience, Scope = q.Scope, Filter = q.Filter, WithEvidence = true, WithFacets = true },
                contractBody, contract.Token,
                GraphQLRequests.Body(ApiOverheadBench.PageQuery, Variables(q, filter, [])), page.Token);
        }).ToList();
        return (readers, list);
    }

    /// <summary>
    /// Whether the contract query over HTTP answers as the in-process search does (else the rows compare different
    /// work): null when it does, else which queries differ. Checked within the warm-up's time.
    /// </summary>
    private static async Task<string?> DifferencesAsync(Search.SearchEngine engine, HttpClient http, List<Prepared> queries, Latency.Limits limits)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var differ = new List<string>();
        foreach (var p in queries.TakeWhile(_ => clock.Elapsed < limits.Warmup))
        {
            var inProcess = engine.Search(p.Contract).Hits.Select(h => h.PersonKey);
            using var cancel = new CancellationTokenSource(limits.Timeout);
            byte[] answer;
            try
            {
                answer = await GraphQLRequests.PostAsync(http, p.ContractBody, p.ContractToken, cancel.Token);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                // Too slow to compare within the timeout: the measurement will count it as timed out.
                continue;
            }
            using var json = System.Text.Json.JsonDocument.Parse(answer);
            var overHttp = json.RootElement.GetProperty("data").GetProperty("experts").GetProperty("edges").EnumerateArray()
                .Select(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString());
            if (!inProcess.SequenceEqual(overHttp))
            {
                differ.Add(p.Query.Id);
            }
        }
        return differ.Count == 0 ? null : $"over HTTP the answers differ from in-process for {differ.Count} queries ({string.Join(", ", differ.Take(5))})";
    }

    /// <summary>The query's variables; the filter and scope only when it has them, so that the arguments keep their defaults otherwise.</summary>
    private static Dictionary<string, object> Variables(MeasuredQuery query, Dictionary<string, object>? filter, Dictionary<string, object> variables)
    {
        variables["q"] = query.Text;
        if (filter is not null)
        {
            variables["filter"] = filter;
        }
        if (query.GraphQLScope is { } scope)
        {
            variables["scope"] = scope;
        }
        return variables;
    }

    private static async Task<Measurement> FreshnessAsync(HttpClient http, BenchReader person, BenchSettings settings)
    {
        var probe = new FreshnessProbe(http, person);
        await probe.PrepareAsync(CancellationToken.None);
        try
        {
            // Two changes first, so that the mutation and the index's follower have run once; then the samples.
            var warmed = await Latency.MeasureAsync([1_000_000, 1_000_001], 1, settings.Limits with { Rounds = 1, Warmup = TimeSpan.Zero }, probe.MeasureAsync);
            if (warmed.Error is not null)
            {
                return warmed with { Error = "warm-up: " + warmed.Error };
            }
            var samples = Enumerable.Range(0, settings.FreshnessSamples).ToList();
            return await Latency.MeasureAsync(samples, 1, settings.Limits with { Rounds = 1, Warmup = TimeSpan.Zero }, probe.MeasureAsync);
        }
        finally
        {
            await probe.RestoreAsync();
        }
    }

    /// <summary>
    /// The baseline's indexes are built first, within their own budget (a row error when they do not finish); each
    /// search then runs under PostgreSQL's statement_timeout as well as the bench's own timeout.
    /// </summary>
    private static async Task<Measurement> BaselineAsync(ScratchServer server, IReadOnlyList<MeasuredQuery> queries, BenchSettings settings)
    {
        Progress($"pgfts: building the baseline's indexes (budget {settings.BaselineIndexBudget.TotalSeconds:F0} s)");
        using (var budget = new CancellationTokenSource(settings.BaselineIndexBudget))
        {
            try
            {
                await new PostgresFullTextBaseline(server.OwnerDatabase).EnsureIndexesAsync(budget.Token);
            }
            catch (Exception e) when (budget.IsCancellationRequested)
            {
                return Measurement.Failed($"the baseline's indexes were not built within {settings.BaselineIndexBudget.TotalSeconds:F0} s ({Latency.Describe(e)})");
            }
        }
        var connection = new NpgsqlConnectionStringBuilder(server.OwnerConnectionString)
        {
            Options = $"-c statement_timeout={(long)settings.QueryTimeout.TotalMilliseconds}",
        };
        await using var database = NpgsqlDataSource.Create(connection.ConnectionString);
        var baseline = new PostgresFullTextBaseline(database);
        return await Latency.MeasureAsync(queries, 1, settings.Limits, Latency.Timed<MeasuredQuery>((q, c) => baseline.SearchAsync(q.Text, 10, c)));
    }
}
