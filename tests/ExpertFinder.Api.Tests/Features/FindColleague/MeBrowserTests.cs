using System.Net.Http.Headers;
using System.Text.Json;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>
/// "Mig": Mette edits her profile part by part in the browser, and the API shows each change afterwards; invalid input
/// shows the payload's code and changes nothing. Editing mutates, so the class has its own server.
/// </summary>
public sealed class MeBrowserTests(FindServerFixture server, ITestOutputHelper output) : IClassFixture<FindServerFixture>
{
    private const string Employee = "p-mette-lund";

    private const string MeQuery = """
        {
          me {
            person { key name title bio askMeAbout openToMentoring contactSharing }
            competences(first: 50) { nodes { level source competence { key } } }
          }
        }
        """;

    private async Task<JsonElement> MeAsync(string token)
    {
        var json = await server.QueryAsync(MeQuery, null, token);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("me");
    }

    [Fact]
    public async Task Each_part_of_my_profile_saves_and_invalid_input_changes_nothing()
    {
        var token = await server.TokenForAsync(Employee);
        var before = await MeAsync(token);
        var desktop = FindBrowser.Artifact("find-me-desktop.png");
        var phone = FindBrowser.Artifact("find-me-phone.png");

        var steps = await FindBrowser.RunAsync(server, "me.mjs", token, desktop, phone, JsonSerializer.Serialize(FindBrowser.HiddenDemoPeople()));
        output.WriteLine($"Screenshots: {desktop}, {phone}");

        Assert.Empty(steps.GetProperty("hiddenSeen").EnumerateArray());
        Assert.Equal("Mig", steps.GetProperty("h1").GetString());
        Assert.Equal(before.GetProperty("person").GetProperty("name").GetString(), steps.GetProperty("initialName").GetString());
        var after = await MeAsync(token);
        var person = after.GetProperty("person");

        Assert.Equal("Udviklingskonsulent og videndeler", person.GetProperty("title").GetString());
        Assert.Equal("Jeg hjælper kolleger med at dele viden på tværs.\nSpørg mig gerne.", person.GetProperty("bio").GetString());
        var asked = person.GetProperty("askMeAbout").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal([.. before.GetProperty("person").GetProperty("askMeAbout").EnumerateArray().Select(s => s.GetString()), "Onboarding af nye kolleger"], asked);
        Assert.Equal(asked, steps.GetProperty("askShown").EnumerateArray().Select(s => s.GetString()));
        Assert.NotEqual(before.GetProperty("person").GetProperty("openToMentoring").GetBoolean(), person.GetProperty("openToMentoring").GetBoolean());
        Assert.Equal(steps.GetProperty("mentoringBefore").GetBoolean(), before.GetProperty("person").GetProperty("openToMentoring").GetBoolean());
        Assert.Equal(steps.GetProperty("contactSharing").GetString(), person.GetProperty("contactSharing").GetString());
        Assert.NotEqual(before.GetProperty("person").GetProperty("contactSharing").GetString(), person.GetProperty("contactSharing").GetString());

        // Competences: one level changed, one removed, Forvaltningsret added at level 2 as self-assessed; the page lists the API's.
        var held = after.GetProperty("competences").GetProperty("nodes").EnumerateArray()
            .ToDictionary(c => c.GetProperty("competence").GetProperty("key").GetString()!, c => (Level: c.GetProperty("level").GetInt32(), Source: c.GetProperty("source").GetString()));
        Assert.Equal(steps.GetProperty("newLevel").GetInt32(), held[steps.GetProperty("levelKey").GetString()!].Level);
        Assert.DoesNotContain(steps.GetProperty("removedKey").GetString()!, held.Keys);
        Assert.Equal((2, "SELF"), held["c-forvaltningsret"]);
        Assert.Equal(before.GetProperty("competences").GetProperty("nodes").GetArrayLength(), held.Count);
        Assert.Equal(held.Keys.Order(StringComparer.Ordinal), steps.GetProperty("competencesShown").EnumerateArray().Select(c => c.GetProperty("key").GetString()!).Order(StringComparer.Ordinal));
        foreach (var shown in steps.GetProperty("competencesShown").EnumerateArray())
        {
            Assert.Equal(held[shown.GetProperty("key").GetString()!].Level.ToString(System.Globalization.CultureInfo.InvariantCulture), shown.GetProperty("level").GetString());
        }

        // Invalid input showed the payload's code by the field; nothing of it was saved (the statements are as above).
        var tooLong = steps.GetProperty("tooLong");
        Assert.Contains("TOO_LONG", tooLong.GetProperty("field").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Intet blev gemt", tooLong.GetProperty("status").GetString(), StringComparison.Ordinal);
        Assert.Equal("true", tooLong.GetProperty("invalid").GetString());
        Assert.DoesNotContain(asked, s => s!.Length > 200);
        Assert.Contains("REQUIRED", steps.GetProperty("emptyName").GetProperty("field").GetString(), StringComparison.Ordinal);
        var afterInvalid = steps.GetProperty("afterInvalid");
        Assert.Equal(before.GetProperty("person").GetProperty("name").GetString(), afterInvalid.GetProperty("name").GetString());
        Assert.Equal(asked, afterInvalid.GetProperty("askMeAbout").EnumerateArray().Select(s => s.GetString()));

        // The new name is saved and shown in the header.
        Assert.Equal("Mette Lund Nielsen", person.GetProperty("name").GetString());
        Assert.Equal("Mette Lund Nielsen", steps.GetProperty("headerName").GetString());
        Assert.Equal("Mette Lund Nielsen", steps.GetProperty("nameAfter").GetString());

        // "Download mine data" leads to her export.
        var download = steps.GetProperty("download");
        Assert.Equal("/me/export.json", download.GetProperty("href").GetString());
        Assert.False(string.IsNullOrEmpty(download.GetProperty("download").GetString()));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me/export.json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await server.Http.SendAsync(request);
        var export = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, export);
        Assert.Contains($"\"{Employee}\"", export, StringComparison.Ordinal);

        Assert.True(steps.GetProperty("phoneNoHorizontalScroll").GetBoolean());
        Assert.True(new FileInfo(desktop).Length > 20_000 && new FileInfo(phone).Length > 20_000, "a screenshot is missing or blank");
        Assert.Contains("Log ind", steps.GetProperty("anonymous").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, steps.GetProperty("anonymousForms").GetInt32());
    }
}
