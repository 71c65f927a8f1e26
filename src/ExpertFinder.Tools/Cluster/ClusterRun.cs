using System.Diagnostics;
using System.Text.Json;
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

    private const string CreatePerson = "mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { key } problems: errors { code message } } }";

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
            var writer = new Writer(members, token, unitId);
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

    /// <summary>The writes and their searches, and the stop and start of the last server meanwhile.</summary>
    private sealed class Writer(List<ClusterMember> members, string token, string unitId)
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();

        private double Now => clock.Elapsed.TotalMilliseconds;

        public async Task<(List<ClusterWrite> Writes, ServerOutage Outage)> RunAsync(ClusterSettings settings, TextWriter progress)
        {
            clock.Restart();
            var writes = new List<ClusterWrite>();
            var under = new List<Task>();
            using var giveUp = new CancellationTokenSource();
            var outage = Task.Run(() => StopAndStartAsync(members[^1], settings.Duration * 0.4, TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, (settings.Duration * 0.2).Ticks)), progress));
            progress.WriteLine($"cluster: writing for {settings.Duration.TotalSeconds:F0} s at {settings.WritesPerSecond}/s, round robin");
            var random = new Random();
            var turn = 0;
            for (var n = 0; ; n++)
            {
                var due = TimeSpan.FromSeconds((double)n / settings.WritesPerSecond);
                if (due >= settings.Duration)
                {
                    break;
                }
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }
                var live = members.Where(m => m.IsUp).ToList();
                var member = live[turn++ % live.Count];
                var write = new ClusterWrite(n, MarkerWords.Next(random), member.Index, members.Count);
                writes.Add(write);
                under.Add(WriteAndWatchAsync(write, member, giveUp.Token));
            }
            var stopped = await outage;
            progress.WriteLine($"cluster: {writes.Count} writes sent; waiting for the searches to find them (at most {FinalPatience.TotalSeconds:F0} s)");
            giveUp.CancelAfter(FinalPatience);
            await Task.WhenAll(under);
            return (writes, stopped);
        }

        private async Task<ServerOutage> StopAndStartAsync(ClusterMember member, TimeSpan at, TimeSpan downFor, TextWriter progress)
        {
            await Task.Delay(at);
            member.MarkDown();
            var stoppedMs = Now;
            progress.WriteLine($"cluster: stopping {member.Server.Name} (SIGTERM) while the writes go on");
            var exit = await member.Server.StopAsync();
            var back = at + downFor - clock.Elapsed;
            if (back > TimeSpan.Zero)
            {
                await Task.Delay(back);
            }
            progress.WriteLine($"cluster: {member.Server.Name} stopped (exit {exit}); starting it again with its index folder");
            var startedMs = Now;
            await member.Server.StartAsync();
            var answeringMs = Now;
            member.MarkUp();
            return new ServerOutage(member.Index, stoppedMs, startedMs, answeringMs, exit);
        }

        private async Task WriteAndWatchAsync(ClusterWrite write, ClusterMember member, CancellationToken giveUp)
        {
            var input = new { key = write.Key, name = $"Klyngeskribent {write.Number}", unitId, bio = $"Arbejder med {write.Marker} i forvaltningen." };
            try
            {
                using var request = ServerProcess.GraphQLRequest(GraphQLRequests.Body(CreatePerson, new { input }), token);
                using var response = await member.Http.SendAsync(request, CancellationToken.None);
                var answer = await response.Content.ReadAsStringAsync(CancellationToken.None);
                if (!Acknowledges(response, answer))
                {
                    write.Failure = $"{(int)response.StatusCode}: {answer[..Math.Min(answer.Length, 300)]}";
                    return;
                }
                write.AcknowledgedMs = Now;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                write.Failure = e.Message;
                return;
            }
            await Task.WhenAll(members.Select(m => WatchAsync(write, m, giveUp)));
        }

        /// <summary>Searches through <paramref name="member"/> for the write's marker until it finds the person, or gives up.</summary>
        private async Task WatchAsync(ClusterWrite write, ClusterMember member, CancellationToken giveUp)
        {
            var search = GraphQLRequests.Body(ApiOverheadBench.ContractQuery, new { q = write.Marker, n = 10 });
            try
            {
                while (true)
                {
                    await member.UntilUpAsync(giveUp);
                    if (await FindsAsync(member, search, write.Key, giveUp))
                    {
                        write.FoundMs[member.Index] = Now;
                        return;
                    }
                    await Task.Delay(PollInterval, giveUp);
                }
            }
            catch (OperationCanceledException) when (giveUp.IsCancellationRequested)
            {
                // Not found in time: the report counts it as lost.
            }
        }

        /// <summary>Whether the search finds the person; a server that does not answer (stopping, say) has not found them.</summary>
        private static async Task<bool> FindsAsync(ClusterMember member, byte[] search, string key, CancellationToken giveUp)
        {
            try
            {
                using var request = ServerProcess.GraphQLRequest(search);
                using var response = await member.Http.SendAsync(request, giveUp);
                if (!response.IsSuccessStatusCode)
                {
                    return false;
                }
                using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(giveUp), cancellationToken: giveUp);
                return json.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.GetProperty("experts").GetProperty("edges").EnumerateArray()
                        .Any(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString() == key);
            }
            catch (Exception e) when (e is HttpRequestException or JsonException || (e is TaskCanceledException && !giveUp.IsCancellationRequested))
            {
                return false;
            }
        }

        private static bool Acknowledges(HttpResponseMessage response, string answer)
        {
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }
            try
            {
                using var json = JsonDocument.Parse(answer);
                return !json.RootElement.TryGetProperty("errors", out _)
                    && json.RootElement.GetProperty("data").GetProperty("createPerson").GetProperty("problems").GetArrayLength() == 0;
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return false;
            }
        }
    }
}
