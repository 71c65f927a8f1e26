using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ExpertFinder.Api.Features.Experts;
using ExpertFinder.Search.Evaluation;
using ExpertFinder.Search.Experts;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Tools.Bench;

/// <summary>
/// The api verb: what the GraphQL and HTTP layer adds to the search itself. The same searches run in-process through
/// the searcher, with the options the <c>experts</c> field derives from the selection, and over HTTP against the
/// started server, at several numbers of concurrent clients; then one client times the layer's parts alone.
/// </summary>
public static class ApiOverheadBench
{
    /// <summary>The benchmark reads as the server's anonymous reader does in development: every person not hidden.</summary>
    private static readonly ExpertFinder.Api.Security.Privacy.PrivacyPolicy Reader = new(ExpertFinder.Api.Security.Auth.Caller.Anonymous, []);

    public const string ContractQuery = "query($q:String!,$n:Int){experts(query:$q, first:$n){edges{node{person{key}}}}}";

    /// <summary>
    /// What a search page asks for: evidence with snippets, facets, and the introduction path from the viewer (the
    /// signed-in person); with the filter and scope the person chose, when they chose any.
    /// </summary>
    public const string PageQuery = """
        query($q: String!, $filter: ExpertFilter, $scope: ExpertScope) {
          experts(query: $q, first: 10, filter: $filter, scope: $scope) {
            totalCount didYouMean expandedWith
            facets { name values { value label count } }
            edges { node {
              person { key name title email }
              score relation
              evidence { competences { competence { name } level source } documents { document { key title } association snippet { html } } networks { network { name } role } }
              introductionPath { description }
            } }
          }
        }
        """;

    private static readonly int[] ClientCounts = [1, 8, 32];
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(4);

