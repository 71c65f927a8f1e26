using System.Text.Json;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>
/// "A person": Lotte's page as Mette (Aarhus) shows what the API gives Mette, competence by competence, and "Anbefal"
/// writes an endorsement; from Randers, Aarhus's organisation-only and hidden people are "not found". Endorsing mutates,
/// so the class has its own server.
/// </summary>
public sealed class PersonBrowserTests(FindServerFixture server, ITestOutputHelper output) : IClassFixture<FindServerFixture>
{
    private const string Employee = "p-mette-lund";
    private const string Outsider = "p-lise-brogaard";
    private const string Colleague = "p-lotte-bech";
    private const string OrganisationOnly = "p-kasper-noergaard";
    private const string Hidden = "p-erik-thygesen";
    private const string NotFound = "Personen findes ikke, eller du kan ikke se profilen";

    private const string PersonQuery = """
        query($key: String!) {
          person(key: $key) {
            name title email phone location askMeAbout openToMentoring openToJobRotation
            competences(first: 30) { nodes { level source competence { key name } endorsements(first: 10) { totalCount nodes { comment endorser { key name } } } } }
            networks(first: 30) { nodes { role network { name } } }
            documents(first: 10) { nodes { title } }
            colleaguesInCommon(first: 10) { key name }
          }
        }
        """;

    private static readonly Dictionary<string, string> Sources = new()
    {
        ["SELF"] = "selvvurderet", ["MANAGER"] = "vurderet af leder", ["FORMAL"] = "formel uddannelse", ["ENDORSED"] = "anbefalet af kolleger",
    };

