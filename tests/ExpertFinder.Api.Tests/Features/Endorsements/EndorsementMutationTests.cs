using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Snapshooter.Xunit3;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.Endorsements;

public sealed class EndorsementMutationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    internal const string Endorse = $"mutation($input: EndorseCompetenceInput!) {{ endorseCompetence(input: $input) {{ endorsement {{ id endorser {{ key }} person {{ key }} competence {{ key }} comment }} personCompetence {{ source level }} {Errors} }} }}";
    private const string Withdraw = $"mutation($input: WithdrawEndorsementInput!) {{ withdrawEndorsement(input: $input) {{ deletedId personCompetence {{ source }} {Errors} }} }}";
    private const string Remove = $"mutation($input: RemovePersonCompetenceInput!) {{ removePersonCompetence(input: $input) {{ {Errors} }} }}";

    private static TestDataset Team(string prefix) => TestDataset.WithOrganisation(prefix)
        .Add("competences.jsonl", new { key = prefix + "-c", name = "Motiverende samtale" })
        .Add("competences.jsonl", new { key = prefix + "-other", name = "Budgetlægning" })
        .Add("people.jsonl", new { key = prefix + "-anna", name = "Anna", unit = prefix + "-afd", competences = new[] { new { competence = prefix + "-c", level = 3, source = "self" } } })
        .Add("people.jsonl", new { key = prefix + "-bent", name = "Bent", unit = prefix + "-afd" })
        .Add("people.jsonl", new { key = prefix + "-cato", name = "Cato", unit = prefix + "-afd" })
        .Add("people.jsonl", new { key = prefix + "-skjult", name = "Skjult", unit = prefix + "-afd", visibility = "hidden" });

    /// <summary>The endorser is whoever is signed in: each endorsement is sent with the endorser's own token.</summary>
    private Task<System.Text.Json.JsonElement> EndorseAsync(string prefix, string endorser, string competence = "c", string person = "anna", string? comment = null) =>
        server.MutateAsAsync($"{prefix}-{endorser}", Endorse, new
        {
            personId = Id("Person", $"{prefix}-{person}"), competenceId = Id("Competence", $"{prefix}-{competence}"), comment,
        });

    [Fact]
    public async Task Endorsing_breaks_no_rule_and_a_hidden_endorser_stays_anonymous()
    {
        using var dataset = Team("rule");
        await server.SeedAsync(dataset);

        var self = await EndorseAsync("rule", "anna");
        var notHeld = await EndorseAsync("rule", "bent", competence: "other");
        var first = await EndorseAsync("rule", "bent", comment: "  Hun tog samtalen med familien Holm.  ");
        var again = await EndorseAsync("rule", "bent");
        var hidden = await EndorseAsync("rule", "skjult");

        Assert.Equal([("ValidationError", "SELF_ENDORSEMENT", "input.personId")], ErrorsOf(self));
        Assert.Equal([("ValidationError", "NOT_HELD", "input.competenceId")], ErrorsOf(notHeld));
        Assert.Equal([("ConflictError", "ALREADY_EXISTS", "input.competenceId")], ErrorsOf(again));
        AssertSucceeded(first);
        Assert.Equal("""{"key":"rule-bent"}""", first.GetProperty("endorsement").GetProperty("endorser").GetRawText());
        Assert.Equal("Hun tog samtalen med familien Holm.", first.GetProperty("endorsement").GetProperty("comment").GetString());
        AssertSucceeded(hidden);
        // A hidden person sees themself in their own payload; nobody else does (see the profile tests).
        Assert.Equal("""{"key":"rule-skjult"}""", hidden.GetProperty("endorsement").GetProperty("endorser").GetRawText());
        Assert.Equal(2, await EndorsementsOfAsync("rule-anna"));
    }

    [Fact]
    public async Task The_first_endorsement_makes_a_self_assessed_competence_endorsed_and_the_last_withdrawal_makes_it_self_again()
    {
        using var dataset = Team("src");
        await server.SeedAsync(dataset);

        var first = await EndorseAsync("src", "bent");
        var second = await EndorseAsync("src", "cato");
        var afterFirstWithdrawal = await server.MutateAsync(Withdraw, new { id = first.GetProperty("endorsement").GetProperty("id").GetString() });
        var afterLastWithdrawal = await server.MutateAsync(Withdraw, new { id = second.GetProperty("endorsement").GetProperty("id").GetString() });
        var gone = await server.MutateAsync(Withdraw, new { id = second.GetProperty("endorsement").GetProperty("id").GetString() });

        Assert.Equal("ENDORSED", first.GetProperty("personCompetence").GetProperty("source").GetString());
        Assert.Equal("ENDORSED", second.GetProperty("personCompetence").GetProperty("source").GetString());
        Assert.Equal("ENDORSED", afterFirstWithdrawal.GetProperty("personCompetence").GetProperty("source").GetString());
        Assert.Equal("SELF", afterLastWithdrawal.GetProperty("personCompetence").GetProperty("source").GetString());
        Assert.Equal([("NotFoundError", "NOT_FOUND", "input.id")], ErrorsOf(gone));
    }

    [Fact]
    public async Task Formal_competences_keep_their_source_and_removing_a_competence_removes_its_endorsements()
    {
        using var dataset = TestDataset.WithOrganisation("keep")
            .Add("competences.jsonl", new { key = "keep-c", name = "Jura" })
            .Add("people.jsonl", new { key = "keep-anna", name = "Anna", unit = "keep-afd", competences = new[] { new { competence = "keep-c", level = 4, source = "formal" } } })
            .Add("people.jsonl", new { key = "keep-bent", name = "Bent", unit = "keep-afd" });
        await server.SeedAsync(dataset);

        var endorsed = await EndorseAsync("keep", "bent");
        Assert.Equal("FORMAL", endorsed.GetProperty("personCompetence").GetProperty("source").GetString());

        // A re-import rewrites people's competences; endorsements hang on person and competence, so they survive.
        dataset.Replace("people.jsonl",
            new { key = "keep-anna", name = "Anna", unit = "keep-afd", competences = new[] { new { competence = "keep-c", level = 5, source = "formal" } } },
            new { key = "keep-bent", name = "Bent", unit = "keep-afd" });
        await server.SeedAsync(dataset);
        Assert.Equal(1, await EndorsementsOfAsync("keep-anna"));

        AssertSucceeded(await server.MutateAsync(Remove, new { personId = Id("Person", "keep-anna"), competenceId = Id("Competence", "keep-c") }));
        Assert.Equal(0, await EndorsementsOfAsync("keep-anna"));
    }

    [Fact]
    public async Task A_reimport_keeps_a_self_assessed_competence_that_colleagues_endorsed_endorsed()
    {
        using var dataset = Team("again");
        await server.SeedAsync(dataset);
        AssertSucceeded(await EndorseAsync("again", "bent"));

        await server.SeedAsync(dataset);

        var json = await server.QueryAsync("""{ person(key: "again-anna") { competences { nodes { source endorsements { totalCount } } } } }""");
        Assert.Equal("""{"person":{"competences":{"nodes":[{"source":"ENDORSED","endorsements":{"totalCount":1}}]}}}""", json.GetProperty("data").GetRawText());
    }

    private async Task<long> EndorsementsOfAsync(string personKey)
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(
            "SELECT count(*) FROM endorsements e JOIN people p ON p.id = e.person_id WHERE p.key = @key");
        command.Parameters.AddWithValue("key", personKey);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Endorsement_payloads_have_their_agreed_shape()
    {
        using var dataset = Team("shape");
        await server.SeedAsync(dataset);

        // The ID carries a row number, which depends on what other tests wrote first: it is checked apart.
        var endorsed = await server.MutateAsAsync("shape-bent",
            $"mutation($input: EndorseCompetenceInput!) {{ endorseCompetence(input: $input) {{ endorsement {{ endorser {{ key name }} person {{ key }} competence {{ key name }} comment }} personCompetence {{ source level competence {{ key }} }} {Errors} }} }}",
            new { personId = Id("Person", "shape-anna"), competenceId = Id("Competence", "shape-c"), comment = "God til svære samtaler" });
        var withId = await EndorseAsync("shape", "cato");

        Snapshot.Match(Pretty(endorsed));
        Assert.Equal("Endorsement", Api.Schema.Conventions.GlobalId.TryDecode(withId.GetProperty("endorsement").GetProperty("id").GetString())?.TypeName);
    }

    [Fact]
    public async Task A_profile_lists_endorsements_newest_first_and_node_fetches_one_again()
    {
        using var dataset = Team("read");
        await server.SeedAsync(dataset);
        var bent = await EndorseAsync("read", "bent", comment: "Fin samtale.");
        await EndorseAsync("read", "skjult");
        await EndorseAsync("read", "cato");

        var json = await server.QueryAsync("""
            query($id: ID!) {
              person(key: "read-anna") { competences { nodes { source endorsements { totalCount nodes { endorser { key } comment } } } } }
              node(id: $id) { ... on Endorsement { comment person { key } competence { key } } }
            }
            """, new { id = bent.GetProperty("endorsement").GetProperty("id").GetString() });

        Assert.Equal(
            """{"person":{"competences":{"nodes":[{"source":"ENDORSED","endorsements":{"totalCount":3,"nodes":[{"endorser":{"key":"read-cato"},"comment":null},{"endorser":null,"comment":null},{"endorser":{"key":"read-bent"},"comment":"Fin samtale."}]}}]}},"node":{"comment":"Fin samtale.","person":{"key":"read-anna"},"competence":{"key":"read-c"}}}""",
            json.GetProperty("data").GetRawText());
    }
}