    public static async Task<int> RunAsync(string dataset, string queriesPath, double seconds)
    {
        var queries = JudgmentSet.Load(queriesPath).Queries.Select(q => q.Query).ToArray();
        await using var server = await ScratchServer.StartAsync(dataset, "bench");
        var engine = server.Engine;
        // The contract query asks anonymously, the search page as the signed-in viewer: in-process searches get the same reader.
        var readers = await BenchReaders.PrepareAsync(server, []);
        var (anonymous, viewer) = (readers.Anonymous, readers.DefaultViewer);
        using var http = GraphQLRequests.Client(server.Url);
        var contractBodies = queries.Select(q => GraphQLRequests.Body(ContractQuery, new { q, n = 10 })).ToArray();
        var pageBodies = queries.Select(q => GraphQLRequests.Body(PageQuery, new { q })).ToArray();

        Console.WriteLine($"dataset: {dataset} ({server.Summary.People} people, {server.Summary.Documents} documents)");
        Console.WriteLine($"queries: {queriesPath} ({queries.Length}); {Environment.ProcessorCount} cores; load average before: {LoadAverage()}");
        await CheckSameAnswersAsync(http, engine, queries, contractBodies);

        // The options the experts field derives from each selection: the contract query asks for no evidence nor facets.
        ExpertQuery Contract(string q) => new(q, 0, 10) { Audience = anonymous.Audience, WithEvidence = false };
        ExpertQuery Page(string q) => new(q, 0, 10) { Viewer = viewer.Viewer, Audience = viewer.Audience, WithEvidence = true, WithFacets = true };

        // Until the JIT has settled on its optimised code for every path, the first rows would pay for it.
        Func<int, Task>[] all =
        [
            i => { engine.Search(Contract(queries[i])); return Task.CompletedTask; },
            i => GraphQLRequests.PostAsync(http, contractBodies[i]),
            i => { engine.Search(Page(queries[i])); return Task.CompletedTask; },
            i => GraphQLRequests.PostAsync(http, pageBodies[i], viewer.Token),
        ];
        foreach (var run in all)
        {
            await RunClientsAsync(8, queries.Length, SettleTime, run, null);
        }

        var rows = new List<Row>();
        foreach (var clients in ClientCounts)
        {
            rows.AddRange(await MeasureSideBySideAsync(clients, queries.Length, seconds,
                ("contract, in-process", i => { engine.Search(Contract(queries[i])); return Task.CompletedTask; }),
                ("contract, HTTP + GraphQL", i => GraphQLRequests.PostAsync(http, contractBodies[i]))));
            rows.AddRange(await MeasureSideBySideAsync(clients, queries.Length, seconds,
                ("search page, in-process", i => { engine.Search(Page(queries[i])); return Task.CompletedTask; }),
                ("search page, HTTP + GraphQL", i => GraphQLRequests.PostAsync(http, pageBodies[i], viewer.Token))));
        }

        Console.WriteLine();
        Console.WriteLine($"{seconds:F0} s per row in {Slice.TotalSeconds:F0} s slices taking turns with the row it is compared with, " +
            $"after {Warmup.TotalSeconds:F0} s of warm-up each (and {SettleTime.TotalSeconds * all.Length:F0} s for the JIT first); load average after: {LoadAverage()}");
        Console.WriteLine("| what | clients | requests | p50 ms | p95 ms | p99 ms | requests/s | CPU ms/request |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        rows.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine("GraphQL + HTTP layer's added share at p50 ((HTTP p50 - in-process p50) / in-process p50):");
        Console.WriteLine("| clients | contract | search page |");
        Console.WriteLine("|---|---|---|");
        foreach (var clients in ClientCounts)
        {
            Console.WriteLine($"| {clients} | {Share(rows, "contract", clients)} | {Share(rows, "search page", clients)} |");
        }

        Console.WriteLine();
        await BreakdownAsync(server, http, queries, contractBodies, Contract);
        return 0;
    }

    /// <summary>The HTTP answers must be the in-process answers, or the comparison compares different work.</summary>
    private static async Task CheckSameAnswersAsync(HttpClient http, Search.SearchEngine engine, string[] queries, byte[][] bodies)
    {
        for (var i = 0; i < queries.Length; i++)
        {
            var inProcess = engine.Search(new ExpertQuery(queries[i], 0, 10) { WithEvidence = false }).Hits.Select(h => h.PersonKey).ToList();
            using var json = JsonDocument.Parse(await GraphQLRequests.PostAsync(http, bodies[i]));
            var overHttp = json.RootElement.GetProperty("data").GetProperty("experts").GetProperty("edges").EnumerateArray()
                .Select(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()!).ToList();
            if (!inProcess.SequenceEqual(overHttp))
            {
                throw new InvalidOperationException($"'{queries[i]}': in-process [{string.Join(", ", inProcess)}] but over HTTP [{string.Join(", ", overHttp)}]");
            }
        }
    }

    /// <summary>
    /// Times the ways of doing the same work in turns, <see cref="Slice"/> each, until each has had
    /// <paramref name="seconds"/>, so that a machine whose load changes treats them alike. In each turn
    /// <paramref name="clients"/> loops walk the queries from their own offsets; throughput is requests over the
    /// time the way ran.
    /// </summary>
    private static async Task<List<Row>> MeasureSideBySideAsync(int clients, int queryCount, double seconds, params (string Name, Func<int, Task> Run)[] ways)
    {
        foreach (var (_, run) in ways)
        {
            await RunClientsAsync(clients, queryCount, Warmup, run, null);
        }
        var samples = ways.Select(_ => new List<double>()).ToArray();
        var wall = new TimeSpan[ways.Length];
        var cpu = new TimeSpan[ways.Length];
        using var process = Process.GetCurrentProcess();
        for (var turn = 0; turn < Math.Max(1, (int)Math.Round(seconds / Slice.TotalSeconds)); turn++)
        {
            for (var w = 0; w < ways.Length; w++)
            {
                var perClient = new List<double>[clients];
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                wall[w] += await RunClientsAsync(clients, queryCount, Slice, ways[w].Run, perClient);
                process.Refresh();
                cpu[w] += process.TotalProcessorTime - cpuBefore;
                samples[w].AddRange(perClient.SelectMany(s => s));
            }
        }
        return ways.Select((way, w) =>
        {
            var all = samples[w].Order().ToList();
            return new Row(way.Name, clients, all.Count, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Count / wall[w].TotalSeconds,
                cpu[w].TotalMilliseconds / all.Count);
        }).ToList();
    }

    private static async Task<TimeSpan> RunClientsAsync(int clients, int queryCount, TimeSpan duration, Func<int, Task> run, List<double>[]? samples)
    {
        var clock = Stopwatch.StartNew();
        // A thread of its own per client: an in-process search never yields, and on the shared pool 32 such loops
        // would run a few at a time, timing less contention than 32 real callers meet. Over HTTP the loops give
        // their thread back at the first await and run on the pool, as any client would.
        var loops = Enumerable.Range(0, clients).Select(client => Task.Factory.StartNew(async () =>
        {
            var mine = new List<double>(4096);
            for (var i = client * queryCount / clients; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await run(i % queryCount);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            if (samples is not null)
            {
                samples[client] = mine;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()).ToList();
        await Task.WhenAll(loops);
        return clock.Elapsed;
    }

    /// <summary>
    /// One client, the contract query, each part of the layer on its own: the search; the search and the page's
    /// people from PostgreSQL; parsing; execution through the document executer (search, people, result tree)
    /// without serialising; the same serialised to JSON; and the whole request over HTTP.
    /// </summary>
    private static async Task BreakdownAsync(ScratchServer server, HttpClient http, string[] queries, byte[][] bodies, Func<string, ExpertQuery> contract)
    {
        var services = server.App.Services;
        var engine = server.Engine;
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var dbFactory = services.GetRequiredService<IDbContextFactory<Api.Data.ExpertFinderDb>>();
        var database = server.Database;
        var variables = queries.Select(q => new Inputs(new Dictionary<string, object?> { ["q"] = q, ["n"] = 10 })).ToArray();

        async Task<ExecutionResult> ExecuteAsync(int i)
        {
            await using var scope = services.CreateAsyncScope();
            return await executer.ExecuteAsync(new ExecutionOptions { Query = ContractQuery, Variables = variables[i], RequestServices = scope.ServiceProvider });
        }

        var parts = new (string Name, Func<int, Task> Run)[]
        {
            ("search (in-process)", i => { engine.Search(contract(queries[i])); return Task.CompletedTask; }),
            ("search + the page's people, whole rows (EF Core)", async i =>
            {
                var hits = engine.Search(contract(queries[i])).Hits;
                await using var db = await dbFactory.CreateDbContextAsync();
                await HitReferences.LoadAsync(db, Reader, hits, evidence: false, CancellationToken.None);
            }),
            ("search + the page's people, visible keys only", async i =>
            {
                await using var db = await dbFactory.CreateDbContextAsync();
                await HitReferences.LoadKeysAsync(db, Reader, engine.Search(contract(queries[i])).Hits, CancellationToken.None);
            }),
            ("parse the document", i => { GraphQLParser.Parser.Parse(ContractQuery); return Task.CompletedTask; }),
            ("execute (no HTTP, not serialised)", ExecuteAsync),
            ("execute + serialise to JSON", async i =>
            {
                var result = await ExecuteAsync(i);
                using var sink = new MemoryStream();
                await serializer.WriteAsync(sink, result);
            }),
            ("HTTP + GraphQL", i => GraphQLRequests.PostAsync(http, bodies[i])),
        };
        Console.WriteLine("Where the contract query's time goes (one client, same queries, parts taking turns):");
        Console.WriteLine("| part | requests | p50 ms | p95 ms | p99 ms | requests/s | CPU ms/request |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var row in await MeasureSideBySideAsync(1, queries.Length, 3, parts))
        {
            Console.WriteLine(row.ToString().Replace(" | 1 | ", " | ", StringComparison.Ordinal));
        }
    }

    private static string Share(List<Row> rows, string what, int clients)
    {
        var inProcess = rows.Single(r => r.Name == $"{what}, in-process" && r.Clients == clients).P50;
        var overHttp = rows.Single(r => r.Name == $"{what}, HTTP + GraphQL" && r.Clients == clients).P50;
        return string.Create(CultureInfo.InvariantCulture, $"{(overHttp - inProcess) / inProcess * 100:+0;-0}%");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private sealed record Row(string Name, int Clients, int Requests, double P50, double P95, double P99, double PerSecond, double CpuPerRequest)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {Clients} | {Requests} | {P50:F2} | {P95:F2} | {P99:F2} | {PerSecond:F0} | {CpuPerRequest:F2} |");
    }
}