    [Fact]
    public async Task A_colleagues_page_shows_what_the_api_gives_the_reader_and_anbefal_endorses()
    {
        var employeeToken = await server.TokenForAsync(Employee);
        var apiBefore = (await server.QueryAsync(PersonQuery, new { key = Colleague }, employeeToken)).GetProperty("data").GetProperty("person");
        var desktop = FindBrowser.Artifact("find-person-desktop.png");
        var phone = FindBrowser.Artifact("find-person-phone.png");

        var steps = await FindBrowser.RunAsync(server, "person.mjs", employeeToken, await server.TokenForAsync(Outsider),
            Colleague, OrganisationOnly, Hidden, desktop, phone, JsonSerializer.Serialize(FindBrowser.HiddenDemoPeople()));
        output.WriteLine($"Screenshots: {desktop}, {phone}");

        Assert.Empty(steps.GetProperty("hiddenSeen").EnumerateArray());
        var page = steps.GetProperty("colleague");
        Assert.Equal("ready", page.GetProperty("state").GetString());
        Assert.Equal(apiBefore.GetProperty("name").GetString(), page.GetProperty("h1").GetString());
        Assert.Equal(1, page.GetProperty("h1Count").GetInt32());
        Assert.Equal(apiBefore.GetProperty("title").GetString(), page.GetProperty("title").GetString());

        // Competences in the API's order, each with its level, source and endorsements.
        var competences = apiBefore.GetProperty("competences").GetProperty("nodes").EnumerateArray().ToList();
        var shown = page.GetProperty("competences").EnumerateArray().ToList();
        Assert.NotEmpty(competences);
        Assert.Equal(competences.Select(c => c.GetProperty("competence").GetProperty("key").GetString()), shown.Select(c => c.GetProperty("key").GetString()));
        foreach (var (api, seen) in competences.Zip(shown))
        {
            Assert.Equal(api.GetProperty("competence").GetProperty("name").GetString(), seen.GetProperty("name").GetString());
            Assert.StartsWith($"Niveau {api.GetProperty("level").GetInt32()} af 5", seen.GetProperty("level").GetString(), StringComparison.Ordinal);
            Assert.StartsWith(Sources[api.GetProperty("source").GetString()!], seen.GetProperty("source").GetString(), StringComparison.Ordinal);
            var endorsements = api.GetProperty("endorsements").GetProperty("nodes").EnumerateArray().ToList();
            var endorsers = Strings(seen.GetProperty("endorsers"));
            Assert.Equal(endorsements.Count, endorsers.Count);
            foreach (var (given, text) in endorsements.Zip(endorsers))
            {
                Assert.StartsWith(EndorserName(given), text, StringComparison.Ordinal);
            }
            Assert.Equal(!endorsements.Any(e => EndorserKey(e) == Employee), seen.GetProperty("canEndorse").GetBoolean());
        }
        Assert.Equal(Strings(apiBefore.GetProperty("askMeAbout")), Strings(page.GetProperty("askMeAbout")));
        Assert.Equal(apiBefore.GetProperty("openToMentoring").GetBoolean() ? "Ja" : "Nej", page.GetProperty("willing").GetProperty("mentoring").GetString());
        Assert.Equal(apiBefore.GetProperty("openToJobRotation").GetBoolean() ? "Ja" : "Nej", page.GetProperty("willing").GetProperty("job-rotation").GetString());
        var networks = apiBefore.GetProperty("networks").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(networks);
        Assert.Equal(networks.Count, page.GetProperty("networks").GetArrayLength());
        foreach (var (api, seen) in networks.Zip(page.GetProperty("networks").EnumerateArray()))
        {
            Assert.StartsWith(api.GetProperty("network").GetProperty("name").GetString()!, seen.GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(apiBefore.GetProperty("documents").GetProperty("nodes").EnumerateArray().Select(d => d.GetProperty("title").GetString()), Strings(page.GetProperty("documents")));
        // Contact as far as Mette may see it: every detail the API gives her is on the page.
        var contact = page.GetProperty("contact").GetString()!;
        foreach (var field in new[] { "email", "phone", "location" })
        {
            if (apiBefore.GetProperty(field).GetString() is { } value)
            {
                Assert.Contains(value, contact, StringComparison.Ordinal);
            }
        }
        Assert.NotNull(apiBefore.GetProperty("email").GetString());
        var inCommon = apiBefore.GetProperty("colleaguesInCommon").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.NotEmpty(inCommon);
        Assert.Equal(inCommon, Strings(page.GetProperty("inCommon")));

        // "Anbefal": the page shows it done with one more endorsement by Mette, and the API (asked afterwards) has it.
        var endorsed = steps.GetProperty("endorsed");
        var key = endorsed.GetProperty("key").GetString();
        var apiAfter = (await server.QueryAsync(PersonQuery, new { key = Colleague }, employeeToken)).GetProperty("data").GetProperty("person");
        var competence = apiAfter.GetProperty("competences").GetProperty("nodes").EnumerateArray().Single(c => c.GetProperty("competence").GetProperty("key").GetString() == key);
        var endorsement = Assert.Single(competence.GetProperty("endorsements").GetProperty("nodes").EnumerateArray(), e => EndorserKey(e) == Employee);
        Assert.Equal("Hjalp mig godt med en svær sag", endorsement.GetProperty("comment").GetString());
        // A self-assessed competence becomes endorsed; a formal or manager-assessed one keeps its source.
        var sourceBefore = apiBefore.GetProperty("competences").GetProperty("nodes").EnumerateArray()
            .Single(c => c.GetProperty("competence").GetProperty("key").GetString() == key).GetProperty("source").GetString();
        var source = competence.GetProperty("source").GetString()!;
        Assert.Equal(sourceBefore == "SELF" ? "ENDORSED" : sourceBefore, source);
        var count = competence.GetProperty("endorsements").GetProperty("totalCount").GetInt32();
        Assert.Contains("Du har anbefalet", endorsed.GetProperty("done").GetString(), StringComparison.Ordinal);
        foreach (var seen in new[] { endorsed.GetProperty("competence"), steps.GetProperty("reloaded") })
        {
            Assert.Equal(count == 1 ? "Anbefalet af 1 kollega" : $"Anbefalet af {count} kolleger", seen.GetProperty("endorsementCount").GetString());
            Assert.Contains(seen.GetProperty("endorsers").EnumerateArray(), e => e.GetString()!.Contains("Mette Lund", StringComparison.Ordinal)
                && e.GetString()!.Contains("Hjalp mig godt med en svær sag", StringComparison.Ordinal));
            Assert.StartsWith(Sources[source], seen.GetProperty("source").GetString(), StringComparison.Ordinal);
            Assert.False(seen.GetProperty("canEndorse").GetBoolean());
        }
        Assert.Equal(1, steps.GetProperty("withdrawOffered").GetInt32());
        // Endorsed and taken back: no endorsement by Mette, and the page offers "Anbefal" again.
        var withdrawn = steps.GetProperty("withdrawn");
        Assert.NotEqual(key, withdrawn.GetProperty("key").GetString());
        var withdrawnCompetence = apiAfter.GetProperty("competences").GetProperty("nodes").EnumerateArray()
            .Single(c => c.GetProperty("competence").GetProperty("key").GetString() == withdrawn.GetProperty("key").GetString());
        Assert.DoesNotContain(withdrawnCompetence.GetProperty("endorsements").GetProperty("nodes").EnumerateArray(), e => EndorserKey(e) == Employee);
        Assert.True(withdrawn.GetProperty("competence").GetProperty("canEndorse").GetBoolean());
        Assert.Equal(withdrawnCompetence.GetProperty("endorsements").GetProperty("nodes").GetArrayLength(), withdrawn.GetProperty("competence").GetProperty("endorsers").GetArrayLength());

        Assert.True(steps.GetProperty("phoneNoHorizontalScroll").GetBoolean());
        Assert.True(new FileInfo(desktop).Length > 20_000 && new FileInfo(phone).Length > 20_000, "a screenshot is missing or blank");

        // From Randers: Lotte (public) shows; Kasper (Aarhus only) and Erik (hidden) are "not found", as the API says.
        var outsiderToken = await server.TokenForAsync(Outsider);
        foreach (var name in new[] { "organisationOnly", "hidden" })
        {
            var seen = steps.GetProperty("outsider").GetProperty(name);
            Assert.Contains(NotFound, seen.GetProperty("body").GetString(), StringComparison.Ordinal);
        }
        foreach (var key2 in new[] { OrganisationOnly, Hidden })
        {
            Assert.Equal(JsonValueKind.Null, (await server.QueryAsync(PersonQuery, new { key = key2 }, outsiderToken)).GetProperty("data").GetProperty("person").ValueKind);
        }
        var outsiderView = steps.GetProperty("outsider").GetProperty("colleague");
        var apiOutsider = (await server.QueryAsync(PersonQuery, new { key = Colleague }, outsiderToken)).GetProperty("data").GetProperty("person");
        Assert.Equal(apiOutsider.GetProperty("name").GetString(), outsiderView.GetProperty("h1").GetString());
        Assert.Equal(apiOutsider.GetProperty("colleaguesInCommon").EnumerateArray().Select(p => p.GetProperty("name").GetString()), Strings(outsiderView.GetProperty("inCommon")));
        Assert.Equal("/", steps.GetProperty("backToSearch").GetString());

        var anonymous = steps.GetProperty("anonymous");
        Assert.False(anonymous.GetProperty("canEndorse").GetBoolean());
        Assert.False(anonymous.GetProperty("inCommonShown").GetBoolean());
        Assert.Contains("Log ind for at se kontaktoplysninger", anonymous.GetProperty("contact").GetString(), StringComparison.Ordinal);
    }

    private static string? EndorserKey(JsonElement endorsement) =>
        endorsement.GetProperty("endorser") is { ValueKind: JsonValueKind.Object } endorser ? endorser.GetProperty("key").GetString() : null;

    /// <summary>As the page names an endorser: a colleague the reader may not see is "en kollega".</summary>
    private static string EndorserName(JsonElement endorsement) =>
        endorsement.GetProperty("endorser") is { ValueKind: JsonValueKind.Object } endorser ? endorser.GetProperty("name").GetString()! : "en kollega";

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];
}
