using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Tests.Http;
using ExpertFinder.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.IndexSync;

/// <summary>
/// The index compared with PostgreSQL entry by entry: an index the synchronizer and the rebuilder keep has no
/// differences, whatever changed; an index changed behind their back has exactly the differences made, and a repair
/// through the index log removes them. Each test leaves the index as PostgreSQL says it should be.
/// </summary>
public sealed class IndexVerifierTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string UpdatePerson = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ {MutationRequests.Errors} }} }}";
    private const string UpdateCompetence = $"mutation($input: UpdateCompetenceInput!) {{ updateCompetence(input: $input) {{ {MutationRequests.Errors} }} }}";
    private const string UpdateDocument = $"mutation($input: UpdateDocumentInput!) {{ updateDocument(input: $input) {{ {MutationRequests.Errors} }} }}";
    private const string DeleteDocument = $"mutation($input: DeleteDocumentInput!) {{ deleteDocument(input: $input) {{ {MutationRequests.Errors} }} }}";

    private IndexVerifier Verifier => server.Services.GetRequiredService<IndexVerifier>();

    private ExpertIndex Index => server.Services.GetRequiredService<ExpertIndex>();

    [Fact]
    public async Task An_index_kept_by_its_updates_and_by_a_rebuild_has_no_differences_after_an_import_after_changes_and_after_the_rebuild()
    {
        using var dataset = VerificationDataset.For("ok");
        await server.SeedAsync(dataset);
        Assert.Contains(IndexedKeys(), e => e == (IndexEntryKind.Document, "ok-d-minutes"));

        var heard = new List<string>();
        Func<string, Task> listen = progress =>
        {
            heard.Add(progress);
            return Task.CompletedTask;
        };

        var imported = await Verifier.VerifyAsync(repair: false, listen, CancellationToken.None);

        // A name comes (a hidden person shown), one goes (a person hidden), one changes (the documents naming Ole
        // name him no more); a competence is renamed (its holders and the network about it); a document goes.
        await MutateAsync(UpdatePerson, new { id = MutationRequests.Id("Person", "ok-skjult"), visibility = "ORGANISATION" });
        await MutateAsync(UpdatePerson, new { id = MutationRequests.Id("Person", "ok-mette"), visibility = "HIDDEN" });
        await MutateAsync(UpdatePerson, new { id = MutationRequests.Id("Person", "ok-ole"), name = "Ole Holm" });
        await MutateAsync(UpdateCompetence, new { id = MutationRequests.Id("Competence", "ok-demens"), name = "Demenssygdom" });
        await MutateAsync(DeleteDocument, new { id = MutationRequests.Id("Document", "ok-d-orphan") });
        var changed = await Verifier.VerifyAsync(repair: false, listen, CancellationToken.None);
        await server.Services.GetRequiredService<IndexSynchronizer>().RebuildAsync(CancellationToken.None);
        var rebuilt = await Verifier.VerifyAsync(repair: false, listen, CancellationToken.None);

        Assert.Equal("differences: 0\n", imported.Report);
        Assert.Equal("differences: 0\n", changed.Report);
        Assert.Equal("differences: 0\n", rebuilt.Report);
        // Not even a first look found a difference (one that a second look after catching up would have let go).
        Assert.Equal(3, heard.Count(p => p == "comparing the index with PostgreSQL"));
        Assert.DoesNotContain(heard, p => p.Contains("checking them again", StringComparison.Ordinal));
        Assert.DoesNotContain(IndexedKeys(), e => e.Key is "ok-mette" or "ok-d-orphan");
        Assert.Contains(IndexedKeys(), e => e == (IndexEntryKind.Person, "ok-skjult"));
    }

    [Fact]
    public async Task Changes_committed_while_the_index_is_compared_are_checked_again_once_applied_and_are_no_differences()
    {
        using var dataset = VerificationDataset.For("meanwhile");
        await server.SeedAsync(dataset);
        var heard = new List<string>();

        var verification = await Verifier.VerifyAsync(repair: false, async progress =>
        {
            heard.Add(progress);
            // The index has been read; PostgreSQL is read next, and has the changes: a person's bio, the title of
            // minutes that name people, and a competence's name (its holder Mette and the network about it change too).
            if (progress == "comparing the index with PostgreSQL" && heard.Count(p => p == progress) == 1)
            {
                await MutateAsync(UpdatePerson, new { id = MutationRequests.Id("Person", "meanwhile-karen"), bio = "Rehabilitering i eget hjem." });
                await MutateAsync(UpdateDocument, new { id = MutationRequests.Id("Document", "meanwhile-d-minutes"), title = "Referat om rehabilitering" });
                await MutateAsync(UpdateCompetence, new { id = MutationRequests.Id("Competence", "meanwhile-demens"), name = "Demenssygdom" });
            }
        }, CancellationToken.None);

        Assert.Equal("differences: 0\n", verification.Report);
        Assert.Contains("5 differences; checking them again once the index has caught up", heard);
        Assert.Contains("5 of them were changes committed meanwhile, now applied", heard);
        var found = await server.ExpertKeysAsync("rehabilitering", 50);
        Assert.Contains("meanwhile-karen", found);
        Assert.Contains("meanwhile-mette", found);
    }

    [Fact]
    public async Task An_index_changed_behind_the_log_s_back_shows_each_difference_by_kind_key_and_what_differs()
    {
        using var dataset = VerificationDataset.For("tamper");
        await server.SeedAsync(dataset);
        var loader = server.Services.GetRequiredService<IndexEntryLoader>();
        var report = (await loader.LoadDocumentsAsync(["tamper-d-report"], CancellationToken.None))["tamper-d-report"]!;
        var hidden = (await loader.LoadPeopleAsync(["tamper-karen"], CancellationToken.None))["tamper-karen"]! with { Key = "tamper-skjult", Name = "Hemmelig Hansen" };
        Index.DeletePerson("tamper-mette");
        Index.Upsert(report with { Text = "Plan for vejvedligeholdelse." });
        Index.Upsert(new IndexedNetwork("tamper-ghost", "Spøgelsesnetværket", null, "learning", "active", [], []));
        Index.Upsert(hidden);
        Index.Commit();

        var verification = await Verifier.VerifyAsync(repair: false, progress: null, CancellationToken.None);

        var lines = verification.Report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Equal("person tamper-mette: missing from the index", lines[0]);
        Assert.Equal("person tamper-skjult: in the index, hidden in the database", lines[1]);
        Assert.Matches(@"^document tamper-d-report: content differs \(index [0-9a-f]{12}, database [0-9a-f]{12}\)$", lines[2]);
        Assert.Equal("network tamper-ghost: in the index, not in the database", lines[3]);
        Assert.Equal("differences: 4", lines[4]);
        Assert.Equal(
            [(IndexEntryKind.Person, "tamper-mette", DifferenceKind.MissingFromIndex), (IndexEntryKind.Person, "tamper-skjult", DifferenceKind.HiddenInDatabase),
             (IndexEntryKind.Document, "tamper-d-report", DifferenceKind.ContentDiffers), (IndexEntryKind.Network, "tamper-ghost", DifferenceKind.NotInDatabase)],
            verification.Remaining.Select(d => (d.Kind, d.Key, d.What)));

        await Verifier.VerifyAsync(repair: true, progress: null, CancellationToken.None);
    }

    [Fact]
    public async Task A_repair_indexes_the_differing_entries_again_through_the_log_and_leaves_no_difference_and_they_are_found_again()
    {
        using var dataset = VerificationDataset.For("repair");
        await server.SeedAsync(dataset);
        var loader = server.Services.GetRequiredService<IndexEntryLoader>();
        var ole = (await loader.LoadPeopleAsync(["repair-ole"], CancellationToken.None))["repair-ole"]!;
        Index.DeleteDocument("repair-d-report");
        Index.Upsert(ole with { Bio = "Snerydning på cykelstier." });
        Index.Upsert(new IndexedCompetence("repair-ghost", "Spøgelser", []));
        Index.Commit();
        Assert.Equal(["repair-ole"], await server.ExpertKeysAsync("snerydning"));
        // By profile only: the other tests' reports name an "Ole Sørensen" too, and a mention may find this Ole.
        Assert.Equal(0, (await ProfileScoresAsync("genbrug")).GetValueOrDefault("repair-ole"));
        Assert.DoesNotContain("repair-mette", await server.ExpertKeysAsync("genbrug", 50));

        var repaired = await Verifier.VerifyAsync(repair: true, progress: null, CancellationToken.None);

        Assert.Equal(3, repaired.Found.Count);
        Assert.Equal(3, repaired.Queued);
        Assert.Empty(repaired.Remaining);
        Assert.EndsWith("repair: queued 3 entries for this index, applied them and verified again\ndifferences: 0\n", repaired.Report, StringComparison.Ordinal);
        Assert.Equal("differences: 0\n", (await Verifier.VerifyAsync(repair: false, progress: null, CancellationToken.None)).Report);
        Assert.Empty(await server.ExpertKeysAsync("snerydning"));
        // Ole by his own bio, and the report's authors by its text, again.
        Assert.True((await ProfileScoresAsync("genbrug")).GetValueOrDefault("repair-ole") > 0);
        Assert.Contains("repair-mette", await server.ExpertKeysAsync("genbrug", 50));
        Assert.DoesNotContain(IndexedKeys(), e => e.Key == "repair-ghost");
    }

    /// <summary>What each person found for the query has from their own profile.</summary>
    private async Task<Dictionary<string, double>> ProfileScoresAsync(string text)
    {
        var json = await server.QueryAsync(
            "query($q:String!){ experts(query:$q, first:50){ edges{ node{ person{ key } scoreParts{ profile } } } } }", new { q = text });
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("experts").GetProperty("edges").EnumerateArray().ToDictionary(
            e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()!,
            e => e.GetProperty("node").GetProperty("scoreParts").GetProperty("profile").GetDouble());
    }

    private List<(IndexEntryKind Kind, string Key)> IndexedKeys()
    {
        var keys = new List<(IndexEntryKind, string)>();
        Index.ReadEntries(e => keys.Add((e.Kind, e.Key)));
        return keys;
    }

    private async Task MutateAsync(string mutation, object input) => MutationRequests.AssertSucceeded(await server.MutateAsync(mutation, input));
}
