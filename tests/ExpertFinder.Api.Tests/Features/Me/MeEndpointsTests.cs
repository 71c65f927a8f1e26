using System.Net;
using System.Text.Json;
using ExpertFinder.Api.Tests.Http;

namespace ExpertFinder.Api.Tests.Features.Me;

public sealed class MeEndpointsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Url = "/me/export.json";

    [Fact]
    public async Task The_export_is_an_uncached_json_attachment_with_all_that_me_answers()
    {
        await OwnData.SeedAsync(server, "exp");
        var token = await server.TokenForAsync("exp-anna");

        using var response = await OwnData.GetAsync(server, Url, token);
        var body = await response.Content.ReadAsStringAsync();
        var export = JsonDocument.Parse(body).RootElement;
        var me = (await server.QueryAsync(MeFieldTests.Everything, token: token)).GetProperty("data").GetProperty("me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment; filename=\"expertfinder-me-exp-anna.json\"", response.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoStore);
        var person = export.GetProperty("person");
        Assert.Equal(("exp-anna@example.dk", "+45 11 22 33 44", "hidden", "nobody"),
            (person.GetProperty("email").GetString(), person.GetProperty("phone").GetString(), person.GetProperty("visibility").GetString(), person.GetProperty("contactSharing").GetString()));
        Assert.Equal("Jeg arbejder med unge og motiverende samtaler.", person.GetProperty("bio").GetString());
        foreach (var list in (string[])["competences", "endorsementsGiven", "endorsementsReceived", "memberships", "authorships", "auditEntries"])
        {
            Assert.Equal(me.GetProperty(list).GetProperty("totalCount").GetInt32(), export.GetProperty(list).GetArrayLength());
        }
        Assert.Equal("""{"competence":{"key":"exp-samtale","name":"Motiverende samtale"},"level":4,"source":"endorsed","since":"2019-03"}""",
            MutationRequests.Compact(export.GetProperty("competences")[0]));
        Assert.Equal([null, "Bo Berg"], export.GetProperty("endorsementsReceived").EnumerateArray().Select(e => NameOf(e.GetProperty("endorser"))));
        Assert.Equal([null, "Bo Berg"], export.GetProperty("endorsementsGiven").EnumerateArray().Select(e => NameOf(e.GetProperty("person"))));
        Assert.Equal("Stærk i samtaler med unge.", export.GetProperty("endorsementsReceived")[1].GetProperty("comment").GetString());
        Assert.Equal(("exp-net", "facilitator"), (export.GetProperty("memberships")[0].GetProperty("network").GetProperty("key").GetString(), export.GetProperty("memberships")[0].GetProperty("role").GetString()));
        Assert.Equal(("exp-doc", 0), (export.GetProperty("authorships")[0].GetProperty("key").GetString(), export.GetProperty("authorships")[0].GetProperty("position").GetInt32()));
        Assert.Equal(
            me.GetProperty("auditEntries").GetProperty("nodes").EnumerateArray().Select(e => (e.GetProperty("operation").GetString(), e.GetProperty("entityKey").GetString(), e.GetProperty("byYou").GetBoolean())),
            export.GetProperty("auditEntries").EnumerateArray().Select(e => (e.GetProperty("operation").GetString(), e.GetProperty("entityKey").GetString(), e.GetProperty("byYou").GetBoolean())));
        Assert.All(OwnData.HiddenFromAnna("exp"), hidden => Assert.DoesNotContain(hidden, body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_export_has_what_the_person_is_happy_to_be_asked_about_and_their_willingness()
    {
        await OwnData.SeedAsync(server, "wil");
        var token = await server.TokenForAsync("wil-anna");
        MutationRequests.AssertSucceeded(await MutationRequests.MutateAsAsync(server, "wil-anna", OwnData.UpdatePerson, new
        {
            id = MutationRequests.Id("Person", "wil-anna"), askMeAbout = new[] { "Samtaler med unge" }, openToMentoring = true, openToMeetingColleagues = true,
        }));

        using var response = await OwnData.GetAsync(server, Url, token);
        var person = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("person");

        Assert.Equal("""{"askMeAbout":["Samtaler med unge"],"openToMentoring":true,"openToJobRotation":false,"openToMeetingColleagues":true}""",
            MutationRequests.Compact(JsonSerializer.SerializeToElement(new
            {
                askMeAbout = person.GetProperty("askMeAbout"),
                openToMentoring = person.GetProperty("openToMentoring"),
                openToJobRotation = person.GetProperty("openToJobRotation"),
                openToMeetingColleagues = person.GetProperty("openToMeetingColleagues"),
            })));
    }

    [Fact]
    public async Task Only_a_signed_in_person_may_download_anonymous_callers_are_asked_to_sign_in()
    {
        await OwnData.SeedAsync(server, "dl");
        var apiKey = await OwnData.ApiKeyAsync(server, "dl-portal", "dl-kommune");

        using var anonymous = await OwnData.GetAsync(server, Url);
        using var portal = await OwnData.GetAsync(server, Url, apiKey: apiKey);
        using var admin = await OwnData.GetAsync(server, Url, server.AdminToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains(anonymous.Headers.WwwAuthenticate, challenge => challenge.Scheme == "Bearer");
        Assert.Equal("UNAUTHENTICATED", await CodeAsync(anonymous));
        Assert.Equal(HttpStatusCode.Forbidden, portal.StatusCode);
        Assert.Equal("FORBIDDEN", await CodeAsync(portal));
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Equal("FORBIDDEN", await CodeAsync(admin));
        Assert.All([anonymous, portal, admin], r => Assert.Null(r.Content.Headers.ContentDisposition));
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString();

    private static string? NameOf(JsonElement person) => person.ValueKind == JsonValueKind.Null ? null : person.GetProperty("name").GetString();
}
