using ExpertFinder.Api.Tests.Http;
using Snapshooter.Xunit3;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.People;

public sealed class PersonMutationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string PersonFields = "key name title email phone location bio roles languages visibility unit { key } competences { nodes { level source since competence { key } } }";
    private const string Create = $"mutation($input: CreatePersonInput!) {{ createPerson(input: $input) {{ person {{ {PersonFields} }} {Errors} }} }}";
    private const string Update = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ person {{ {PersonFields} }} {Errors} }} }}";
    private const string Delete = $"mutation($input: DeletePersonInput!) {{ deletePerson(input: $input) {{ deletedId person {{ key }} {Errors} }} }}";
    private const string SetCompetence = $"mutation($input: SetPersonCompetenceInput!) {{ setPersonCompetence(input: $input) {{ personCompetence {{ level source since competence {{ key }} }} {Errors} }} }}";
    private const string SetCompetences = $"mutation($input: SetPersonCompetencesInput!) {{ setPersonCompetences(input: $input) {{ person {{ competences {{ nodes {{ level source since competence {{ key }} }} }} }} {Errors} }} }}";
    private const string RemoveCompetence = $"mutation($input: RemovePersonCompetenceInput!) {{ removePersonCompetence(input: $input) {{ person {{ competences {{ nodes {{ competence {{ key }} }} }} }} {Errors} }} }}";

    [Fact]
    public async Task A_new_person_with_a_competence_is_found_as_soon_as_the_mutation_returns_and_gone_once_deleted()
    {
        using var dataset = TestDataset.WithOrganisation("live")
            .Add("competences.jsonl", new { key = "live-c", name = "Hjerneskaderehabilitering", synonyms = new[] { "neurorehabilitering" } })
            .Add("people.jsonl", new { key = "live-other", name = "Ole", unit = "live-afd" });
        await server.SeedAsync(dataset);
        Assert.Empty(await server.ExpertKeysAsync("neurorehabilitering"));

        var created = await server.MutateAsync(Create, new { name = "Gitte Riis", unitId = Id("Unit", "live-afd") });
        AssertSucceeded(created);
        var key = created.GetProperty("person").GetProperty("key").GetString()!;
        AssertSucceeded(await server.MutateAsync(SetCompetence,
            new { personId = Id("Person", key), competenceId = Id("Competence", "live-c"), level = 4, since = "2019-03" }));

        Assert.Equal([key], await server.ExpertKeysAsync("neurorehabilitering"));

        var deleted = await server.MutateAsync(Delete, new { id = Id("Person", key) });
        Assert.Equal(Id("Person", key), deleted.GetProperty("deletedId").GetString());
        Assert.Empty(await server.ExpertKeysAsync("neurorehabilitering"));
        var json = await server.QueryAsync($$"""{ person(key: "{{key}}") { key } }""");
        Assert.Equal("""{"person":null}""", json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_created_person_has_every_field_given_and_the_defaults()
    {
        using var dataset = TestDataset.WithOrganisation("full")
            .Add("people.jsonl", new { key = "full-p", name = "P", unit = "full-afd" });
        await server.SeedAsync(dataset);

        var full = await server.MutateAsync(Create, new
        {
            name = "Søren Ågård", title = "Sundhedsplejerske", unitId = Id("Unit", "full-afd"), email = "soren@example.dk", phone = "+45 12 34 56 78",
            location = "Sundhedshuset", bio = "Jeg arbejder med spædbørn.", roles = new[] { "MENTOR", "KNOWLEDGE_SHARER", "MENTOR" },
            languages = new[] { "da", " en " }, visibility = "PUBLIC",
        });
        var minimal = await server.MutateAsync(Create, new { key = "full-min", name = "Mia", unitId = Id("Unit", "full-afd") });

        Snapshot.Match(Pretty(full, minimal));
    }

    [Fact]
    public async Task A_partial_update_changes_only_the_fields_given_and_null_clears_a_field()
    {
        using var dataset = TestDataset.WithOrganisation("part")
            .Add("units.jsonl", new { key = "part-team", name = "Team", kind = "team", parent = "part-afd" })
            .Add("people.jsonl", new
            {
                key = "part-p", name = "Karen Lund", title = "Konsulent", unit = "part-afd", email = "karen@example.dk", phone = "12345678",
                location = "Rådhuset", bio = "Jeg kan tal.", roles = new[] { "mentor" }, languages = new[] { "da" }, visibility = "public",
            });
        await server.SeedAsync(dataset);

        var payload = await server.MutateAsync(Update, new Dictionary<string, object?>
        {
            ["id"] = Id("Person", "part-p"),
            ["title"] = "Chefkonsulent",
            ["unitId"] = Id("Unit", "part-team"),
            ["phone"] = null,
            ["roles"] = null,
        });

        AssertSucceeded(payload);
        Assert.Equal(
            """{"key":"part-p","name":"Karen Lund","title":"Chefkonsulent","email":"karen@example.dk","phone":null,"location":"Rådhuset","bio":"Jeg kan tal.","roles":[],"languages":["da"],"visibility":"PUBLIC","unit":{"key":"part-team"},"competences":{"nodes":[]}}""",
            Compact(payload.GetProperty("person")));
    }

    [Fact]
    public async Task An_invalid_person_is_refused_with_every_problem_and_nothing_is_written()
    {
        using var dataset = TestDataset.WithOrganisation("bad")
            .Add("people.jsonl", new { key = "bad-p", name = "Bente", unit = "bad-afd", email = "bente@example.dk" });
        await server.SeedAsync(dataset);
        var before = await server.CountAsync("people");

        var created = await server.MutateAsync(Create, new
        {
            name = new string('x', 201), unitId = Id("Unit", "bad-nowhere"), email = "not-an-email", phone = "call me",
            languages = new[] { "dansk" }, bio = new string('b', 10_001),
        });
        var updated = await server.MutateAsync(Update, new Dictionary<string, object?> { ["id"] = Id("Person", "bad-p"), ["name"] = null, ["email"] = "also@bad" });

        Snapshot.Match(Pretty(created, updated));
        Assert.Equal(before, await server.CountAsync("people"));
        var json = await server.QueryAsync("""{ person(key: "bad-p") { name email } }""", token: server.AdminToken);
        Assert.Equal("""{"person":{"name":"Bente","email":"bente@example.dk"}}""", json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Held_competences_are_upserted_replaced_as_a_list_and_removed()
    {
        using var dataset = TestDataset.WithOrganisation("held")
            .Add("competences.jsonl", new { key = "held-a", name = "A" })
            .Add("competences.jsonl", new { key = "held-b", name = "B" })
            .Add("competences.jsonl", new { key = "held-c", name = "C" })
            .Add("people.jsonl", new { key = "held-p", name = "P", unit = "held-afd", competences = new[] { new { competence = "held-a", level = 2, source = "formal", since = "2010-01" } } });
        await server.SeedAsync(dataset);
        var person = Id("Person", "held-p");

        // Absent source and month stay as they are; the level changes.
        var upserted = await server.MutateAsync(SetCompetence, new { personId = person, competenceId = Id("Competence", "held-a"), level = 3 });
        var outOfRange = await server.MutateAsync(SetCompetence, new { personId = person, competenceId = Id("Competence", "held-b"), level = 6, since = "2020-13" });
        var replaced = await server.MutateAsync(SetCompetences, new
        {
            personId = person,
            competences = new object[]
            {
                new { competenceId = Id("Competence", "held-b"), level = 5, source = "MANAGER", since = "2021-06" },
                new { competenceId = Id("Competence", "held-c"), level = 1 },
            },
        });
        var repeated = await server.MutateAsync(SetCompetences, new
        {
            personId = person,
            competences = new object[] { new { competenceId = Id("Competence", "held-b"), level = 5 }, new { competenceId = Id("Competence", "held-b"), level = 4 }, new { competenceId = Id("Competence", "held-c"), level = 0 } },
        });
        var removed = await server.MutateAsync(RemoveCompetence, new { personId = person, competenceId = Id("Competence", "held-b") });
        var notHeld = await server.MutateAsync(RemoveCompetence, new { personId = person, competenceId = Id("Competence", "held-a") });

        Snapshot.Match(Pretty(upserted, outOfRange, replaced, repeated, removed, notHeld));
    }
}
