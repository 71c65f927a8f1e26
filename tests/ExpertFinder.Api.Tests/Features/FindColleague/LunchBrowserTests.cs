using System.Net;
using System.Text.Json;
using static ExpertFinder.Api.Tests.Features.FindColleague.PracticesDemo;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>
/// "Inviter en ukendt kollega på frokost" in the browser: an opted-in person sees this week's three suggestions as
/// the API draws them, each with an invitation by e-mail; a person who has not opted in is told why and opts in there.
/// </summary>
public sealed class LunchBrowserTests(FindServerFixture server, ITestOutputHelper output) : IClassFixture<FindServerFixture>
{
    private const string OptedIn = "p-mette-lund";
    private const string NotOptedIn = "p-michael-brix";
    private const string Suggestions = "{ colleagueSuggestions(first: 3) { kind reason person { key name email } } }";

    [Fact]
    public async Task The_weeks_suggestions_are_the_APIs_and_a_person_not_opted_in_opts_in_on_the_page()
    {
        var optedIn = await server.TokenForAsync(OptedIn);
        var notOptedIn = await server.TokenForAsync(NotOptedIn);
        var screenshot = FindBrowser.Artifact("find-lunch-desktop.png");
        // Refused for the one not opted in, as an executed request: 200 with the error, which the page may ask for.
        using (var refused = await server.PostAsync(Suggestions, token: notOptedIn))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("NOT_OPEN_TO_MEETING_COLLEAGUES", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var steps = await FindBrowser.RunAsync(server, "lunch.mjs", optedIn, notOptedIn, FindBrowser.Artifacts);

        var expected = (await DataAsync(server, Suggestions, null, optedIn)).GetProperty("colleagueSuggestions").EnumerateArray().ToList();
        var shown = steps.GetProperty("optedIn").GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected.Select(s => s.GetProperty("person").GetProperty("key").GetString()), shown.Select(s => s.GetProperty("key").GetString()));
        foreach (var (suggestion, card) in expected.Zip(shown))
        {
            Assert.Equal(suggestion.GetProperty("reason").GetString(), card.GetProperty("reason").GetString());
            Assert.Equal(suggestion.GetProperty("kind").GetString() == "OVERLAP" ? "Fælles fagligt felt" : "Kan supplere jer", card.GetProperty("kind").GetString());
            var email = suggestion.GetProperty("person").GetProperty("email");
            if (email.ValueKind == JsonValueKind.String)
            {
                var invite = Uri.UnescapeDataString(card.GetProperty("invite").GetString()!);
                Assert.StartsWith($"mailto:{email.GetString()}?subject=", invite, StringComparison.Ordinal);
                Assert.Contains(suggestion.GetProperty("reason").GetString()!, invite, StringComparison.Ordinal);
                Assert.EndsWith("Venlig hilsen\nMette Lund", invite, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, card.GetProperty("invite").ValueKind);
            }
        }
        Assert.Matches(@"^Denne uges forslag \(uge \d{1,2}\)$", steps.GetProperty("week").GetString());
        Assert.True(steps.GetProperty("phoneOverflow").GetInt32() <= 0, $"the lunch page scrolls sideways on a phone: {steps.GetProperty("phoneTooWide")}");

        // Not opted in: told why, then opted in by the button, and the API agrees.
        Assert.Contains("begge veje", steps.GetProperty("offer").GetProperty("text").GetString(), StringComparison.Ordinal);
        var me = await DataAsync(server, "{ me { person { openToMeetingColleagues } } }", null, notOptedIn);
        Assert.True(me.GetProperty("me").GetProperty("person").GetProperty("openToMeetingColleagues").GetBoolean());
        var afterOptIn = (await DataAsync(server, Suggestions, null, notOptedIn)).GetProperty("colleagueSuggestions").EnumerateArray()
            .Select(s => s.GetProperty("person").GetProperty("key").GetString()!).ToList();
        Assert.Equal(afterOptIn, Strings(steps.GetProperty("afterOptIn").GetProperty("people")));

        foreach (var text in new[] { steps.GetProperty("optedIn"), steps.GetProperty("afterOptIn") }.Select(s => s.GetProperty("text").GetString()!))
        {
            NoneShown(FindBrowser.HiddenDemoPeople(), text, "the lunch page");
        }
        Assert.True(new FileInfo(screenshot).Length > 20_000, $"{screenshot} is missing or blank");
        output.WriteLine($"Screenshot: {screenshot}");
    }
}
