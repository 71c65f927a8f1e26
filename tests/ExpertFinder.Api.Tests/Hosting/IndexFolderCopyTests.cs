using ExpertFinder.Tools.Cluster;
using ExpertFinder.Tools.Processes;

namespace ExpertFinder.Api.Tests.Hosting;

/// <summary>
/// A server started on a copy of an index folder: a copy of a folder in use elsewhere takes an identity of its own and
/// is rebuilt; a copy of a server that has gone takes its place and catches up from where its commit says; a copy older
/// than what the database recorded for that index (a backup put back) is rebuilt, as the log may have forgotten what
/// the copy lacks.
/// </summary>
public sealed class IndexFolderCopyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_server_on_an_older_copy_of_its_index_folder_finds_what_was_written_after_the_copy()
    {
        await using var site = await CrashSite.CreateAsync();
        using (var seed = TestDataset.WithOrganisation("copy").Add("people.jsonl", new { key = "copy-p", name = "Anne Lund", unit = "copy-afd" }))
        {
            await site.SeedAsync(seed);
        }
        var random = new Random(3);
        var (before, after) = (MarkerWords.Next(random), MarkerWords.Next(random));
        await site.Server.StartAsync();
        await site.CreatePersonAsync("copy-before", "copy-afd", $"Arbejder med {before}.");
        Assert.Equal(0, await site.Server.StopAsync());
        var backup = site.IndexPath + "-backup";
        CopyFolder(site.IndexPath, backup);

        await site.Server.StartAsync();
        await site.CreatePersonAsync("copy-after", "copy-afd", $"Arbejder med {after}.");
        Assert.Equal(["copy-after"], await site.ExpertKeysAsync(after));
        // The only index has applied it: the log forgets it.
        await UntilAsync(async () => await site.CountAsync("SELECT count(*) FROM index_outbox") == 0, "the log pruned", site);
        Assert.Equal(0, await site.Server.StopAsync());

        // The folder as the backup has it: the index of before the second write.
        Directory.Delete(site.IndexPath, recursive: true);
        CopyFolder(backup, site.IndexPath);
        await site.Server.StartAsync();

        Assert.Equal(["copy-before"], await site.ExpertKeysAsync(before));
        Assert.Equal(["copy-after"], await site.EventuallyExpertKeysAsync(after, 1, TimeSpan.FromSeconds(10)));
        await site.VerifyAsync(Patience);
    }

    [Fact]
    public async Task A_copy_of_the_folder_of_a_running_server_takes_an_identity_of_its_own_and_is_rebuilt()
    {
        await using var site = await SiteWithOnePersonAsync("inuse");
        var random = new Random(5);
        await site.Server.StartAsync();
        var copyPath = site.IndexPath + "-copy";
        CopyFolder(site.IndexPath, copyPath);
        await using var copy = new ServerProcess("copy", site.Environment, copyPath);

        await copy.StartAsync();

        Assert.Contains("which is in use; it takes a new one", copy.Output, StringComparison.Ordinal);
        Assert.Contains("is rebuilt: the database does not know it", copy.Output, StringComparison.Ordinal);
        Assert.Equal(2, await site.CountAsync("SELECT count(*) FROM index_consumers"));
        var marker = MarkerWords.Next(random);
        await site.CreatePersonAsync("inuse-new", "inuse-afd", $"Arbejder med {marker}.");
        Assert.Equal(["inuse-new"], await site.EventuallyExpertKeysAsync(marker, 1, Patience));
        Assert.Equal(["inuse-new"], await EventuallyExpertKeysAsync(copy, marker));
    }

    [Fact]
    public async Task A_copy_of_the_folder_of_a_server_that_has_gone_takes_its_place_and_catches_up_without_a_rebuild()
    {
        await using var site = await SiteWithOnePersonAsync("gone");
        var random = new Random(6);
        await site.Server.StartAsync();
        Assert.Equal(0, await site.Server.StopAsync());
        var copyPath = site.IndexPath + "-copy";
        CopyFolder(site.IndexPath, copyPath);
        // Written while no server runs, as `./expertfinder import` would: the log keeps it for the registered index.
        var marker = MarkerWords.Next(random);
        using (var dataset = TestDataset.WithOrganisation("gone").Add("people.jsonl", new { key = "gone-new", name = "Bo Berg", unit = "gone-afd", bio = $"Arbejder med {marker}." }))
        {
            await site.SeedAsync(dataset);
        }
        // The original is taken for gone once it has not been seen for IdentityInUseFor (2 minutes by default).
        var quick = site.Environment with { Settings = new Dictionary<string, string> { ["ExpertFinder__IndexLog__IdentityInUseFor"] = "00:00:01" } };
        await Task.Delay(TimeSpan.FromSeconds(2));
        await using var copy = new ServerProcess("copy", quick, copyPath);

        await copy.StartAsync();

        Assert.DoesNotContain("takes a new one", copy.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("is rebuilt", copy.Output, StringComparison.Ordinal);
        Assert.Equal(["gone-new"], await EventuallyExpertKeysAsync(copy, marker));
        await using var registration = site.Data.CreateCommand("SELECT index_path FROM index_consumers");
        Assert.Equal(Path.GetFullPath(copyPath), (string)(await registration.ExecuteScalarAsync())!);
    }

    private static async Task<CrashSite> SiteWithOnePersonAsync(string prefix)
    {
        var site = await CrashSite.CreateAsync();
        using var seed = TestDataset.WithOrganisation(prefix).Add("people.jsonl", new { key = $"{prefix}-p", name = "Anne Lund", unit = $"{prefix}-afd" });
        await site.SeedAsync(seed);
        return site;
    }

    /// <summary>The contract query through another server than the site's.</summary>
    private static async Task<List<string>> EventuallyExpertKeysAsync(ServerProcess server, string marker)
    {
        using var http = new HttpClient { BaseAddress = server.Url };
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var request = ServerProcess.GraphQLRequest(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { query = Contract.ExpertsQuery, variables = new { q = marker, n = 10 } }));
            using var response = await http.SendAsync(request);
            var keys = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("experts")
                .GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()!).ToList();
            if (keys.Count > 0 || DateTime.UtcNow > deadline)
            {
                return keys;
            }
            await Task.Delay(50);
        }
    }

    /// <summary>The index's files as they are; the lock files are the running server's own (and locked).</summary>
    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string what, CrashSite site)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"no {what} within {Patience}:\n{site.Server.Output}");
            await Task.Delay(50);
        }
    }
}
