namespace ExpertFinder.Api.Tests.Features.CommonColleagues;

/// <summary><c>Person.colleaguesInCommon</c>: whom the signed-in person and another both work with, as the reader may see them.</summary>
public sealed class ColleaguesInCommonTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Query = """
        query($key: String!, $first: Int) { person(key: $key) { key colleaguesInCommon(first: $first) { key name } } }
        """;

    /// <summary>
    /// Aarhus: Ida and Jens and Mads share team A; Karen, Lone and a hidden colleague share team B; Jens and Karen wrote a
    /// document together; Ida, Lone and the hidden one are in one network; Ida, Karen, Bo (Randers, public) and Rasmus (Randers,
    /// organisation) in another.
    /// </summary>
    private static TestDataset Organisation() => TestDataset.WithOrganisation("cc")
        .Add("units.jsonl", new { key = "cc-team-a", name = "Team A", kind = "team", parent = "cc-afd" })
        .Add("units.jsonl", new { key = "cc-team-b", name = "Team B", kind = "team", parent = "cc-afd" })
        .Add("units.jsonl", new { key = "cc-randers", name = "Randers Kommune", kind = "municipality" })
        .Add("units.jsonl", new { key = "cc-randers-afd", name = "Randers HR", kind = "department", parent = "cc-randers" })
        .Add("people.jsonl", new { key = "cc-ida", name = "Ida Viewer", unit = "cc-team-a", visibility = "public" })
        .Add("people.jsonl", new { key = "cc-jens", name = "Jens Holm", unit = "cc-team-a", visibility = "public" })
        .Add("people.jsonl", new { key = "cc-mads", name = "Mads Skov", unit = "cc-team-a", visibility = "public" })
        .Add("people.jsonl", new { key = "cc-karen", name = "Karen Berg", unit = "cc-team-b", visibility = "public" })
        .Add("people.jsonl", new { key = "cc-lone", name = "Lone Vang", unit = "cc-team-b", visibility = "public" })
        .Add("people.jsonl", new { key = "cc-skjult", name = "Skjult Person", unit = "cc-team-b", visibility = "hidden" })
        .Add("people.jsonl", new { key = "cc-bo", name = "Bo Ager", unit = "cc-randers-afd", visibility = "public" })
        .Add("people.jsonl", new { key = "cc-rasmus", name = "Rasmus Dal", unit = "cc-randers-afd", visibility = "organisation" })
        .Add("networks.jsonl", new { key = "cc-kvalitet", name = "Kvalitetsnetværket", kind = "learning",
            members = new[] { new { person = "cc-ida", role = "member" }, new { person = "cc-lone", role = "member" }, new { person = "cc-skjult", role = "member" } } })
        .Add("networks.jsonl", new { key = "cc-tvaers", name = "Tværkommunalt netværk", kind = "professional",
            members = new[] { new { person = "cc-ida", role = "member" }, new { person = "cc-karen", role = "facilitator" },
                new { person = "cc-bo", role = "member" }, new { person = "cc-rasmus", role = "member" } } })
        .Add("documents.jsonl", new { key = "cc-notat", title = "Fælles notat", kind = "note", date = "2025-03-01",
            text = "Et notat, to forfattere.", authors = new[] { "cc-jens", "cc-karen" } });

    private async Task<List<string>> NamesAsync(string key, int? first, string? reader)
    {
        var json = await server.QueryAsync(Query, new { key, first }, reader is null ? null : await server.TokenForAsync(reader));
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. json.GetProperty("data").GetProperty("person").GetProperty("colleaguesInCommon").EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];
    }

    [Fact]
    public async Task The_colleagues_both_know_come_by_name_without_the_hidden_or_another_municipalitys_organisation_people()
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);

        // Jens (Ida's team, Karen's co-author), Lone (Ida's network, Karen's team), Bo (their shared network); not Rasmus
        // (Randers, organisation), not the hidden colleague, not Mads (Ida's team only).
        Assert.Equal(["Bo Ager", "Jens Holm", "Lone Vang"], await NamesAsync("cc-karen", null, "cc-ida"));
        Assert.Equal(["Bo Ager", "Jens Holm"], await NamesAsync("cc-karen", 2, "cc-ida"));
        Assert.Empty(await NamesAsync("cc-karen", 0, "cc-ida"));
        Assert.Equal(["Karen Berg"], await NamesAsync("cc-lone", null, "cc-ida"));
        // From Randers, Rasmus is a colleague of Bo's own municipality.
        Assert.Equal(["Ida Viewer", "Rasmus Dal"], await NamesAsync("cc-karen", null, "cc-bo"));
    }

    [Fact]
    public async Task Nobody_in_common_without_a_signed_in_person_or_with_oneself()
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);

        Assert.Empty(await NamesAsync("cc-karen", null, null));
        Assert.Empty(await NamesAsync("cc-ida", null, "cc-ida"));
        Assert.NotEmpty(await NamesAsync("cc-ida", null, "cc-karen"));
    }

    [Fact]
    public async Task More_than_twenty_is_refused_with_a_code()
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);

        foreach (var first in new[] { 21, -1 })
        {
            var json = await server.QueryAsync(Query, new { key = "cc-karen", first }, await server.TokenForAsync("cc-ida"));
            var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
            Assert.Equal("BAD_PAGE_SIZE", error.GetProperty("extensions").GetProperty("code").GetString());
        }
        Assert.Equal(3, (await NamesAsync("cc-karen", 20, "cc-ida")).Count);
    }

    [Fact]
    public async Task Asked_for_a_list_of_people_it_answers_each_in_one_batch()
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);

        var json = await server.QueryAsync("""
            { people(filter: { name: "a" }, first: 20) { nodes { key colleaguesInCommon { key } } } }
            """, null, await server.TokenForAsync("cc-ida"));
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var byKey = json.GetProperty("data").GetProperty("people").GetProperty("nodes").EnumerateArray()
            .ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("colleaguesInCommon").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList());
        Assert.Equal(["cc-bo", "cc-jens", "cc-lone"], byKey["cc-karen"]);
        Assert.Empty(byKey["cc-ida"]);
        Assert.DoesNotContain(byKey.Values.SelectMany(v => v), key => key is "cc-skjult" or "cc-rasmus");
    }
}
