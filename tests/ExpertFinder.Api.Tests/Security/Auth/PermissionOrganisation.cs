using System.Net.Http.Headers;
using System.Text.Json;
using ExpertFinder.Api.Tests.Http;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// Two municipalities for the permission tests, every key prefixed by the test:
/// <code>
/// P-a (municipality A)                      P-b (municipality B)
/// ├─ P-a-sund: leder (data role manager),   ├─ P-b-afd: bent
/// │            admin (an admin when the     └─ P-b-tom: nobody (deletable)
/// │            token says so)
/// │  └─ P-a-pleje: anna, bo
/// └─ P-a-tek: carl
/// </code>
/// Anna holds P-c at level 3 as the manager confirmed it; bo and carl hold it at level 2 by their own word. Network
/// P-net (owned by P-a-sund) has anna as facilitator and bo as member. Document P-doc is carl's, of unit P-a-tek.
/// </summary>
public static class PermissionOrganisation
{
    public static TestDataset Of(string p) => new TestDataset()
        .Add("units.jsonl", new { key = p + "-a", name = "Aarhus Kommune", kind = "municipality" })
        .Add("units.jsonl", new { key = p + "-a-sund", name = "Sundhed og Omsorg", kind = "department", parent = p + "-a" })
        .Add("units.jsonl", new { key = p + "-a-pleje", name = "Pleje", kind = "office", parent = p + "-a-sund" })
        .Add("units.jsonl", new { key = p + "-a-tek", name = "Teknik og Miljø", kind = "department", parent = p + "-a" })
        .Add("units.jsonl", new { key = p + "-b", name = "Randers Kommune", kind = "municipality" })
        .Add("units.jsonl", new { key = p + "-b-afd", name = "Børn og Unge", kind = "department", parent = p + "-b" })
        .Add("units.jsonl", new { key = p + "-b-tom", name = "Tom afdeling", kind = "department", parent = p + "-b" })
        .Add("competences.jsonl", new { key = p + "-c", name = "Demens" })
        .Add("people.jsonl", new { key = p + "-leder", name = "Lene Leder", unit = p + "-a-sund", roles = new[] { "manager" } })
        .Add("people.jsonl", new { key = p + "-admin", name = "Ada Admin", unit = p + "-a-sund" })
        .Add("people.jsonl", new
        {
            key = p + "-anna", name = "Anna Holm", unit = p + "-a-pleje", bio = "Anna om sig selv.",
            competences = new[] { new { competence = p + "-c", level = 3, source = "manager" } },
        })
        .Add("people.jsonl", new { key = p + "-bo", name = "Bo Lund", unit = p + "-a-pleje", competences = new[] { new { competence = p + "-c", level = 2 } } })
        .Add("people.jsonl", new { key = p + "-carl", name = "Carl Berg", unit = p + "-a-tek", competences = new[] { new { competence = p + "-c", level = 2 } } })
        .Add("people.jsonl", new { key = p + "-bent", name = "Bent Brun", unit = p + "-b-afd" })
        .Add("networks.jsonl", new
        {
            key = p + "-net", name = "Demensnetværk", kind = "learning", owner = p + "-a-sund",
            members = new[] { new { person = p + "-anna", role = "facilitator" }, new { person = p + "-bo", role = "member" } },
        })
        .Add("documents.jsonl", new { key = p + "-doc", title = "Vejplan", text = "Plan for vejene.", authors = new[] { p + "-carl" }, unit = p + "-a-tek" });

    public static async Task SeedOrganisationAsync(this ServerFixture server, string prefix)
    {
        using var dataset = Of(prefix);
        await server.SeedAsync(dataset);
    }

    /// <summary>Signed in through the provider as the person with <paramref name="personKey"/>, with <paramref name="roles"/>.</summary>
    public static async Task<Action<HttpRequestHeaders>> AsAsync(this ServerFixture server, string personKey, params string[] roles) =>
        AuthRequests.Bearer(await server.TokenForAsync(personKey, roles));

    /// <summary>The mutation with <paramref name="input"/> as its one variable, sent with <paramref name="credentials"/>.</summary>
    public static Task<Answer> MutateAsync(this ServerFixture server, Action<HttpRequestHeaders> credentials, string mutation, object input) =>
        server.GraphQLAsync(mutation, credentials, new { input });

    /// <summary>The payload of a mutation that must have succeeded.</summary>
    public static JsonElement Succeeded(Answer answer, string field)
    {
        Assert.True(answer.Status == System.Net.HttpStatusCode.OK && answer.Code is null, answer.ToString());
        var payload = answer.Data.GetProperty(field);
        MutationRequests.AssertSucceeded(payload);
        return payload;
    }

    /// <summary>Something read back as the deployment admin, who sees everything: what is really in the database.</summary>
    public static async Task<JsonElement> ReadAsync(this ServerFixture server, string query) =>
        (await server.QueryAsync(query, token: server.AdminToken)).GetProperty("data");
}
