using System.Diagnostics;
using System.Net.Http.Json;
using ExpertFinder.Api;
using ExpertFinder.Api.Import;
using ExpertFinder.Benchmarks;
using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Usage: ExpertFinder.Benchmarks DATASET_DIR [ROUNDS]
//        ExpertFinder.Benchmarks generate DIR PEOPLE DOCUMENTS   (a synthetic dataset in the interchange format)
// Imports DATASET_DIR into a scratch database on the server of ConnectionStrings__ExpertFinder, starts the server
// in-process on a loopback port with an index of its own, and times the same queries three ways in one run.
if (args is ["generate", var target, var peopleCount, var documentCount])
{
    SyntheticDataset.Write(target, int.Parse(peopleCount, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(documentCount, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"wrote {target}");
    return 0;
}
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: ExpertFinder.Benchmarks DATASET_DIR [ROUNDS]");
    return 2;
}
var dataset = Path.GetFullPath(args[0]);
var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
string[] queries =
[
    "videndeling", "vidensdeling", "sundhedsfremme", "personalejura", "ansættelsesret", "Aarhus", "Århus", "laeringsnetvaerk",
    "rekruttering og onboarding", "velfærdsteknologi", "demens pårørende", "projektledelse", "GDPR databeskyttelse", "klimatilpasning",
    "borgerinddragelse", "mentor", "data science dashboard", "sundhedsplejerske", "tillidsbaseret ledelse", "referat netværksmøde",
];

var server = Environment.GetEnvironmentVariable("ConnectionStrings__ExpertFinder")
    ?? throw new InvalidOperationException("ConnectionStrings__ExpertFinder is not set: run ./expertfinder bench");
var scratch = "ef_bench_" + Guid.NewGuid().ToString("N");
await using (var admin = new NpgsqlConnection(server))
{
    await admin.OpenAsync();
    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{scratch}\"", admin);
    await create.ExecuteNonQueryAsync();
}
var indexPath = Path.Combine(Path.GetTempPath(), "ef-bench-index-" + Guid.NewGuid().ToString("N"));
var app = Server.Build(["--urls", "http://127.0.0.1:0"], builder =>
{
    builder.Configuration["ConnectionStrings:ExpertFinder"] = new NpgsqlConnectionStringBuilder(server) { Database = scratch }.ConnectionString;
    builder.Configuration["ExpertFinder:IndexPath"] = indexPath;
    builder.Configuration["Logging:LogLevel:Default"] = "Warning";
});
try
{
    await Server.PrepareAsync(app, seedIfEmpty: null, CancellationToken.None);
    var database = app.Services.GetRequiredService<NpgsqlDataSource>();

    var importClock = Stopwatch.StartNew();
    var (summary, counts) = await new DatasetImport(database).RunAsync(dataset, null, CancellationToken.None);
    importClock.Stop();
    if (counts is null)
    {
        summary.Errors.ToList().ForEach(Console.Error.WriteLine);
        return 1;
    }
    var rebuildClock = Stopwatch.StartNew();
    await app.Services.GetRequiredService<ExpertFinder.Api.Indexing.IndexSynchronizer>().RebuildAsync(CancellationToken.None);
    rebuildClock.Stop();
    await app.StartAsync();
    Console.WriteLine($"dataset: {dataset}");
    Console.WriteLine($"records: {summary.Total} ({summary.People} people, {summary.Documents} documents); " +
        $"import (validate + write, {counts.Total} rows changed): {importClock.Elapsed.TotalSeconds:F2} s = {summary.Total / importClock.Elapsed.TotalSeconds:F0} records/s; " +
        $"index rebuild: {rebuildClock.Elapsed.TotalSeconds:F2} s");
    var budget = TimeSpan.FromSeconds(60);

    var baseline = new PostgresFullTextBaseline(database);
    await baseline.EnsureIndexesAsync();
    var index = app.Services.GetRequiredService<ExpertIndex>();
    using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    const string contract = "query($q:String!,$n:Int){experts(query:$q, first:$n){edges{node{person{key}}}}}";

    var results = new List<Latency.Summary>
    {
        await Latency.MeasureAsync("ExpertFinder, in-process search", queries, 3, rounds, budget,
            q => Task.FromResult(index.Search(new ExpertQuery(q, 0, 10)))),
        await Latency.MeasureAsync("ExpertFinder, contract query over HTTP", queries, 3, rounds, budget, async q =>
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query = contract, variables = new { q, n = 10 } });
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        }),
        await Latency.MeasureAsync("PostgreSQL FTS baseline (ts_rank_cd, GIN)", queries, 3, rounds, budget, q => baseline.SearchAsync(q, 10)),
    };

    Console.WriteLine($"{queries.Length} queries x {rounds} rounds (or {budget.TotalSeconds:F0} s), one client, warm (3 warm-up rounds)");
    Console.WriteLine(Latency.Summary.Header);
    results.ForEach(Console.WriteLine);
    return 0;
}
finally
{
    await app.StopAsync();
    await app.DisposeAsync();
    NpgsqlConnection.ClearAllPools();
    await using (var admin = new NpgsqlConnection(server))
    {
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{scratch}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
    if (Directory.Exists(indexPath))
    {
        Directory.Delete(indexPath, recursive: true);
    }
}
