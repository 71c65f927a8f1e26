using System.Net.Http.Json;
using ExpertFinder.Search.Experts;

namespace ExpertFinder.Benchmarks;

/// <summary>The bench verb: times the same Danish queries three ways on one scratch server.</summary>
public static class LatencyBench
{
    private static readonly string[] Queries =
    [
        "videndeling", "vidensdeling", "sundhedsfremme", "personalejura", "ansættelsesret", "Aarhus", "Århus", "laeringsnetvaerk",
        "rekruttering og onboarding", "velfærdsteknologi", "demens pårørende", "projektledelse", "GDPR databeskyttelse", "klimatilpasning",
        "borgerinddragelse", "mentor", "data science dashboard", "sundhedsplejerske", "tillidsbaseret ledelse", "referat netværksmøde",
    ];

    public static async Task<int> RunAsync(string dataset, int rounds)
    {
        await using var server = await ScratchServer.StartAsync(dataset, "bench");
        Console.WriteLine($"dataset: {dataset}");
        Console.WriteLine($"records: {server.Summary.Total} ({server.Summary.People} people, {server.Summary.Documents} documents); " +
            $"import (validate + write, {server.Counts.Total} rows changed): {server.ImportTime.TotalSeconds:F2} s = {server.Summary.Total / server.ImportTime.TotalSeconds:F0} records/s; " +
            $"index rebuild: {server.RebuildTime.TotalSeconds:F2} s");
        var budget = TimeSpan.FromSeconds(60);

        var baseline = new PostgresFullTextBaseline(server.OwnerDatabase);
        await baseline.EnsureIndexesAsync();
        var index = server.Index;
        using var http = new HttpClient { BaseAddress = server.Url };
        const string contract = ApiOverheadBench.ContractQuery;
        const string page = ApiOverheadBench.PageQuery;
        string viewer;
        await using (var command = server.Database.CreateCommand("SELECT key FROM people WHERE visibility <> 'hidden' ORDER BY key LIMIT 1"))
        {
            viewer = (string)(await command.ExecuteScalarAsync())!;
        }
        var prefixes = Queries.Select(q => q[..Math.Min(4, q.Length)]).Distinct().ToArray();

        var results = new List<Latency.Summary>
        {
            await Latency.MeasureAsync("ExpertFinder, in-process search", Queries, 3, rounds, budget,
                q => Task.FromResult(index.Search(new ExpertQuery(q, 0, 10)))),
            await Latency.MeasureAsync("ExpertFinder, in-process search with evidence and facets", Queries, 3, rounds, budget,
                q => Task.FromResult(index.Search(new ExpertQuery(q, 0, 10) { WithFacets = true }))),
            await Latency.MeasureAsync("ExpertFinder, in-process suggest (4-letter prefixes)", prefixes, 3, rounds, budget,
                p => Task.FromResult(index.Suggest(p))),
            await Latency.MeasureAsync("ExpertFinder, contract query over HTTP", Queries, 3, rounds, budget, async q =>
            {
                using var response = await http.PostAsJsonAsync("/graphql", new { query = contract, variables = new { q, n = 10 } });
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            }),
            await Latency.MeasureAsync("ExpertFinder, search page over HTTP (evidence, facets, viewer path)", Queries, 3, rounds, budget, async q =>
            {
                using var response = await http.PostAsJsonAsync("/graphql", new { query = page, variables = new { q, viewer } });
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            }),
            await Latency.MeasureAsync("PostgreSQL FTS baseline (ts_rank_cd, GIN)", Queries, 3, rounds, budget, q => baseline.SearchAsync(q, 10)),
        };

        Console.WriteLine($"{Queries.Length} queries x {rounds} rounds (or {budget.TotalSeconds:F0} s), one client, warm (3 warm-up rounds)");
        Console.WriteLine(Latency.Summary.Header);
        results.ForEach(Console.WriteLine);
        return 0;
    }
}
