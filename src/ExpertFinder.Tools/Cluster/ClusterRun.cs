using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Tools.Bench;
using ExpertFinder.Tools.Processes;
using Npgsql;

namespace ExpertFinder.Tools.Cluster;

/// <summary>How many servers, for how long, how many writes a second.</summary>
public sealed record ClusterSettings(int Servers, TimeSpan Duration, int WritesPerSecond);

/// <summary>A run's report, every write it made and the servers' addresses.</summary>
public sealed record ClusterResult(ClusterReport Report, IReadOnlyList<ClusterWrite> Writes, IReadOnlyList<string> Urls);

/// <summary>
/// Several server processes on one scratch database (the demo data), each with an index folder of its own, as a
/// deployment behind a load balancer runs them. Writes go through one server at a time, round robin, at a steady rate:
/// each creates a person with a marker word in their bio, and from its acknowledgement every server is searched for
/// that word (the portals' contract query, every <see cref="PollInterval"/>) until it finds the person. After 40 % of
/// the time the last server is stopped (SIGTERM) while the writes go on through the others; after another 20 % it is
/// started again with its index folder and catches up from the index log.
/// </summary>
public static class ClusterRun
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>How long after the last write the searches go on before a write not found is counted as lost.</summary>
    public static readonly TimeSpan FinalPatience = TimeSpan.FromSeconds(30);

    public static async Task<ClusterResult> RunAsync(ClusterSettings settings, TextWriter progress)
    {
        // The servers' starts and the writes report from several threads.
        progress = TextWriter.Synchronized(progress);
        var folder = Path.Combine(Path.GetTempPath(), "ef-cluster-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = await ScratchDatabase.CreateAsync("cluster", "run ./expertfinder cluster");
        var members = new List<ClusterMember>();
        try
        {
            var unitId = await ImportDemoAsync(database, progress);
            var environment = new ServerEnvironment(database.ConnectionString, database.OwnerConnectionString, Path.Combine(folder, DevelopmentIssuer.KeyFileName));
            // The development issuer's key is made here, before the servers start together: a server that finds the key
            // file while another is still writing it cannot read it and stops.
            var token = environment.TokenFor("cluster-writer", Role.DeploymentAdmin);
            members.AddRange(Enumerable.Range(0, settings.Servers)
                .Select(i => new ClusterMember(i, new ServerProcess($"server {i + 1}", environment, Path.Combine(folder, $"index-{i + 1}")))));
            progress.WriteLine($"cluster: starting {settings.Servers} servers, each with an index folder of its own");
            await Task.WhenAll(members.Select(async member =>
            {
                await member.Server.StartAsync();
                await WarmUpAsync(member);
                member.MarkUp();
                progress.WriteLine($"cluster: {member.Server.Name} answers at {member.Server.Url}");
            }));
            var writer = new ClusterWriter(members, token, unitId);
            var (writes, outage) = await writer.RunAsync(settings, progress);
            progress.WriteLine("cluster: stopping the servers");
            foreach (var member in members)
            {
                var exit = await member.Server.StopAsync();
                if (exit != 0)
                {
                    progress.WriteLine($"cluster: {member.Server.Name} exited with {exit}:\n{member.Server.Output}");
                }
            }
            return new ClusterResult(new ClusterReport(writes, settings.Servers, outage), writes, [.. members.Select(m => m.Server.Url.ToString())]);
        }
        finally
        {
            foreach (var member in members)
            {
                await member.Server.DisposeAsync();
                member.Dispose();
            }
            await database.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// A few searches before the clock starts, so that a server's first searches (its code compiled as they run) are not
    /// timed as freshness; the server started again during the run gets none, as a restarted server in production.
    /// </summary>
    private static async Task WarmUpAsync(ClusterMember member)
    {
        foreach (var word in new[] { "videndeling", "sundhedspleje", "demens", "skoleveje", "rekruttering", "klimatilpasning" })
        {
            using var request = ServerProcess.GraphQLRequest(GraphQLRequests.Body(ApiOverheadBench.ContractQuery, new { q = word, n = 10 }));
            using var response = await member.Http.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>The demo data, as `./expertfinder serve` seeds it; returns the ID of the department the writes put people in.</summary>
    private static async Task<string> ImportDemoAsync(ScratchDatabase database, TextWriter progress)
    {
        await using var data = NpgsqlDataSource.Create(database.ConnectionString);
        var (summary, counts) = await new DatasetImport(data).RunAsync(Path.Combine(CheckoutPaths.Root, "seed", "demo"), null, CancellationToken.None);
        if (counts is null)
        {
            throw new InvalidDataException(string.Join('\n', summary.Errors));
        }
        progress.WriteLine($"cluster: imported the demo data ({summary.People} people, {summary.Documents} documents) into {database.Name}");
        await using var department = data.CreateCommand("SELECT key FROM units WHERE kind = 'department' ORDER BY key LIMIT 1");
        return GlobalId.Encode("Unit", (string)(await department.ExecuteScalarAsync())!);
    }
}
