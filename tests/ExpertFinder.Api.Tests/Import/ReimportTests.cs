namespace ExpertFinder.Api.Tests.Import;

public sealed class ReimportTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Importing_the_same_dataset_twice_changes_nothing()
    {
        using var dataset = TestDataset.WithOrganisation("idem")
            .Add("competences.jsonl", new { key = "idem-c", name = "Demens", synonyms = new[] { "demenssygdom" } })
            .Add("people.jsonl", new
            {
                key = "idem-anne", name = "Anne", unit = "idem-afd", roles = new[] { "mentor", "knowledge-sharer" },
                competences = new[] { new { competence = "idem-c", level = 4, source = "formal", since = "2020-05" } },
            })
            .Add("networks.jsonl", new { key = "idem-n", name = "Demensnetværket", kind = "welfare", members = new[] { new { person = "idem-anne", role = "facilitator" } }, topics = new[] { "idem-c" } })
            .Add("documents.jsonl", new { key = "idem-d", title = "Referat", text = "Demens og pårørende.", authors = new[] { "idem-anne" }, network = "idem-n" });

        var (_, first) = await server.ImportAsync(dataset);
        var rows = await server.CountAsync("memberships") + await server.CountAsync("authorships") + await server.CountAsync("person_competences");
        var (_, second) = await server.ImportAsync(dataset);

        Assert.True(first!.Total > 0);
        Assert.Equal(0, second!.Total);
        Assert.Equal(0, second.QueuedForIndex);
        Assert.Equal(rows, await server.CountAsync("memberships") + await server.CountAsync("authorships") + await server.CountAsync("person_competences"));
    }

    [Fact]
    public async Task An_update_through_reimport_is_searchable_and_the_old_text_is_gone()
    {
        using var dataset = TestDataset.WithOrganisation("upd")
            .Add("people.jsonl", new { key = "upd-anne", name = "Anne", unit = "upd-afd", bio = "Jeg arbejder med klimatilpasning." });
        await server.ImportAsync(dataset);
        Assert.Equal(["upd-anne"], await server.ExpertKeysAsync("klimatilpasning"));

        dataset.Replace("people.jsonl", new { key = "upd-anne", name = "Anne", unit = "upd-afd", bio = "Jeg arbejder med skybrudssikring." });
        await server.ImportAsync(dataset);

        Assert.Equal(["upd-anne"], await server.ExpertKeysAsync("skybrudssikring"));
        Assert.Empty(await server.ExpertKeysAsync("klimatilpasning"));
    }

    [Fact]
    public async Task Children_follow_the_dataset_exactly_on_reimport()
    {
        using var dataset = TestDataset.WithOrganisation("kids")
            .Add("competences.jsonl", new { key = "kids-a", name = "Rehabilitering" })
            .Add("competences.jsonl", new { key = "kids-b", name = "Velfærdsteknologi" })
            .Add("people.jsonl", new { key = "kids-p", name = "P", unit = "kids-afd", competences = new[] { new { competence = "kids-a", level = 3 }, new { competence = "kids-b", level = 2 } } });
        await server.ImportAsync(dataset);

        dataset.Replace("people.jsonl", new { key = "kids-p", name = "P", unit = "kids-afd", competences = new[] { new { competence = "kids-b", level = 5 } } });
        await server.ImportAsync(dataset);

        var json = await server.QueryAsync("{ person(key: \"kids-p\") { competences { nodes { level competence { key } } } } }");
        Assert.Equal("""[{"level":5,"competence":{"key":"kids-b"}}]""", json.GetProperty("data").GetProperty("person").GetProperty("competences").GetProperty("nodes").GetRawText());
        Assert.Empty(await server.ExpertKeysAsync("rehabilitering"));
    }
}
