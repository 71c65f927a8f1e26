using System.Diagnostics;
using System.Globalization;
using ExpertFinder.Api.Features.NetworkGraphs;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Graphs.Building;
using ExpertFinder.Graphs.Model;
using ExpertFinder.Tools.Generation;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Tools.Bench;

/// <summary>
/// Collaboration graphs on a synthetic organisation: the data read from PostgreSQL once, then per level the graph
/// and all metrics built (cold: a fresh cache, data read included; build: the library alone) and asked again (cached).
/// </summary>
public static class GraphBench
{
    public static async Task<int> RunAsync(int people, int networks)
    {
        var directory = Path.Combine(Path.GetTempPath(), "ef-bench-graph-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Documents with text make the import slow without adding to the graph much: one per ten people.
            DatasetGenerator.Write(directory, new GeneratorOptions(people, Math.Max(1, people / 10)) { Networks = networks });
            Console.WriteLine($"dataset: {people} people, {networks} networks, {people / 10} documents; importing into a scratch database…");
            await using var scratch = await ScratchServer.StartAsync(directory, "bench_graph");
            var synchronizer = scratch.App.Services.GetRequiredService<IndexSynchronizer>();

            var loadClock = Stopwatch.StartNew();
            var data = await GraphData.LoadAsync(scratch.Database, CancellationToken.None);
            var load = loadClock.Elapsed;
            Console.WriteLine($"read from PostgreSQL in {load.TotalMilliseconds:F0} ms: {data.Input.People.Count} visible people, {data.Input.Networks.Count} networks, {data.Input.Documents.Count} documents with visible authors");
            Console.WriteLine();
            Console.WriteLine("| level | nodes | edges | betweenness | build (library) | cold (read + build) | cached | allocated | heap after |");
            Console.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|---:|");
            foreach (var level in Enum.GetValues<GraphLevel>())
            {
                // Once untimed so that the JIT's first compilations are not counted against the first level.
                CollaborationGraphBuilder.Build(data.Input, level, CollaborationFilter.None);
                GC.Collect();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var buildClock = Stopwatch.StartNew();
                var graph = CollaborationGraphBuilder.Build(data.Input, level, CollaborationFilter.None);
                var build = buildClock.Elapsed;
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

                using var service = new NetworkGraphService(scratch.Database, synchronizer);
                var request = new NetworkGraphRequest { Level = level };
                var coldClock = Stopwatch.StartNew();
                await service.GraphAsync(request, new ExpertFinder.Api.Security.Privacy.PrivacyPolicy(ExpertFinder.Api.Security.Auth.Caller.Anonymous, []), CancellationToken.None);
                var cold = coldClock.Elapsed;
                var cachedClock = Stopwatch.StartNew();
                const int Repeats = 100;
                for (var i = 0; i < Repeats; i++)
                {
                    await service.GraphAsync(request, new ExpertFinder.Api.Security.Privacy.PrivacyPolicy(ExpertFinder.Api.Security.Auth.Caller.Anonymous, []), CancellationToken.None);
                }
                var cached = cachedClock.Elapsed / Repeats;
                var heap = GC.GetTotalMemory(forceFullCollection: true);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {level.ToString().ToUpperInvariant()} | {graph.Nodes.Count} | {graph.Edges.Count} | {(graph.Summary.BetweennessSampled ? $"sampled ({ExpertFinder.Graphs.Metrics.Betweenness.SampledPivots} sources)" : "exact")} | {build.TotalMilliseconds:F0} ms | {cold.TotalMilliseconds:F0} ms | {cached.TotalMilliseconds:F3} ms | {allocated / 1048576.0:F0} MiB | {heap / 1048576.0:F0} MiB |"));
            }
            Console.WriteLine();
            Console.WriteLine($"{Environment.ProcessorCount} processors; cold includes reading the data ({load.TotalMilliseconds:F0} ms above, once per data version in the server)");
            return 0;
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
