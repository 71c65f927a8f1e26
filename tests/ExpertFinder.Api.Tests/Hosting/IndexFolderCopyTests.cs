using ExpertFinder.Tools.Cluster;

namespace ExpertFinder.Api.Tests.Hosting;

/// <summary>
/// A server started on a copy of an index folder (a backup put back, a snapshot copied to a new machine) that is older
/// than what the database recorded for that index: the log has forgotten what the copy lacks, and the server must not
/// go on as if the copy were up to date.
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

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
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
