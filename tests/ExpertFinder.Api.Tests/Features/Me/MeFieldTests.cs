using System.Net;
using System.Text.Json;
using ExpertFinder.Api.Tests.Http;

namespace ExpertFinder.Api.Tests.Features.Me;

public sealed class MeFieldTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public const string Everything = """
        { me {
            person { key name title email phone location bio visibility contactSharing unit { key } }
            competences { totalCount nodes { competence { key } level source since } }
            endorsementsReceived { totalCount nodes { endorser { key } person { key } competence { key } comment created } }
            endorsementsGiven { totalCount nodes { endorser { key } person { key } competence { key } comment created } }
            memberships { totalCount nodes { role network { key members { nodes { person { key } } } } } }
            authorships { totalCount nodes { key authors { nodes { key } } } }
            auditEntries(first: 50) { totalCount nodes { at operation entityType entityKey fields byYou } }
        } }
        """;

    [Fact]
    public async Task A_hidden_person_sees_all_their_own_data_with_contact_details_and_everyone_else_as_the_policy_allows()
    {
        await OwnData.SeedAsync(server, "mine");

        using var response = await server.PostAsync(Everything, token: await server.TokenForAsync("mine-anna"));
        var body = await response.Content.ReadAsStringAsync();
        var me = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"key":"mine-anna","name":"Anna Holm","title":"Socialrådgiver","email":"mine-anna@example.dk","phone":"+45 11 22 33 44","location":"Rådhuset","bio":"Jeg arbejder med unge og motiverende samtaler.","visibility":"HIDDEN","contactSharing":"NOBODY","unit":{"key":"mine-afd"}}""",
            MutationRequests.Compact(me.GetProperty("person")));
        Assert.Equal("""{"totalCount":1,"nodes":[{"competence":{"key":"mine-samtale"},"level":4,"source":"ENDORSED","since":"2019-03"}]}""",
            MutationRequests.Compact(me.GetProperty("competences")));
        // Newest first; Sif is hidden from Anna, so her endorsement counts, with its comment, but names nobody.
        Assert.Equal([(null, "mine-anna", "Fra en kollega."), ("mine-bo", "mine-anna", "Stærk i samtaler med unge.")], Endorsements(me, "endorsementsReceived"));
        // Cato was hidden after Anna endorsed him: her endorsement stays hers, he is no longer named.
        Assert.Equal([("mine-anna", null, null), ("mine-anna", "mine-bo", "Styr på tallene.")], Endorsements(me, "endorsementsGiven"));
        Assert.Equal("""{"totalCount":1,"nodes":[{"role":"FACILITATOR","network":{"key":"mine-net","members":{"nodes":[{"person":{"key":"mine-anna"}},{"person":{"key":"mine-bo"}}]}}}]}""",
            MutationRequests.Compact(me.GetProperty("memberships")));
        Assert.Equal("""{"totalCount":1,"nodes":[{"key":"mine-doc","authors":{"nodes":[{"key":"mine-anna"}]}}]}""",
            MutationRequests.Compact(me.GetProperty("authorships")));
        Assert.Equal(
            [
                ("updatePerson", "mine-anna", "contactSharing,visibility", true),
                ("endorseCompetence", null, "competenceId,personId", true),
                ("endorseCompetence", "mine-bo", "comment,competenceId,personId", true),
                ("endorseCompetence", "mine-anna", "comment,competenceId,personId", false),
                ("endorseCompetence", "mine-anna", "comment,competenceId,personId", false),
            ],
            AuditEntries(me));
        Assert.All(OwnData.HiddenFromAnna("mine"), hidden => Assert.DoesNotContain(hidden, body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_colleague_sees_their_endorsement_of_someone_now_hidden_but_not_who_it_was()
    {
        await OwnData.SeedAsync(server, "peer");

        var body = (await server.QueryAsync(Everything, token: await server.TokenForAsync("peer-bo"))).GetRawText();
        var me = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("me");

        Assert.Equal([("peer-bo", null, "Stærk i samtaler med unge.")], Endorsements(me, "endorsementsGiven"));
        Assert.Equal([(null, "peer-bo", "Styr på tallene.")], Endorsements(me, "endorsementsReceived"));
        Assert.Equal([("endorseCompetence", "peer-bo", "comment,competenceId,personId", false), ("endorseCompetence", null, "comment,competenceId,personId", true)], AuditEntries(me));
        Assert.All(["peer-anna", "Anna Holm", "peer-anna@example.dk", "Rådhuset", .. OwnData.HiddenFromAnna("peer")],
            hidden => Assert.DoesNotContain(hidden, body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_list_is_complete_page_by_page_with_its_total()
    {
        await OwnData.SeedAsync(server, "page");
        var token = await server.TokenForAsync("page-anna");

        var first = await server.QueryAsync("{ me { auditEntries(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { operation } } } }", token: token);
        var page = first.GetProperty("data").GetProperty("me").GetProperty("auditEntries");
        var rest = await server.QueryAsync("query($after: String) { me { auditEntries(first: 50, after: $after) { pageInfo { hasNextPage } nodes { operation } } } }",
            new { after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, token);

        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var next = rest.GetProperty("data").GetProperty("me").GetProperty("auditEntries");
        Assert.Equal(3, next.GetProperty("nodes").GetArrayLength());
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Anonymous_callers_are_asked_to_sign_in_and_portal_keys_and_admins_who_are_no_person_are_refused()
    {
        await OwnData.SeedAsync(server, "door");
        var apiKey = await OwnData.ApiKeyAsync(server, "door-portal", "door-kommune");

        using var anonymous = await server.PostAsync("{ me { person { key } } }");
        using var portal = await SendWithApiKeyAsync("{ me { person { key } } }", apiKey);
        var admin = await server.QueryAsync("{ me { person { key } } }", token: server.AdminToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("UNAUTHENTICATED", ErrorCode(JsonDocument.Parse(await anonymous.Content.ReadAsStringAsync()).RootElement));
        Assert.Equal(HttpStatusCode.Forbidden, portal.StatusCode);
        Assert.Equal("FORBIDDEN", ErrorCode(JsonDocument.Parse(await portal.Content.ReadAsStringAsync()).RootElement));
        // An admin meets the Employee policy but is nobody: there is no data of theirs to show.
        Assert.Equal("FORBIDDEN", ErrorCode(admin));
        Assert.Equal(JsonValueKind.Null, admin.GetProperty("data").ValueKind);
    }

    private async Task<HttpResponseMessage> SendWithApiKeyAsync(string query, string apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", apiKey);
        return await server.Http.SendAsync(request);
    }

    private static string? ErrorCode(JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static List<(string? Endorser, string? Person, string? Comment)> Endorsements(JsonElement me, string list) =>
        me.GetProperty(list).GetProperty("nodes").EnumerateArray()
            .Select(e => (KeyOf(e.GetProperty("endorser")), KeyOf(e.GetProperty("person")), e.GetProperty("comment").GetString())).ToList();

    private static List<(string Operation, string? EntityKey, string Fields, bool ByYou)> AuditEntries(JsonElement me) =>
        me.GetProperty("auditEntries").GetProperty("nodes").EnumerateArray()
            .Select(e => (e.GetProperty("operation").GetString()!, e.GetProperty("entityKey").GetString(),
                string.Join(',', e.GetProperty("fields").EnumerateArray().Select(f => f.GetString())), e.GetProperty("byYou").GetBoolean()))
            .ToList();

    private static string? KeyOf(JsonElement person) => person.ValueKind == JsonValueKind.Null ? null : person.GetProperty("key").GetString();
}
