using System.Text.Json;
using ExpertFinder.Api.Tests.Http;
using ExpertFinder.Api.Tests.Schema.Conventions;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.Units;

/// <summary>
/// A unit's core knowledge today and tomorrow set against its people, and who elsewhere could close the gap:
/// <code>
/// gap-kommune                      gap-b (another municipality)
/// ├─ gap-sund: leder (manager), bo (Demens 2)        └─ gap-b-afd: finn (Demens 4, organisation), gus (Demens 3, public)
/// │  └─ gap-pleje: anna (Demens 4)
/// └─ gap-tek: carl (Demens 5, open to mentoring), dora (Demens 3, hidden), eva (Demens 2)
/// </code>
/// Carl is in gap-net (active) and gap-test (testing), both on Demens; gus was in gap-old (closed) on Demens.
/// </summary>
public sealed class CompetenceGapTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Set = $"mutation($input: SetUnitCompetenceNeedInput!) {{ setUnitCompetenceNeed(input: $input) {{ need {{ competence {{ key }} year level people }} unit {{ key }} {Errors} }} }}";
    private const string Remove = $"mutation($input: RemoveUnitCompetenceNeedInput!) {{ removeUnitCompetenceNeed(input: $input) {{ unit {{ key }} {Errors} }} }}";
    private const string Gap = "competence { key } year level needed have missing networks { key } candidates(first: 10) { level person { key } ways { kind network { key } } }";

    private static TestDataset Organisation(string p) => new TestDataset()
        .Add("units.jsonl", new { key = p + "-kommune", name = "Aarhus Kommune", kind = "municipality" })
        .Add("units.jsonl", new { key = p + "-sund", name = "Sundhed og Omsorg", kind = "department", parent = p + "-kommune" })
        .Add("units.jsonl", new { key = p + "-pleje", name = "Pleje", kind = "office", parent = p + "-sund" })
        .Add("units.jsonl", new { key = p + "-tek", name = "Teknik og Miljø", kind = "department", parent = p + "-kommune" })
        .Add("units.jsonl", new { key = p + "-b", name = "Randers Kommune", kind = "municipality" })
        .Add("units.jsonl", new { key = p + "-b-afd", name = "Børn og Unge", kind = "department", parent = p + "-b" })
        .Add("competences.jsonl", new { key = p + "-demens", name = "Demens" })
        .Add("competences.jsonl", new { key = p + "-kost", name = "Kost" })
        .Add("people.jsonl", new { key = p + "-leder", name = "Lene Leder", unit = p + "-sund", roles = new[] { "manager" } })
        .Add("people.jsonl", Holder(p, "bo", "Bo Lund", "sund", 2))
        .Add("people.jsonl", Holder(p, "anna", "Anna Holm", "pleje", 4))
        .Add("people.jsonl", Holder(p, "carl", "Carl Berg", "tek", 5))
        .Add("people.jsonl", Holder(p, "dora", "Dora Dahl", "tek", 3, "hidden"))
        .Add("people.jsonl", Holder(p, "eva", "Eva Ek", "tek", 2))
        .Add("people.jsonl", Holder(p, "finn", "Finn Fog", "b-afd", 4))
        .Add("people.jsonl", Holder(p, "gus", "Gus Gram", "b-afd", 3, "public"))
        .Add("networks.jsonl", new { key = p + "-net", name = "Demensnetværket", kind = "learning", status = "active", topics = new[] { p + "-demens" }, members = new[] { new { person = p + "-carl", role = "member" } } })
        .Add("networks.jsonl", new { key = p + "-test", name = "Velfærd i test", kind = "welfare", status = "testing", topics = new[] { p + "-demens" }, members = new[] { new { person = p + "-carl", role = "facilitator" } } })
        .Add("networks.jsonl", new { key = p + "-old", name = "Gammelt netværk", kind = "learning", status = "closed", topics = new[] { p + "-demens" }, members = new[] { new { person = p + "-gus", role = "member" } } });

    private static object Holder(string p, string name, string fullName, string unit, int level, string visibility = "organisation") =>
        new { key = $"{p}-{name}", name = fullName, unit = $"{p}-{unit}", visibility, competences = new[] { new { competence = p + "-demens", level } } };

    private async Task SeedAsync(string p)
    {
        using var dataset = Organisation(p);
        await server.SeedAsync(dataset);
        AssertSucceeded(await server.MutateAsync("mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { errors { code } } }",
            new { id = Id("Person", p + "-carl"), openToMentoring = true }));
    }

    private async Task<JsonElement> UnitAsync(string personKey, string unitKey, string fields)
    {
        var json = await server.QueryAsync($$"""{ unit(key: "{{unitKey}}") { {{fields}} } }""", token: await server.TokenForAsync(personKey));
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("unit");
    }

    [Fact]
    public async Task The_gap_counts_the_unit_and_its_subtree_at_or_above_the_level_and_proposes_discoverable_people_elsewhere_with_their_ways()
    {
        await SeedAsync("gap");
        AssertSucceeded(await server.MutateAsAsync("gap-leder", Set, new { unitId = Id("Unit", "gap-sund"), competenceId = Id("Competence", "gap-demens"), level = 3, people = 3 }));

        var unit = await UnitAsync("gap-leder", "gap-sund", $"competenceGap {{ {Gap} }}");

        // Anna (level 4, in the office below) counts, Bo (level 2) does not. Carl is in two open networks on the topic;
        // Gus only in a closed one, so he is offered the running network. Dora is hidden, Eva below the level, Finn
        // shares his profile within Randers only, and Anna and Bo are in the unit itself.
        Assert.Equal(
            """[{"competence":{"key":"gap-demens"},"year":null,"level":3,"needed":3,"have":1,"missing":2,"networks":[{"key":"gap-net"}],"candidates":[""" +
            """{"level":5,"person":{"key":"gap-carl"},"ways":[{"kind":"NETWORK","network":{"key":"gap-net"}},{"kind":"NETWORK","network":{"key":"gap-test"}},{"kind":"MENTORING","network":null}]},""" +
            """{"level":3,"person":{"key":"gap-gus"},"ways":[{"kind":"NETWORK","network":{"key":"gap-net"}}]}]}]""",
            unit.GetProperty("competenceGap").GetRawText());
    }

    [Fact]
    public async Task A_year_compares_that_years_needs_and_met_needs_are_listed_only_when_asked_for()
    {
        await SeedAsync("yr");
        var demens = Id("Competence", "yr-demens");
        var sund = Id("Unit", "yr-sund");
        AssertSucceeded(await server.MutateAsync(Set, new { unitId = sund, competenceId = demens, level = 4, people = 5 }));
        AssertSucceeded(await server.MutateAsync(Set, new { unitId = sund, competenceId = demens, year = 2030, level = 2, people = 2 }));
        AssertSucceeded(await server.MutateAsync(Set, new { unitId = sund, competenceId = Id("Competence", "yr-kost"), year = 2030, level = 1, people = 1 }));

        var unit = await UnitAsync("yr-leder", "yr-sund", """
            today: competenceGap { competence { key } missing }
            future: competenceGap(horizon: 2030) { competence { key } have missing candidates { person { key } } }
            all: competenceGap(horizon: 2030, includeMet: true) { competence { key } needed have missing }
            needs: competenceNeeds(year: 2030) { competence { key } year level people }
            todaysNeeds: competenceNeeds { competence { key } year level people }
            """);

        Assert.Equal("""[{"competence":{"key":"yr-demens"},"missing":4}]""", unit.GetProperty("today").GetRawText());
        Assert.Equal("""[{"competence":{"key":"yr-kost"},"have":0,"missing":1,"candidates":[]}]""", unit.GetProperty("future").GetRawText());
        Assert.Equal("""[{"competence":{"key":"yr-kost"},"needed":1,"have":0,"missing":1},{"competence":{"key":"yr-demens"},"needed":2,"have":2,"missing":0}]""",
            unit.GetProperty("all").GetRawText());
        Assert.Equal("""[{"competence":{"key":"yr-demens"},"year":2030,"level":2,"people":2},{"competence":{"key":"yr-kost"},"year":2030,"level":1,"people":1}]""",
            unit.GetProperty("needs").GetRawText());
        Assert.Equal("""[{"competence":{"key":"yr-demens"},"year":null,"level":4,"people":5}]""", unit.GetProperty("todaysNeeds").GetRawText());
    }

    [Fact]
    public async Task Setting_a_need_again_replaces_it_and_removing_it_takes_it_away()
    {
        await SeedAsync("up");
        var input = new { unitId = Id("Unit", "up-sund"), competenceId = Id("Competence", "up-demens"), year = 2028, level = 2, people = 1 };

        var first = await server.MutateAsync(Set, input);
        var second = await server.MutateAsync(Set, input with { level = 3, people = 4 });
        var needs = await UnitAsync("up-leder", "up-sund", "competenceNeeds(year: 2028) { level people }");
        var removed = await server.MutateAsync(Remove, new { unitId = input.unitId, competenceId = input.competenceId, year = 2028 });
        var again = await server.MutateAsync(Remove, new { unitId = input.unitId, competenceId = input.competenceId, year = 2028 });
        var todays = await server.MutateAsync(Remove, new { unitId = input.unitId, competenceId = input.competenceId });

        Assert.Equal("""{"competence":{"key":"up-demens"},"year":2028,"level":2,"people":1}""", first.GetProperty("need").GetRawText());
        Assert.Equal("""{"competence":{"key":"up-demens"},"year":2028,"level":3,"people":4}""", second.GetProperty("need").GetRawText());
        Assert.Equal("""[{"level":3,"people":4}]""", needs.GetProperty("competenceNeeds").GetRawText());
        Assert.Equal("""{"key":"up-sund"}""", removed.GetProperty("unit").GetRawText());
        Assert.Equal([("NotFoundError", "NOT_FOUND", "input.competenceId")], ErrorsOf(again));
        Assert.Equal([("NotFoundError", "NOT_FOUND", "input.competenceId")], ErrorsOf(todays));
        Assert.Equal("[]", (await UnitAsync("up-leder", "up-sund", "competenceNeeds(year: 2028) { level }")).GetProperty("competenceNeeds").GetRawText());
    }

    [Fact]
    public async Task Levels_numbers_and_years_out_of_range_are_refused_with_nothing_written()
    {
        await SeedAsync("bad");
        var before = await server.CountAsync("unit_competence_needs");

        var answer = await server.MutateAsync(Set, new { unitId = Id("Unit", "bad-sund"), competenceId = Id("Competence", "bad-demens"), year = 1999, level = 6, people = 0 });
        var unknown = await server.MutateAsync(Set, new { unitId = Id("Unit", "bad-sund"), competenceId = Id("Competence", "nothing"), level = 1, people = 1 });

        Assert.Equal([("ValidationError", "OUT_OF_RANGE", "input.year"), ("ValidationError", "OUT_OF_RANGE", "input.level"), ("ValidationError", "OUT_OF_RANGE", "input.people")],
            ErrorsOf(answer));
        Assert.Equal([("NotFoundError", "NOT_FOUND", "input.competenceId")], ErrorsOf(unknown));
        Assert.Equal(before, await server.CountAsync("unit_competence_needs"));
    }

    [Fact]
    public async Task The_gaps_of_many_units_are_read_with_a_fixed_number_of_statements_and_one_per_gap_for_candidates()
    {
        await SeedAsync("sql");
        foreach (var (unit, competence) in new[] { ("sund", "demens"), ("pleje", "demens"), ("tek", "kost"), ("b-afd", "kost") })
        {
            AssertSucceeded(await server.MutateAsync(Set, new { unitId = Id("Unit", $"sql-{unit}"), competenceId = Id("Competence", $"sql-{competence}"), level = 3, people = 9 }));
        }
        const string Gaps = "competenceGap { missing networks { key } candidates(first: 3) { person { key unit { key } } ways { kind network { key } } } }";
        const string Query = $$"""{ a: unit(key: "sql-sund") { {{Gaps}} } b: unit(key: "sql-pleje") { {{Gaps}} } c: unit(key: "sql-tek") { {{Gaps}} } d: unit(key: "sql-b-afd") { {{Gaps}} } }""";

        IReadOnlyList<string> statements;
        using (var counter = new SqlStatementCounter(server.DatabaseName))
        {
            var json = await server.QueryAsync(Query);
            Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
            Assert.Contains("sql-carl", json.GetRawText(), StringComparison.Ordinal);
            statements = counter.Statements;
        }

        // The units; their needs and what is held; the subtrees, one per gap (4), the candidates' networks and the
        // joinable ones; the networks field; the candidates' units.
        Assert.True(statements.Count == 1 + 2 + 1 + 4 + 2 + 1 + 1, statements.Count + " statements:\n" + string.Join("\n---\n", statements));
    }

    [Theory]
    [InlineData("competenceGap { candidates(first: 21) { level } }", "BAD_PAGE_SIZE")]
    [InlineData("competenceGap(horizon: 1999) { level }", "BAD_ARGUMENT")]
    [InlineData("competenceNeeds(year: 3000) { level }", "BAD_ARGUMENT")]
    public async Task Candidates_are_capped_and_horizons_checked(string fields, string code)
    {
        await SeedAsync("cap" + code.Length + fields.Length);
        var prefix = "cap" + code.Length + fields.Length;
        AssertSucceeded(await server.MutateAsync(Set, new { unitId = Id("Unit", prefix + "-sund"), competenceId = Id("Competence", prefix + "-demens"), level = 5, people = 9 }));

        var json = await server.QueryAsync($$"""{ unit(key: "{{prefix}}-sund") { {{fields}} } }""");

        Assert.Equal(code, json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
