using System.Globalization;
using System.Text.Json;
using ExpertFinder.Api.Features.ThemeProposals;
using ExpertFinder.Api.Tests.Security.Auth;
using ExpertFinder.Core.Fields;
using static ExpertFinder.Api.Tests.Features.ThemeProposals.ProposalOrganisation;
using static ExpertFinder.Api.Tests.Http.MutationRequests;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Features.ThemeProposals;

/// <summary>A theme proposal from anyone, to the leadership forum of their municipality, which decides it in its round.</summary>
[Collection(ProposalServer.Name)]
public sealed class ThemeProposalTests(ServerFixture server)
{
    private const string List = "query($round: String, $status: ProposalStatus) { themeProposals(round: $round, status: $status, first: 50) { totalCount nodes { key } } }";

    [Fact]
    public async Task A_person_proposes_a_theme_to_their_municipality_in_the_round_of_today()
    {
        await SeedAsync("tp1");

        var proposal = await server.ProposeAsync("tp1-pia", Input("tp1"));

        var today = DateOnly.FromDateTime(DateTime.Now);
        var round = ProposalRoundCalendar.Default.RoundOf(today);
        Assert.Equal("SUBMITTED", proposal.GetProperty("status").GetString());
        Assert.Equal("LEARNING", proposal.GetProperty("kind").GetString());
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), proposal.GetProperty("submitted").GetString());
        Assert.Equal(
            $$"""{"key":"{{round.Key}}","deadline":"{{round.Deadline:yyyy-MM-dd}}","decisionMonth":"{{round.Key}}","name":"{{round.Name}}"}""",
            Compact(proposal.GetProperty("round")));
        Assert.Equal("tp1-a", proposal.GetProperty("municipality").GetProperty("key").GetString());
        Assert.Equal("tp1-pia", proposal.GetProperty("proposer").GetProperty("key").GetString());
        Assert.Equal(["tp1-a-born", "tp1-a-kultur", "tp1-a-sund"], Keys(proposal.GetProperty("affectedUnits")).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Null, proposal.GetProperty("outsidePerspectives").ValueKind);
    }

    [Fact]
    public async Task A_proposal_is_read_by_its_proposer_and_its_municipalitys_admins_and_by_nobody_else()
    {
        await SeedAsync("tp2");
        var proposal = await server.ProposeAsync("tp2-pia", Input("tp2"));
        var key = proposal.GetProperty("key").GetString()!;
        var node = $$"""{ node(id: "{{proposal.GetProperty("id").GetString()}}") { ... on ThemeProposal { key } } }""";

        var readers = new Dictionary<string, Action<System.Net.Http.Headers.HttpRequestHeaders>>
        {
            ["proposer"] = await server.AsAsync("tp2-pia"),
            ["admin"] = await server.AsAsync("tp2-ada", "admin"),
            ["deployment admin"] = Bearer(server.AdminToken),
        };
        foreach (var (who, credentials) in readers)
        {
            var listed = await server.GraphQLAsync(List, credentials);
            Assert.True(Keys(listed.Data.GetProperty("themeProposals").GetProperty("nodes")).Contains(key), $"{who}: {listed}");
            Assert.Equal(key, (await server.GraphQLAsync(node, credentials)).Data.GetProperty("node").GetProperty("key").GetString());
        }
        var others = new Dictionary<string, Action<System.Net.Http.Headers.HttpRequestHeaders>>
        {
            ["colleague"] = await server.AsAsync("tp2-per"),
            ["colleague who is also a fellow admin of another municipality"] = await server.AsAsync("tp2-bent", "admin"),
        };
        foreach (var (who, credentials) in others)
        {
            var listed = await server.GraphQLAsync(List, credentials);
            Assert.False(Keys(listed.Data.GetProperty("themeProposals").GetProperty("nodes")).Contains(key), $"{who}: {listed}");
            Assert.Equal(JsonValueKind.Null, (await server.GraphQLAsync(node, credentials)).Data.GetProperty("node").ValueKind);
        }
        Assert.Equal(JsonValueKind.Null, (await server.GraphQLAsync(node, Anonymous)).Data.GetProperty("node").ValueKind);
        AssertUnauthenticated(await server.GraphQLAsync(List, Anonymous));
    }

    [Fact]
    public async Task Proposing_is_refused_without_a_signed_in_person_and_nothing_is_written()
    {
        await SeedAsync("tp3");
        var before = await server.CountAsync("theme_proposals");

        var anonymous = await server.MutateAsync(Anonymous, Propose, Input("tp3"));
        var notAPerson = await server.MutateAsync(Bearer(server.AdminToken), Propose, Input("tp3"));

        AssertUnauthenticated(anonymous);
        AssertForbiddenByPermissions(notAPerson);
        Assert.Equal(before, await server.CountAsync("theme_proposals"));
    }

    [Fact]
    public async Task A_theme_must_cut_across_units_of_the_proposers_municipality_and_answer_the_required_questions()
    {
        await SeedAsync("tp4");
        var pia = await server.AsAsync("tp4-pia");
        var before = await server.CountAsync("theme_proposals");

        var oneUnit = Input("tp4", "-a-sund");
        var otherMunicipality = Input("tp4", "-a-sund", "-b-sund");
        var badAnswers = Input("tp4");
        badAnswers["challenge"] = "   ";
        badAnswers["missingLearning"] = new string('x', FieldRules.Answer.MaxLength + 1);
        var tooMany = Input("tp4");
        tooMany["affectedUnitIds"] = Enumerable.Range(0, 21).Select(i => Id("Unit", $"tp4-{i}")).ToArray();

        Assert.Equal([("ValidationError", "TOO_FEW", "input.affectedUnitIds")], await ErrorsAsync(pia, oneUnit));
        Assert.Equal([("ValidationError", "OUTSIDE_MUNICIPALITY", "input.affectedUnitIds.1")], await ErrorsAsync(pia, otherMunicipality));
        Assert.Equal([("ValidationError", "REQUIRED", "input.challenge"), ("ValidationError", "TOO_LONG", "input.missingLearning")], await ErrorsAsync(pia, badAnswers));
        Assert.Equal([("ValidationError", "TOO_MANY", "input.affectedUnitIds")], await ErrorsAsync(pia, tooMany));
        Assert.Equal(before, await server.CountAsync("theme_proposals"));
    }

    [Fact]
    public async Task The_proposer_changes_their_proposal_until_the_forum_decides_and_nobody_else_may()
    {
        await SeedAsync("tp5");
        var id = (await server.ProposeAsync("tp5-pia", Input("tp5"))).GetProperty("id").GetString()!;
        var change = new { id, title = "Sundhedsfremme for alle", outsidePerspectives = "Patientforeninger", affectedUnitIds = new[] { Id("Unit", "tp5-a-pleje"), Id("Unit", "tp5-a-skole") } };

        AssertForbiddenByPermissions(await server.MutateAsync(await server.AsAsync("tp5-per"), Update, change));
        var changed = PermissionOrganisation.Succeeded(await server.MutateAsync(await server.AsAsync("tp5-pia"), Update, change), "updateThemeProposal");
        PermissionOrganisation.Succeeded(await server.MutateAsync(await server.AsAsync("tp5-ada", "admin"), Decide, new { id, decision = "REJECT", reason = "Ikke nu" }), "decideThemeProposal");
        var late = await server.MutateAsync(await server.AsAsync("tp5-pia"), Update, new { id, title = "For sent" });

        Assert.Equal("""{"title":"Sundhedsfremme for alle","affectedUnits":[{"key":"tp5-a-pleje"},{"key":"tp5-a-skole"}],"outsidePerspectives":"Patientforeninger"}""",
            Compact(changed.GetProperty("proposal")));
        Assert.Equal([("ConflictError", "ALREADY_DECIDED", "input.id")], ErrorsOf(late.Data.GetProperty("updateThemeProposal")));
    }

    [Fact]
    public async Task Only_the_forum_of_the_proposals_municipality_decides_and_a_rejection_needs_a_reason()
    {
        await SeedAsync("tp6");
        var id = (await server.ProposeAsync("tp6-pia", Input("tp6"))).GetProperty("id").GetString()!;
        var audited = await server.CountAsync("audit_log");

        AssertRefusedByPolicy(await server.MutateAsync(await server.AsAsync("tp6-pia"), Decide, new { id, decision = "APPROVE" }));
        AssertUnauthenticated(await server.MutateAsync(Anonymous, Decide, new { id, decision = "APPROVE" }));
        AssertForbiddenByPermissions(await server.MutateAsync(await server.AsAsync("tp6-bent", "admin"), Decide, new { id, decision = "APPROVE" }));
        var ada = await server.AsAsync("tp6-ada", "admin");
        var noReason = await server.MutateAsync(ada, Decide, new { id, decision = "REJECT", reason = " " });
        Assert.Equal([("ValidationError", "REQUIRED", "input.reason")], ErrorsOf(noReason.Data.GetProperty("decideThemeProposal")));
        Assert.Equal(audited, await server.CountAsync("audit_log"));
        var untouched = await server.ReadAsync($$"""{ node(id: "{{id}}") { ... on ThemeProposal { status decided network { key } } } }""");
        Assert.Equal("""{"status":"SUBMITTED","decided":null,"network":null}""", Compact(untouched.GetProperty("node")));

        var rejected = PermissionOrganisation.Succeeded(await server.MutateAsync(ada, Decide, new { id, decision = "REJECT", reason = "Dækkes af eksisterende netværk" }), "decideThemeProposal");
        var again = await server.MutateAsync(ada, Decide, new { id, decision = "APPROVE" });

        var today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($$"""{"status":"REJECTED","decisionReason":"Dækkes af eksisterende netværk","decided":"{{today}}","decidedBy":{"key":"tp6-ada"},"network":null}""",
            Compact(rejected.GetProperty("proposal")));
        Assert.Equal(JsonValueKind.Null, rejected.GetProperty("network").ValueKind);
        Assert.Equal([("ConflictError", "ALREADY_DECIDED", "input.id")], ErrorsOf(again.Data.GetProperty("decideThemeProposal")));
    }

    [Fact]
    public async Task An_approved_theme_becomes_a_proposed_network_with_the_proposer_as_facilitator_that_search_finds()
    {
        await SeedAsync("tp7");
        var proposal = await server.ProposeAsync("tp7-pia", Input("tp7", "-a-pleje", "-a-trae"));
        var id = proposal.GetProperty("id").GetString()!;

        var decided = PermissionOrganisation.Succeeded(
            await server.MutateAsync(await server.AsAsync("tp7-ada", "admin"), Decide, new { id, decision = "APPROVE", reason = "Godkendt i chefforum" }), "decideThemeProposal");

        var network = decided.GetProperty("network");
        var networkKey = network.GetProperty("key").GetString()!;
        Assert.Equal("APPROVED", decided.GetProperty("proposal").GetProperty("status").GetString());
        Assert.Equal(networkKey, decided.GetProperty("proposal").GetProperty("network").GetProperty("key").GetString());
        Assert.Equal(("Sundhedsfremme på tværs", "LEARNING", "PROPOSED"),
            (network.GetProperty("name").GetString(), network.GetProperty("kind").GetString(), network.GetProperty("status").GetString()));
        // Owned by the smallest unit above both affected offices: their department.
        Assert.Equal("tp7-a-sund", network.GetProperty("owner").GetProperty("key").GetString());
        Assert.Equal(proposal.GetProperty("key").GetString(), network.GetProperty("proposal").GetProperty("key").GetString());
        Assert.Equal("""[{"role":"FACILITATOR","person":{"key":"tp7-pia"}}]""", Compact(network.GetProperty("members").GetProperty("nodes")));
        Assert.StartsWith("Værdi for borgerne: Borgerne får en sammenhængende indsats", network.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("Udfordringen: Sundhedsfremme sker i siloer", network.GetProperty("description").GetString(), StringComparison.Ordinal);

        // In the index: the network is suggested by name, and its facilitator is found with it as evidence.
        var found = await server.QueryAsync("""
            { suggest(prefix: "Sundhedsfremme på", kinds: [NETWORK]) { key }
              experts(query: "sundhedsfremme på tværs", first: 20) { nodes { person { key } evidence { networks { network { key } role } } } } }
            """, token: server.AdminToken);
        Assert.Contains(networkKey, Keys(found.GetProperty("data").GetProperty("suggest")));
        var pia = found.GetProperty("data").GetProperty("experts").GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("person").GetProperty("key").GetString() == "tp7-pia");
        Assert.Equal($$"""[{"network":{"key":"{{networkKey}}"},"role":"FACILITATOR"}]""", Compact(pia.GetProperty("evidence").GetProperty("networks")));
    }

    [Fact]
    public async Task The_network_shows_its_proposal_only_to_those_who_may_read_the_proposal()
    {
        await SeedAsync("tp8");
        var id = (await server.ProposeAsync("tp8-pia", Input("tp8"))).GetProperty("id").GetString()!;
        var networkKey = PermissionOrganisation.Succeeded(
            await server.MutateAsync(await server.AsAsync("tp8-ada", "admin"), Decide, new { id, decision = "APPROVE" }), "decideThemeProposal")
            .GetProperty("network").GetProperty("key").GetString();
        var query = $$"""{ network(key: "{{networkKey}}") { key proposal { title proposer { key } } } }""";

        var forPia = await server.GraphQLAsync(query, await server.AsAsync("tp8-pia"));
        var forPer = await server.GraphQLAsync(query, await server.AsAsync("tp8-per"));
        var forAnonymous = await server.GraphQLAsync(query, Anonymous);

        Assert.Equal("""{"title":"Sundhedsfremme på tværs","proposer":{"key":"tp8-pia"}}""", Compact(forPia.Data.GetProperty("network").GetProperty("proposal")));
        Assert.Equal(JsonValueKind.Null, forPer.Data.GetProperty("network").GetProperty("proposal").ValueKind);
        Assert.Equal(JsonValueKind.Null, forAnonymous.Data.GetProperty("network").GetProperty("proposal").ValueKind);
    }

    [Fact]
    public async Task The_forum_lists_a_rounds_proposals_oldest_first_and_by_status()
    {
        await SeedAsync("tp9");
        var keys = new List<string>();
        foreach (var title in (string[])["Sidst i juni-runden", "Først i juni-runden", "Januar-runden"])
        {
            var input = Input("tp9");
            input["title"] = title;
            keys.Add((await server.ProposeAsync("tp9-pia", input)).GetProperty("key").GetString()!);
        }
        await server.SetSubmittedAsync(keys[0], new DateOnly(2031, 5, 1));
        await server.SetSubmittedAsync(keys[1], new DateOnly(2030, 12, 2));
        await server.SetSubmittedAsync(keys[2], new DateOnly(2031, 5, 2));
        var ada = await server.AsAsync("tp9-ada", "admin");
        PermissionOrganisation.Succeeded(await server.MutateAsync(ada, Decide, new { id = Id("ThemeProposal", keys[2]), decision = "APPROVE" }), "decideThemeProposal");

        var june = await server.GraphQLAsync(List, ada, new { round = "2031-06" });
        var january = await server.GraphQLAsync(List, ada, new { round = "2032-01" });
        var approved = await server.GraphQLAsync(List, ada, new { round = "2032-01", status = "APPROVED" });
        var submitted = await server.GraphQLAsync(List, ada, new { round = "2032-01", status = "SUBMITTED" });
        var badRound = await server.GraphQLAsync(List, ada, new { round = "2031-07" });
        var round = await server.GraphQLAsync($$"""{ node(id: "{{Id("ThemeProposal", keys[0])}}") { ... on ThemeProposal { round { key name deadline } } } }""", ada);

        Assert.Equal([keys[1], keys[0]], Keys(june.Data.GetProperty("themeProposals").GetProperty("nodes")));
        Assert.Equal([keys[2]], Keys(january.Data.GetProperty("themeProposals").GetProperty("nodes")));
        Assert.Equal([keys[2]], Keys(approved.Data.GetProperty("themeProposals").GetProperty("nodes")));
        Assert.Empty(Keys(submitted.Data.GetProperty("themeProposals").GetProperty("nodes")));
        Assert.Equal("BAD_ROUND", badRound.Code);
        Assert.Equal("""{"key":"2031-06","name":"Junirunden 2031","deadline":"2031-05-01"}""", Compact(round.Data.GetProperty("node").GetProperty("round")));
    }

    private async Task SeedAsync(string prefix)
    {
        using var dataset = Of(prefix);
        await server.SeedAsync(dataset);
    }

    private async Task<List<(string Type, string Code, string? Path)>> ErrorsAsync(Action<System.Net.Http.Headers.HttpRequestHeaders> credentials, object input)
    {
        var answer = await server.MutateAsync(credentials, Propose, input);
        Assert.True(answer.Code is null, answer.ToString());
        var payload = answer.Data.GetProperty("proposeTheme");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("proposal").ValueKind);
        return ErrorsOf(payload);
    }

    private static List<string> Keys(JsonElement nodes) => nodes.EnumerateArray().Select(n => n.GetProperty("key").GetString()!).ToList();
}
