using System.Diagnostics;
using System.Text.Json;
using ExpertFinder.Tools.Bench;
using ExpertFinder.Tools.Processes;

namespace ExpertFinder.Tools.Cluster;

/// <summary>The writes and their searches, and the stop and start of the last server meanwhile.</summary>
internal sealed class ClusterWriter(List<ClusterMember> members, string token, string unitId)
{
    private const string CreatePerson = "mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { key } problems: errors { code message } } }";

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
        progress.WriteLine($"cluster: {writes.Count} writes sent; waiting for the searches to find them (at most {ClusterRun.FinalPatience.TotalSeconds:F0} s)");
        giveUp.CancelAfter(ClusterRun.FinalPatience);
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
                await Task.Delay(ClusterRun.PollInterval, giveUp);
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
