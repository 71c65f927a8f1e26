using ExpertFinder.Api.Tests.Http;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.KnowledgeSharers;

/// <summary>
/// Knowledge sharers, resource persons, ambassadors and mentors by area, unit, competence and willingness:
/// <code>
/// ks-kommune                                            ks-b (another municipality)
/// ├─ ks-afd: bo (mentor; Kost 2; job rotation),         └─ ks-b-afd: finn (knowledge sharer, organisation)
/// │          dora (knowledge sharer, hidden), eva (no role; Demens 5), gus (manager)
/// │  └─ ks-team: anna (knowledge sharer; Demens 4; "Motiverende samtaler med pårørende"; mentoring)
/// └─ ks-anden: carl (resource person; "Alzheimer og hukommelse")
/// </code>
/// Demens has the synonym Alzheimer. Everyone reads as Eva, signed in, unless the test says otherwise.
/// </summary>
public sealed class KnowledgeSharersTests(ServerFixture server) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private const string Update = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ person {{ askMeAbout openToMentoring openToJobRotation openToMeetingColleagues }} {Errors} }} }}";

    public async ValueTask InitializeAsync()
    {
        if (await server.CountAsync("people WHERE key = 'ks-anna'") > 0)
        {
            return;
        }
        using var dataset = new TestDataset()
            .Add("units.jsonl", new { key = "ks-kommune", name = "Aarhus Kommune", kind = "municipality" })
            .Add("units.jsonl", new { key = "ks-afd", name = "Sundhed og Omsorg", kind = "department", parent = "ks-kommune" })
            .Add("units.jsonl", new { key = "ks-team", name = "Demensteamet", kind = "team", parent = "ks-afd" })
            .Add("units.jsonl", new { key = "ks-anden", name = "Teknik og Miljø", kind = "department", parent = "ks-kommune" })
            .Add("units.jsonl", new { key = "ks-b", name = "Randers Kommune", kind = "municipality" })
            .Add("units.jsonl", new { key = "ks-b-afd", name = "Børn og Unge", kind = "department", parent = "ks-b" })
            .Add("competences.jsonl", new { key = "ks-demens", name = "Demens", synonyms = new[] { "Alzheimer" } })
            .Add("competences.jsonl", new { key = "ks-kost", name = "Kost" })
            .Add("people.jsonl", new { key = "ks-anna", name = "Anna Holm", unit = "ks-team", roles = new[] { "knowledge-sharer" }, competences = new[] { new { competence = "ks-demens", level = 4 } } })
            .Add("people.jsonl", new { key = "ks-bo", name = "Bo Lund", unit = "ks-afd", roles = new[] { "mentor" }, competences = new[] { new { competence = "ks-kost", level = 2 } } })
            .Add("people.jsonl", new { key = "ks-carl", name = "Carl Berg", unit = "ks-anden", roles = new[] { "resource-person" } })
            .Add("people.jsonl", new { key = "ks-dora", name = "Dora Dahl", unit = "ks-afd", roles = new[] { "knowledge-sharer" }, visibility = "hidden" })
            .Add("people.jsonl", new { key = "ks-eva", name = "Eva Ek", unit = "ks-afd", competences = new[] { new { competence = "ks-demens", level = 5 } } })
            .Add("people.jsonl", new { key = "ks-gus", name = "Gus Gram", unit = "ks-afd", roles = new[] { "manager" } })
            .Add("people.jsonl", new { key = "ks-finn", name = "Finn Fog", unit = "ks-b-afd", roles = new[] { "knowledge-sharer" } });
        await server.SeedAsync(dataset);
        AssertSucceeded(await server.MutateAsAsync("ks-anna", Update, new { id = Id("Person", "ks-anna"), askMeAbout = new[] { "Motiverende samtaler med pårørende" }, openToMentoring = true }));
        AssertSucceeded(await server.MutateAsAsync("ks-bo", Update, new { id = Id("Person", "ks-bo"), openToJobRotation = true }));
        AssertSucceeded(await server.MutateAsAsync("ks-carl", Update, new { id = Id("Person", "ks-carl"), askMeAbout = new[] { "Alzheimer og hukommelse", "100% fokus på _data_" } }));
        AssertSucceeded(await server.MutateAsAsync("ks-dora", Update, new { id = Id("Person", "ks-dora"), askMeAbout = new[] { "Motiverende samtaler" }, openToMentoring = true }));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The keys listed for <paramref name="filter"/>, where {afd} and {demens} stand for those IDs; read anonymously when <paramref name="reader"/> is null.</summary>
    private async Task<string> SharersAsync(string filter, string? reader = "ks-eva")
    {
        filter = filter.Replace("{afd}", Id("Unit", "ks-afd"), StringComparison.Ordinal).Replace("{demens}", Id("Competence", "ks-demens"), StringComparison.Ordinal);
        var json = await server.QueryAsync($$"""{ knowledgeSharers(filter: {{filter}}) { totalCount nodes { key } } }""", token: reader is null ? null : await server.TokenForAsync(reader));
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var sharers = json.GetProperty("data").GetProperty("knowledgeSharers");
        var keys = string.Join(",", sharers.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()));
        Assert.Equal(sharers.GetProperty("nodes").GetArrayLength(), sharers.GetProperty("totalCount").GetInt32());
        return keys;
    }

    [Fact]
    public async Task By_default_the_four_sharing_roles_are_listed_by_name_never_the_hidden_nor_profiles_shared_only_within_another_municipality()
    {
        Assert.Equal("ks-anna,ks-bo,ks-carl", await SharersAsync("{}"));
        Assert.Equal("ks-anna,ks-bo,ks-carl", await SharersAsync("{ roles: [] }"));
        // A reader of the whole deployment finds Finn too; Dora is hidden, and never discovered.
        Assert.Equal("ks-anna,ks-bo,ks-carl,ks-finn", await SharersAsync("{}", reader: null));
    }

    [Theory]
    [InlineData("{ roles: [MENTOR] }", "ks-bo")]
    [InlineData("{ roles: [MANAGER, RESOURCE_PERSON] }", "ks-carl,ks-gus")]
    [InlineData("""{ area: "pårørende" }""", "ks-anna")]
    [InlineData("""{ area: "ALZHEIMER" }""", "ks-anna,ks-carl")]
    [InlineData("""{ area: "kost" }""", "ks-bo")]
    [InlineData("""{ area: "%" }""", "ks-carl")]
    [InlineData("""{ area: "_data_" }""", "ks-carl")]
    // Unescaped, _ would match any letter, and "Alzheimer" would match.
    [InlineData("""{ area: "a_z" }""", "")]
    [InlineData("""{ unitId: "{afd}" }""", "ks-anna,ks-bo")]
    [InlineData("""{ competenceId: "{demens}", minLevel: 4 }""", "ks-anna")]
    [InlineData("""{ competenceId: "{demens}", minLevel: 5 }""", "")]
    [InlineData("{ openToMentoring: true }", "ks-anna")]
    [InlineData("{ openToJobRotation: true }", "ks-bo")]
    [InlineData("{ openToMentoring: false }", "ks-bo,ks-carl")]
    [InlineData("""{ area: "samtaler", openToMentoring: true, roles: [KNOWLEDGE_SHARER] }""", "ks-anna")]
    public async Task Filters_narrow_the_list(string filter, string expected) =>
        Assert.Equal(expected, await SharersAsync(filter));

    [Fact]
    public async Task Willingness_and_statements_are_shown_to_whoever_sees_the_person_and_meeting_colleagues_only_to_the_person_and_their_admins()
    {
        const string Query = """{ person(key: "ks-anna") { askMeAbout openToMentoring openToJobRotation openToMeetingColleagues } }""";
        AssertSucceeded(await server.MutateAsAsync("ks-anna", Update, new { id = Id("Person", "ks-anna"), openToMeetingColleagues = true }));

        var byEva = await server.QueryAsync(Query, token: await server.TokenForAsync("ks-eva"));
        var byAnna = await server.QueryAsync(Query, token: await server.TokenForAsync("ks-anna"));
        var byAdmin = await server.QueryAsync(Query, token: server.AdminToken);

        Assert.Equal("""{"person":{"askMeAbout":["Motiverende samtaler med pårørende"],"openToMentoring":true,"openToJobRotation":false,"openToMeetingColleagues":null}}""",
            byEva.GetProperty("data").GetRawText());
        Assert.Equal("true", byAnna.GetProperty("data").GetProperty("person").GetProperty("openToMeetingColleagues").GetRawText());
        Assert.Equal("true", byAdmin.GetProperty("data").GetProperty("person").GetProperty("openToMeetingColleagues").GetRawText());
    }

    [Fact]
    public async Task Statements_are_capped_trimmed_and_de_duplicated_and_null_clears_them()
    {
        var tooMany = await server.MutateAsAsync("ks-gus", Update, new { id = Id("Person", "ks-gus"), askMeAbout = Enumerable.Repeat("Budget", 21).ToArray() });
        var tooLong = await server.MutateAsAsync("ks-gus", Update, new { id = Id("Person", "ks-gus"), askMeAbout = new[] { "Budget", new string('x', 201) } });
        var repeated = await server.MutateAsAsync("ks-gus", Update, new { id = Id("Person", "ks-gus"), askMeAbout = new[] { " Budget ", "budget", "", "Indkøb" } });
        var cleared = await server.MutateAsAsync("ks-gus", Update, new Dictionary<string, object?> { ["id"] = Id("Person", "ks-gus"), ["askMeAbout"] = null });

        Assert.Equal([("ValidationError", "TOO_MANY", "input.askMeAbout")], ErrorsOf(tooMany));
        Assert.Equal([("ValidationError", "TOO_LONG", "input.askMeAbout.1")], ErrorsOf(tooLong));
        Assert.Equal("""["Budget","Indkøb"]""", Compact(repeated.GetProperty("person").GetProperty("askMeAbout")));
        Assert.Equal("[]", cleared.GetProperty("person").GetProperty("askMeAbout").GetRawText());
    }

    [Fact]
    public async Task A_long_area_is_refused()
    {
        var json = await server.QueryAsync($$"""{ knowledgeSharers(filter: { area: "{{new string('a', 201)}}" }) { totalCount } }""");

        Assert.Equal("BAD_FILTER", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
