using System.Text.Json;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Tests.Security.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static ExpertFinder.Api.Tests.Http.MutationRequests;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Features.Networks;

/// <summary>
/// A network's lifecycle through GraphQL: every path that sets a status (create, update, close, changeNetworkStatus)
/// follows the one rule, the dates follow the moves, and the network shows what it is expected to end.
/// </summary>
public sealed class NetworkLifecycleTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Lifecycle = "status started ended expectedEnd overdue";
    private const string Create = $"mutation($input: CreateNetworkInput!) {{ createNetwork(input: $input) {{ network {{ key {Lifecycle} }} {Errors} }} }}";
    private const string Update = $"mutation($input: UpdateNetworkInput!) {{ updateNetwork(input: $input) {{ network {{ {Lifecycle} }} {Errors} }} }}";
    private const string Close = $"mutation($input: CloseNetworkInput!) {{ closeNetwork(input: $input) {{ network {{ {Lifecycle} }} {Errors} }} }}";
    private const string Change = $"mutation($input: ChangeNetworkStatusInput!) {{ changeNetworkStatus(input: $input) {{ network {{ {Lifecycle} }} {Errors} }} }}";

    private static string Today => DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_welfare_network_goes_from_proposed_through_testing_to_closed_and_is_never_reopened()
    {
        await server.SeedAsync(TestDataset.WithOrganisation("wf")
            .Add("people.jsonl", new { key = "wf-p", name = "Pia", unit = "wf-afd" }));

        var created = await server.MutateAsync(Create, new { name = "Velfærdsteknologi i hjemmeplejen", kind = "WELFARE", status = "PROPOSED", ownerUnitId = Id("Unit", "wf-afd") });
        var id = Id("Network", created.GetProperty("network").GetProperty("key").GetString()!);
        var started = await server.MutateAsync(Change, new { id, status = "ACTIVE", date = "2025-02-01" });
        var closedTooEarly = await server.MutateAsync(Change, new { id, status = "CLOSED" });
        var closedTooEarlyByClose = await server.MutateAsync(Close, new { id });
        var evaluatedTooEarly = await server.MutateAsync(Change, new { id, status = "EVALUATED" });
        var backToProposed = await server.MutateAsync(Update, new { id, status = "PROPOSED" });
        var testing = await server.MutateAsync(Change, new { id, status = "TESTING" });
        var closed = await server.MutateAsync(Close, new { id, ended = "2025-12-01" });
        var reopened = await server.MutateAsync(Change, new { id, status = "ACTIVE" });
        var reopenedByUpdate = await server.MutateAsync(Update, new { id, status = "TESTING", description = "Igen" });

        Assert.Equal("""{"key":"velfaerdsteknologi-i-hjemmeplejen","status":"PROPOSED","started":null,"ended":null,"expectedEnd":null,"overdue":false}""",
            created.GetProperty("network").GetRawText());
        Assert.Equal("""{"status":"ACTIVE","started":"2025-02-01","ended":null,"expectedEnd":"2025-08-01","overdue":true}""", started.GetProperty("network").GetRawText());
        Assert.Equal([("ConflictError", "INVALID_TRANSITION", "input.status")], ErrorsOf(closedTooEarly));
        Assert.Equal([("ConflictError", "INVALID_TRANSITION", "input.id")], ErrorsOf(closedTooEarlyByClose));
        Assert.Equal([("ConflictError", "INVALID_TRANSITION", "input.status")], ErrorsOf(evaluatedTooEarly));
        Assert.Equal([("ConflictError", "INVALID_TRANSITION", "input.status")], ErrorsOf(backToProposed));
        // Testing: the expected end moves to the end of the test phase (6 + 3 months).
        Assert.Equal("""{"status":"TESTING","started":"2025-02-01","ended":null,"expectedEnd":"2025-11-01","overdue":true}""", testing.GetProperty("network").GetRawText());
        Assert.Equal("""{"status":"CLOSED","started":"2025-02-01","ended":"2025-12-01","expectedEnd":"2025-11-01","overdue":false}""", closed.GetProperty("network").GetRawText());
        Assert.Equal([("ConflictError", "INVALID_TRANSITION", "input.status")], ErrorsOf(reopened));
        Assert.Equal([("ConflictError", "INVALID_TRANSITION", "input.status")], ErrorsOf(reopenedByUpdate));
        var now = await server.QueryAsync("""{ network(key: "velfaerdsteknologi-i-hjemmeplejen") { status description ended } }""");
        Assert.Equal("""{"network":{"status":"CLOSED","description":null,"ended":"2025-12-01"}}""", now.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_network_is_created_proposed_or_active_and_starting_or_closing_without_a_date_means_today()
    {
        await server.SeedAsync(TestDataset.WithOrganisation("nc")
            .Add("people.jsonl", new { key = "nc-p", name = "Pia", unit = "nc-afd" })
            .Add("networks.jsonl", new { key = "nc-project", name = "Projekt", kind = "project", started = "2025-01-01", ended = "2099-06-30" }));
        var networks = await server.CountAsync("networks");

        var createdClosed = await server.MutateAsync(Create, new { name = "Lukket fra start", kind = "LEARNING", status = "CLOSED" });
        var createdTesting = await server.MutateAsync(Create, new { name = "Test fra start", kind = "LEARNING", status = "TESTING" });
        Assert.Equal(networks, await server.CountAsync("networks"));
        var createdActive = await server.MutateAsync(Create, new { name = "Læring om kost", kind = "LEARNING" });
        var projectRunning = await server.QueryAsync("""{ network(key: "nc-project") { expectedEnd overdue } }""");
        var projectClosed = await server.MutateAsync(Change, new { id = Id("Network", "nc-project"), status = "CLOSED" });

        Assert.Equal([("ConflictError", "INVALID_TRANSITION", "input.status")], ErrorsOf(createdClosed));
        Assert.Equal([("ConflictError", "INVALID_TRANSITION", "input.status")], ErrorsOf(createdTesting));
        var active = createdActive.GetProperty("network");
        Assert.Equal(("ACTIVE", Today), (active.GetProperty("status").GetString(), active.GetProperty("started").GetString()));
        Assert.Equal(DateOnly.FromDateTime(DateTime.Now).AddMonths(5).ToString("yyyy-MM-dd"), active.GetProperty("expectedEnd").GetString());
        // A project's ended is its planned end while it runs, and the day it closed once it has.
        Assert.Equal("""{"network":{"expectedEnd":"2099-06-30","overdue":false}}""", projectRunning.GetProperty("data").GetRawText());
        Assert.Equal(("CLOSED", Today), (projectClosed.GetProperty("network").GetProperty("status").GetString(), projectClosed.GetProperty("network").GetProperty("ended").GetString()));
    }

    [Fact]
    public async Task Each_kind_has_its_usual_length_and_open_ended_kinds_are_never_overdue()
    {
        await server.SeedAsync(TestDataset.WithOrganisation("kl")
            .Add("people.jsonl", new { key = "kl-p", name = "Pia", unit = "kl-afd" })
            .Add("networks.jsonl", new { key = "kl-learning", name = "Læring", kind = "learning", started = "2020-01-31" })
            .Add("networks.jsonl", new { key = "kl-innovation", name = "Innovation", kind = "innovation", started = "2020-01-01" })
            .Add("networks.jsonl", new { key = "kl-leadership", name = "Ledelse", kind = "leadership", started = "2020-01-01" })
            .Add("networks.jsonl", new { key = "kl-professional", name = "Faglighed", kind = "professional" })
            .Add("networks.jsonl", new { key = "kl-welfare", name = "Velfærd", kind = "welfare", status = "evaluated", started = "2020-01-01" }));

        var json = await server.QueryAsync("""{ networks(first: 50) { nodes { key expectedEnd overdue } } }""");

        var byKey = json.GetProperty("data").GetProperty("networks").GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("key").GetString()!.StartsWith("kl-", StringComparison.Ordinal))
            .ToDictionary(n => n.GetProperty("key").GetString()!, n => n.GetRawText());
        Assert.Equal("""{"key":"kl-learning","expectedEnd":"2020-06-30","overdue":true}""", byKey["kl-learning"]);
        Assert.Equal("""{"key":"kl-innovation","expectedEnd":null,"overdue":false}""", byKey["kl-innovation"]);
        Assert.Equal("""{"key":"kl-leadership","expectedEnd":null,"overdue":false}""", byKey["kl-leadership"]);
        Assert.Equal("""{"key":"kl-professional","expectedEnd":null,"overdue":false}""", byKey["kl-professional"]);
        // Evaluated: past its test phase, and no longer running, so not overdue.
        Assert.Equal("""{"key":"kl-welfare","expectedEnd":"2020-10-01","overdue":false}""", byKey["kl-welfare"]);
    }

    [Fact]
    public async Task Facilitators_move_the_network_along_only_the_forum_evaluates_and_members_and_anonymous_callers_are_refused()
    {
        await server.SeedOrganisationAsync("nl");
        var id = Id("Network", "nl-net");
        var audited = await server.CountAsync("audit_log");

        var byMember = await server.MutateAsync(await server.AsAsync("nl-bo"), PermissionMutations.ChangeNetworkStatus, new { id, status = "TESTING" });
        var byMemberThroughUpdate = await server.MutateAsync(await server.AsAsync("nl-bo"), Update, new { id, status = "TESTING" });
        var anonymous = await server.MutateAsync(Anonymous, PermissionMutations.ChangeNetworkStatus, new { id, status = "TESTING" });
        var byOtherAdmin = await server.MutateAsync(await server.AsAsync("nl-bent", Role.Admin), PermissionMutations.ChangeNetworkStatus, new { id, status = "TESTING" });
        Assert.Equal(audited, await server.CountAsync("audit_log"));
        var byFacilitator = await server.MutateAsync(await server.AsAsync("nl-anna"), PermissionMutations.ChangeNetworkStatus, new { id, status = "TESTING" });
        var evaluatedByFacilitator = await server.MutateAsync(await server.AsAsync("nl-anna"), PermissionMutations.ChangeNetworkStatus, new { id, status = "EVALUATED" });
        var evaluatedByForum = await server.MutateAsync(await server.AsAsync("nl-admin", Role.Admin), PermissionMutations.ChangeNetworkStatus, new { id, status = "EVALUATED" });
        var closedByFacilitator = await server.MutateAsync(await server.AsAsync("nl-anna"), PermissionMutations.ChangeNetworkStatus, new { id, status = "CLOSED", date = "2026-01-15" });

        AssertForbiddenByPermissions(byMember);
        AssertForbiddenByPermissions(byMemberThroughUpdate);
        AssertUnauthenticated(anonymous);
        AssertForbiddenByPermissions(byOtherAdmin);
        Assert.Equal("TESTING", StatusOf(PermissionOrganisation.Succeeded(byFacilitator, "changeNetworkStatus")));
        AssertForbiddenByPermissions(evaluatedByFacilitator);
        Assert.Equal("EVALUATED", StatusOf(PermissionOrganisation.Succeeded(evaluatedByForum, "changeNetworkStatus")));
        Assert.Equal("CLOSED", StatusOf(PermissionOrganisation.Succeeded(closedByFacilitator, "changeNetworkStatus")));
    }

    [Fact]
    public async Task A_network_shows_its_visible_facilitators_and_the_competences_in_play_with_how_many_members_hold_them()
    {
        await server.SeedAsync(PermissionOrganisation.Of("cp")
            .Add("competences.jsonl", new { key = "cp-teknologi", name = "Velfærdsteknologi" })
            .Add("competences.jsonl", new { key = "cp-kost", name = "Kost" })
            .Add("people.jsonl", new { key = "cp-skjult", name = "Skjult Facilitator", unit = "cp-a-pleje", visibility = "hidden", competences = new[] { new { competence = "cp-c", level = 4 } } })
            .Add("people.jsonl", new { key = "cp-dorte", name = "Dorte Dahl", unit = "cp-a-pleje", competences = new[] { new { competence = "cp-kost", level = 2 } } })
            .Add("networks.jsonl", new
            {
                key = "cp-net2", name = "Velfærdsnetværk", kind = "welfare", owner = "cp-a-sund", topics = new[] { "cp-c", "cp-teknologi" },
                members = new[]
                {
                    new { person = "cp-anna", role = "facilitator" }, new { person = "cp-skjult", role = "facilitator" },
                    new { person = "cp-bo", role = "member" }, new { person = "cp-dorte", role = "member" },
                },
            }));
        const string Query = """
            { network(key: "cp-net2") {
                facilitators { nodes { key } }
                competencesInPlay(first: 10) { totalCount nodes { competence { key } topic holders } } } }
            """;

        var anonymous = await server.QueryAsync(Query);
        var admin = await server.QueryAsync(Query, token: server.AdminToken);

        Assert.Equal("""
            {"network":{"facilitators":{"nodes":[{"key":"cp-anna"}]},"competencesInPlay":{"totalCount":3,"nodes":[{"competence":{"key":"cp-c"},"topic":true,"holders":2},{"competence":{"key":"cp-teknologi"},"topic":true,"holders":0},{"competence":{"key":"cp-kost"},"topic":false,"holders":1}]}}}
            """, anonymous.GetProperty("data").GetRawText());
        // The hidden facilitator is seen (and counted) only by those who may see them.
        Assert.Equal("""
            {"network":{"facilitators":{"nodes":[{"key":"cp-anna"},{"key":"cp-skjult"}]},"competencesInPlay":{"totalCount":3,"nodes":[{"competence":{"key":"cp-c"},"topic":true,"holders":3},{"competence":{"key":"cp-teknologi"},"topic":true,"holders":0},{"competence":{"key":"cp-kost"},"topic":false,"holders":1}]}}}
            """, admin.GetProperty("data").GetRawText());
    }

    [Fact]
    public void The_usual_lengths_are_read_from_the_configuration_where_an_open_ended_kind_has_no_months()
    {
        var options = server.Services.GetRequiredService<IOptions<NetworkLifecycleOptions>>().Value;

        Assert.Equal((5, (int?)null), (options.Learning.Months!.Value, options.Learning.TestPhaseMonths));
        Assert.Equal((6, 3), (options.Welfare.Months!.Value, options.Welfare.TestPhaseMonths!.Value));
        Assert.Equal([null, null, null], new[] { options.Innovation.Months, options.Leadership.Months, options.Professional.Months });
    }

    private static string? StatusOf(JsonElement payload) => payload.GetProperty("network").GetProperty("status").GetString();
}

