using System.Text.Json;
using static ExpertFinder.Api.Tests.Features.FindColleague.PracticesDemo;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>
/// "Min enheds kompetencegab" in the browser as a person in a team with needs: the page opens on that team and shows
/// the API's gaps, numbers and candidates today, with the met needs, and a year ahead.
/// </summary>
public sealed class GapBrowserTests(FindServerFixture server, ITestOutputHelper output) : IClassFixture<FindServerFixture>
{
    private const string Person = "p-lotte-bech";
    private const string Unit = "aarhus-ba-personale-jura";
    private const int Year = 2028;

    private const string Gap = """
        query($key: String!, $horizon: Int, $includeMet: Boolean) { unit(key: $key) { competenceGap(horizon: $horizon, includeMet: $includeMet) {
          competence { name } needed have missing networks { name }
          candidates(first: 5) { level person { key } ways { kind network { name } } } } } }
        """;

    [Fact]
    public async Task A_person_sees_their_units_gaps_numbers_and_candidates_as_the_API_answers()
    {
        var token = await server.TokenForAsync(Person);
        var screenshot = FindBrowser.Artifact("find-gap-desktop.png");

        var steps = await FindBrowser.RunAsync(server, "gap.mjs", token, FindBrowser.Artifacts, Year.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var today = steps.GetProperty("today");
        Assert.Equal(Unit, today.GetProperty("unit").GetString());
        Assert.Equal([Unit, "aarhus-ba-personale", "aarhus-ba", "aarhus"], Strings(today.GetProperty("units")));
        Assert.Equal("Personalejura (team, din enhed)", steps.GetProperty("today").GetProperty("unitText").GetString());
        Assert.Equal(["", Year.ToString(System.Globalization.CultureInfo.InvariantCulture)], Strings(today.GetProperty("horizons")));
        await AssertShownAsAsync(today, token, null, includeMet: false);
        await AssertShownAsAsync(steps.GetProperty("withMet"), token, null, includeMet: true);
        await AssertShownAsAsync(steps.GetProperty("year"), token, Year, includeMet: true);
        Assert.True(Gaps(steps.GetProperty("withMet")).Count >= Gaps(today).Count);
        Assert.NotEmpty(Gaps(steps.GetProperty("withMet")));

        Assert.True(steps.GetProperty("phoneOverflow").GetInt32() <= 0, $"the gap page scrolls sideways on a phone: {steps.GetProperty("phoneTooWide")}");
        foreach (var text in new[] { today, steps.GetProperty("withMet"), steps.GetProperty("year") }.Select(s => s.GetProperty("text").GetString()!).Append(steps.GetProperty("phoneText").GetString()!))
        {
            NoneShown(FindBrowser.HiddenDemoPeople(), text, "the gap page");
        }
        Assert.True(new FileInfo(screenshot).Length > 20_000, $"{screenshot} is missing or blank");
        output.WriteLine($"Screenshot: {screenshot}");
    }

    private async Task AssertShownAsAsync(JsonElement shown, string token, int? horizon, bool includeMet)
    {
        var gaps = (await DataAsync(server, Gap, new { key = Unit, horizon, includeMet }, token)).GetProperty("unit").GetProperty("competenceGap").EnumerateArray().ToList();
        var onPage = Gaps(shown);
        Assert.Equal(gaps.Count, onPage.Count);
        foreach (var (gap, page) in gaps.Zip(onPage))
        {
            Assert.Equal(gap.GetProperty("competence").GetProperty("name").GetString(), page.GetProperty("competence").GetString());
            foreach (var number in new[] { "needed", "have", "missing" })
            {
                Assert.Equal(gap.GetProperty(number).GetInt32(), page.GetProperty(number).GetInt32());
            }
            Assert.Equal($"Behov: {gap.GetProperty("needed").GetInt32()} · Har: {gap.GetProperty("have").GetInt32()} · Mangler: {gap.GetProperty("missing").GetInt32()}",
                page.GetProperty("numbers").GetString());
            Assert.All(gap.GetProperty("networks").EnumerateArray(), n => Assert.Contains(n.GetProperty("name").GetString()!, page.GetProperty("networks").GetString(), StringComparison.Ordinal));
            var candidates = gap.GetProperty("candidates").EnumerateArray().ToList();
            var shownCandidates = page.GetProperty("candidates").EnumerateArray().ToList();
            Assert.Equal(candidates.Select(c => c.GetProperty("person").GetProperty("key").GetString()), shownCandidates.Select(c => c.GetProperty("key").GetString()));
            foreach (var (candidate, shownCandidate) in candidates.Zip(shownCandidates))
            {
                Assert.EndsWith($"niveau {candidate.GetProperty("level").GetInt32()}", shownCandidate.GetProperty("level").GetString(), StringComparison.Ordinal);
                Assert.Equal(candidate.GetProperty("ways").EnumerateArray().Select(Way), Strings(shownCandidate.GetProperty("ways")));
            }
        }
    }

    private static string Way(JsonElement way) => way.GetProperty("kind").GetString() switch
    {
        "NETWORK" => "netværk: " + way.GetProperty("network").GetProperty("name").GetString(),
        "MENTORING" => "mentor",
        "JOB_ROTATION" => "jobrotation",
        var other => other!,
    };

    private static List<JsonElement> Gaps(JsonElement shown) => shown.GetProperty("gaps").EnumerateArray().ToList();
}
