using Npgsql;

namespace ExpertFinder.Api.Tests.Hosting;

/// <summary>
/// Processes killed outright (SIGKILL) in the middle of their work, and started again: PostgreSQL holds exactly the
/// committed work (every acknowledged mutation whole; of a write whose answer never came, all or nothing; of an import
/// cut short, nothing), and the index, once the server is back, finds all of it and nothing else: the contract query
/// finds each write's marker, and `verify` finds no entry that differs from PostgreSQL.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    /// <summary>Waits for what must happen; never the expected duration of anything (the machine may be busy).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task An_import_killed_midway_leaves_nothing_of_itself_and_run_again_imports_everything()
    {
        // Two batches of documents: the import reports each as written inside its one transaction.
        const int People = 200, Documents = 20_000;
        await using var site = await CrashSite.CreateAsync();
        using (var seed = TestDataset.WithOrganisation("crash").Add("people.jsonl", new { key = "crash-p", name = "Anne Lund", unit = "crash-afd" }))
        {
            await site.SeedAsync(seed);
        }
        await site.Server.StartAsync();
        using var dataset = new TestDataset();
        var large = LargeDataset.Write(dataset, "big", People, Documents);
        var before = await site.TableCountsAsync();

        // As `./expertfinder import DIR` runs beside the server: a process of its own, with the server's index folder.
        using (var import = site.Run("import", dataset.Directory))
        {
            var batch = await import.WaitForLineAsync(line => line.Contains("import: documents: ", StringComparison.Ordinal), Patience, "a batch of documents written");
            await import.KillAsync();
            output.WriteLine($"killed the import after: {batch}");
            Assert.DoesNotContain("import: read ", import.Output, StringComparison.Ordinal);
        }
        await site.UntilNoWritingTransactionAsync(Patience);

        Assert.Equal(before, await site.TableCountsAsync());
        Assert.Empty(await site.ExpertKeysAsync(large.People[0].Marker));
        Assert.Empty(await site.ExpertKeysAsync(large.Documents[^1].Marker));

        using (var again = site.Run("import", dataset.Directory))
        {
            Assert.True(await again.WaitForExitAsync(Patience) == 0, again.Output);
            Assert.Contains("the running server holds the index", again.Output, StringComparison.Ordinal);
        }
        Assert.Equal(People + 1, await site.CountAsync("SELECT count(*) FROM people"));
        Assert.Equal(Documents, await site.CountAsync("SELECT count(*) FROM documents"));
        await AssertSearchableAsync(site, large);
        await site.VerifyAsync(Patience);
    }

    [Fact]
    public async Task A_server_killed_under_concurrent_mutations_keeps_every_acknowledged_one_and_no_half_of_any()
    {
        await using var site = await CrashSite.CreateAsync();
        var authors = Enumerable.Range(0, 9).Select(i => $"crash-a{i}").ToArray();
        using (var seed = TestDataset.WithOrganisation("crash"))
        {
            foreach (var author in authors)
            {
                seed.Add("people.jsonl", new { key = author, name = $"Forfatter {author}", unit = "crash-afd" });
            }
            await site.SeedAsync(seed);
        }
        await site.Server.StartAsync();

        var writes = new DocumentWrites(site, "crash-afd", authors);
        using var stop = new CancellationTokenSource();
        var clients = writes.RunAsync(clients: 4, "stream", stop.Token);
        await UntilAsync(() => Task.FromResult(writes.Acknowledged >= 40), "40 acknowledged writes", site);
        await site.Server.KillAsync();
        // Each client stops at its first write that gets no answer; none may still be sending after a moment.
        await clients.WaitAsync(Patience);
        await stop.CancelAsync();
        await site.UntilNoWritingTransactionAsync(Patience);

        var sent = writes.Writes;
        output.WriteLine($"{sent.Count} writes: {string.Join(", ", sent.GroupBy(w => w.Outcome).Select(g => $"{g.Count()} {g.Key}"))}");
        Assert.All(sent, w => Assert.True(w.Outcome is WriteOutcome.Acknowledged or WriteOutcome.NoAnswer, $"{w.Key}: {w.Outcome} {w.Answer}"));
        var stored = await DocumentWrites.StoredAsync(site.Data, "stream");
        Assert.Subset(sent.Select(w => w.Key).ToHashSet(), stored.Keys.ToHashSet());
        foreach (var write in sent)
        {
            if (stored.TryGetValue(write.Key, out var document))
            {
                // Whole: every author in byline order, and the audit entry of the same transaction.
                Assert.Equal(write.Authors, document.Authors);
                Assert.True(document.Audited, $"{write.Key} has no audit entry");
            }
            else
            {
                Assert.True(write.Outcome == WriteOutcome.NoAnswer, $"{write.Key} was acknowledged and is not in PostgreSQL");
                Assert.Equal(0, await site.CountAsync("SELECT count(*) FROM audit_log WHERE entity_key = $1", write.Key));
            }
        }

        await site.Server.StartAsync();
        foreach (var write in sent)
        {
            var expected = stored.ContainsKey(write.Key) ? write.Authors.Order(StringComparer.Ordinal).ToList() : [];
            Assert.Equal(expected, await site.EventuallyExpertKeysAsync(write.Marker, expected.Count, Patience));
        }
        await site.VerifyAsync(Patience);
    }

    [Fact]
    public async Task A_server_killed_while_it_rebuilds_its_index_rebuilds_it_when_started_again()
    {
        const int People = 200, Documents = 12_000;
        await using var site = await CrashSite.CreateAsync();
        LargeDataset large;
        using (var dataset = new TestDataset())
        {
            large = LargeDataset.Write(dataset, "big", People, Documents);
            await site.SeedAsync(dataset);
        }
        await site.Server.StartAsync();
        var writes = new DocumentWrites(site, "big-afd", [.. large.People.Take(9).Select(p => p.Key)]);
        using var stop = new CancellationTokenSource();
        var clients = writes.RunAsync(clients: 2, "during", stop.Token);

        // As `./expertfinder reindex` beside a running server: it asks the server, through the index log, to rebuild.
        using (var reindex = site.Run("reindex"))
        {
            Assert.True(await reindex.WaitForExitAsync(Patience) == 0, reindex.Output);
            Assert.Contains("it has been asked to rebuild it", reindex.Output, StringComparison.Ordinal);
        }
        await using var entry = site.Data.CreateCommand("SELECT tx_id::text FROM index_outbox WHERE entity_kind = 'rebuild'");
        var rebuildEntry = (string)(await entry.ExecuteScalarAsync())!;
        // The rebuild reads every document in one query: while that query runs, the rebuild is under way.
        await UntilAsync(async () => await site.CountAsync("""
            SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND state = 'active' AND query LIKE '%meeting_participants_by_document%'
            """) > 0, "the rebuild reading the documents", site);
        await Task.Delay(200);
        await site.Server.KillAsync();
        await stop.CancelAsync();
        await clients.WaitAsync(Patience);
        await site.UntilNoWritingTransactionAsync(Patience);
        // Killed before the rebuild was committed: the database still has the index before the rebuild's entry.
        Assert.Equal(0, await site.CountAsync("SELECT count(*) FROM index_consumers WHERE applied_below > $1::xid8", rebuildEntry));

        var restarted = System.Diagnostics.Stopwatch.StartNew();
        await site.Server.StartAsync();
        output.WriteLine($"started again, rebuilt and answering after {restarted.ElapsedMilliseconds} ms:");
        output.WriteLine(string.Join('\n', site.Server.Output.Split('\n').Where(line => line.Contains("Rebuilt the search index", StringComparison.Ordinal))));
        Assert.Contains("Rebuilt the search index", site.Server.Process.Output, StringComparison.Ordinal);
        Assert.Equal(1, await site.CountAsync("SELECT count(*) FROM index_consumers WHERE applied_below > $1::xid8", rebuildEntry));
        var stored = await DocumentWrites.StoredAsync(site.Data, "during");
        output.WriteLine($"{writes.Writes.Count} writes during the rebuild, {writes.Acknowledged} acknowledged, {stored.Count} stored");
        foreach (var write in writes.Writes)
        {
            Assert.True(write.Outcome != WriteOutcome.Acknowledged || stored.ContainsKey(write.Key), $"{write.Key} was acknowledged and is not in PostgreSQL");
            var expected = stored.ContainsKey(write.Key) ? write.Authors.Order(StringComparer.Ordinal).ToList() : [];
            Assert.Equal(expected, await site.EventuallyExpertKeysAsync(write.Marker, expected.Count, Patience));
        }
        await AssertSearchableAsync(site, large);
        await site.VerifyAsync(Patience);
    }

    /// <summary>Every person by their marker, and every 250th document by its marker (its authors), through the server.</summary>
    private static async Task AssertSearchableAsync(CrashSite site, LargeDataset large)
    {
        // The first one waits for the index to catch up (or rebuild); the rest must be there by then.
        Assert.Equal([large.People[0].Key], await site.EventuallyExpertKeysAsync(large.People[0].Marker, 1, Patience));
        foreach (var (key, marker) in large.People)
        {
            Assert.Equal([key], await site.ExpertKeysAsync(marker));
        }
        for (var i = 0; i < large.Documents.Count; i += 250)
        {
            var (_, marker, authors) = large.Documents[i];
            Assert.Equal(authors.Order(StringComparer.Ordinal), await site.EventuallyExpertKeysAsync(marker, authors.Length, Patience));
        }
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string what, CrashSite site)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"no {what} within {Patience}:\n{site.Server.Output}");
            await Task.Delay(20);
        }
    }
}
