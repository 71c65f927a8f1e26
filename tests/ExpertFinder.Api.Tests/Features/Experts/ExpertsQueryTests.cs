using Snapshooter.Xunit3;

namespace ExpertFinder.Api.Tests.Features.Experts;

public sealed class ExpertsQueryTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task An_inflected_word_finds_the_author_of_a_document_with_another_form()
    {
        using var dataset = TestDataset.WithOrganisation("stem")
            .Add("people.jsonl", new { key = "stem-anne", name = "Anne Holm", unit = "stem-afd" })
            .Add("people.jsonl", new { key = "stem-bo", name = "Bo Berg", unit = "stem-afd" })
            .Add("documents.jsonl", new { key = "stem-d", title = "Referat fra netværksmødet", text = "Vi drøftede videndeling mellem plejecentrene.", authors = new[] { "stem-anne" } });
        await server.ImportAsync(dataset);

        Assert.Equal(["stem-anne"], await server.ExpertKeysAsync("videndelingen"));
    }

    [Fact]
    public async Task Aarhus_finds_a_person_whose_profile_says_Århus()
    {
        using var dataset = TestDataset.WithOrganisation("aar")
            .Add("people.jsonl", new { key = "aar-cille", name = "Cille", unit = "aar-afd", bio = "Jeg har bygget Århus-modellen for frivillighed." });
        await server.ImportAsync(dataset);

        // Everyone in an "Aarhus Kommune" unit matches "Aarhus" a little; the person who wrote it matches best.
        Assert.Equal("aar-cille", (await server.ExpertKeysAsync("Aarhus-modellen frivillighed"))[0]);
    }

    [Fact]
    public async Task A_hidden_person_never_appears_however_strong_the_evidence()
    {
        using var dataset = TestDataset.WithOrganisation("hid")
            .Add("competences.jsonl", new { key = "hid-c", name = "Kvalitetsmåling" })
            .Add("people.jsonl", new { key = "hid-secret", name = "Skjult", unit = "hid-afd", visibility = "hidden", title = "Kvalitetsmåling", competences = new[] { new { competence = "hid-c", level = 5, source = "formal" } } })
            .Add("people.jsonl", new { key = "hid-open", name = "Åben", unit = "hid-afd", visibility = "public" })
            .Add("documents.jsonl", new { key = "hid-d", title = "Kvalitetsmåling", text = "Kvalitetsmåling i hjemmeplejen.", authors = new[] { "hid-secret", "hid-open" } });
        await server.ImportAsync(dataset);

        Assert.Equal(["hid-open"], await server.ExpertKeysAsync("kvalitetsmåling"));
        var json = await server.QueryAsync("""{ person(key: "hid-secret") { key } document(key: "hid-d") { authors { totalCount nodes { key } } } }""");
        Assert.Equal("""{"person":null,"document":{"authors":{"totalCount":1,"nodes":[{"key":"hid-open"}]}}}""", json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Making_a_person_hidden_removes_them_from_search()
    {
        using var dataset = TestDataset.WithOrganisation("vis")
            .Add("people.jsonl", new { key = "vis-p", name = "P", unit = "vis-afd", bio = "Borgerinddragelse" });
        await server.ImportAsync(dataset);
        Assert.Equal(["vis-p"], await server.ExpertKeysAsync("borgerinddragelse"));

        dataset.Replace("people.jsonl", new { key = "vis-p", name = "P", unit = "vis-afd", bio = "Borgerinddragelse", visibility = "hidden" });
        await server.ImportAsync(dataset);

        Assert.Empty(await server.ExpertKeysAsync("borgerinddragelse"));
    }

    [Fact]
    public async Task The_portal_contract_query_answers_in_its_agreed_shape()
    {
        using var dataset = TestDataset.WithOrganisation("con")
            .Add("competences.jsonl", new { key = "con-c", name = "Personalejura", synonyms = new[] { "ansættelsesret" } })
            .Add("people.jsonl", new { key = "con-jurist", name = "Jurist", unit = "con-afd", competences = new[] { new { competence = "con-c", level = 5, source = "formal" } } })
            .Add("people.jsonl", new { key = "con-hr", name = "HR", unit = "con-afd", competences = new[] { new { competence = "con-c", level = 2, source = "self" } } });
        await server.ImportAsync(dataset);

        using var response = await server.PostAsync(Contract.ExpertsQuery, new { q = "ansættelsesret", n = 5 });

        Snapshot.Match(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_follow_each_other_through_cursors()
    {
        using var dataset = TestDataset.WithOrganisation("page");
        for (var i = 0; i < 5; i++)
        {
            dataset.Add("people.jsonl", new { key = $"page-{i}", name = $"P{i}", unit = "page-afd", bio = string.Join(' ', Enumerable.Repeat("rengøring", i + 1)) });
        }
        await server.ImportAsync(dataset);
        const string query = "query($after:String){ experts(query:\"rengøring\", first:2, after:$after){ totalCount pageInfo{ hasNextPage endCursor } edges{ node{ person{ key } } } } }";

        var keys = new List<string>();
        string? after = null;
        for (var page = 0; page < 3; page++)
        {
            var experts = (await server.QueryAsync(query, new { after })).GetProperty("data").GetProperty("experts");
            Assert.Equal(5, experts.GetProperty("totalCount").GetInt32());
            keys.AddRange(experts.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()!));
            after = experts.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            Assert.Equal(page < 2, experts.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        }

        Assert.Equal(await server.ExpertKeysAsync("rengøring", 5), keys);
        Assert.Equal(5, keys.Distinct().Count());
    }
}