/// <summary>A deployment whose learning networks run two months and whose innovation networks run a year.</summary>
public sealed class ShortLearningServerFixture() : ServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:Practices:Networks:Learning:Months"] = "2";
    builder.Configuration["ExpertFinder:Practices:Networks:Innovation:Months"] = "12";
});

public sealed class NetworkLifecycleConfigurationTests(ShortLearningServerFixture server) : IClassFixture<ShortLearningServerFixture>
{
    [Fact]
    public async Task The_expected_end_follows_the_configured_lengths()
    {
        await server.SeedAsync(TestDataset.WithOrganisation("cfg")
            .Add("people.jsonl", new { key = "cfg-p", name = "Pia", unit = "cfg-afd" })
            .Add("networks.jsonl", new { key = "cfg-learning", name = "Læring", kind = "learning", started = "2025-01-15" })
            .Add("networks.jsonl", new { key = "cfg-innovation", name = "Innovation", kind = "innovation", started = "2025-01-15" }));

        var json = await server.QueryAsync("""{ a: network(key: "cfg-learning") { expectedEnd } b: network(key: "cfg-innovation") { expectedEnd } }""");

        Assert.Equal("""{"a":{"expectedEnd":"2025-03-15"},"b":{"expectedEnd":"2026-01-15"}}""", json.GetProperty("data").GetRawText());
    }
}
