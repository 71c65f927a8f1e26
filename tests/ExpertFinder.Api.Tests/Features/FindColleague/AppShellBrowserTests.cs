using System.Text.Json;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>
/// The app's shell in Chromium: the skip link, the header's menu (focus on the new view's heading, aria-current where
/// you are), the back button, the not-found page (404 from the server, "Siden findes ikke" from the app, 0 axe
/// violations at desktop and phone widths) and the header on a phone (it wraps; nothing scrolls sideways).
/// </summary>
[Collection(SharedAppDevelopmentServer.Name)]
public sealed class AppShellBrowserTests(AppDevelopmentServerFixture server)
{
    [Fact]
    public async Task The_shell_is_usable_by_keyboard_and_on_a_phone_and_says_when_a_page_does_not_exist()
    {
        FindBrowser.Artifact("find-not-found-phone.png");
        FindBrowser.Artifact("find-shell-phone.png");

        var steps = await FindBrowser.RunAsync(server, "app-shell.mjs", await server.TokenForAsync("p-mette-lund"), FindBrowser.Artifacts);

        var notFound = steps.GetProperty("notFound");
        Assert.Equal("notFound", notFound.GetProperty("view").GetString());
        Assert.Equal("Siden findes ikke", notFound.GetProperty("h1").GetString());
        Assert.Equal("Siden findes ikke – Find en kollega", notFound.GetProperty("title").GetString());
        Assert.Contains("/", notFound.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
        Assert.All(notFound.GetProperty("current").EnumerateObject(), entry => Assert.Equal(JsonValueKind.Null, entry.Value.ValueKind));
        Assert.Equal("Siden findes ikke", steps.GetProperty("notFoundPhone").GetProperty("h1").GetString());
        AssertFits(steps.GetProperty("notFoundPhone"));

        Assert.Equal("skip-link", steps.GetProperty("firstTab").GetString());
        Assert.Equal("main", steps.GetProperty("afterSkip").GetProperty("focused").GetString());
        Assert.Equal("/", steps.GetProperty("afterSkip").GetProperty("address").GetString());

        AssertAt(steps.GetProperty("practices"), "/praksis", "practices", "Videndeling", "page");
        AssertAt(steps.GetProperty("me"), "/mig", "me", "Mig", "page");
        AssertAt(steps.GetProperty("back"), "/praksis", "practices", "Videndeling", "page");
        // A person belongs to the search: the menu marks the section, not the page.
        AssertAt(steps.GetProperty("person"), "/personer/p-mette-lund", "person", "Søg", "true");
        AssertAt(steps.GetProperty("backToStart"), "/", "search", "Søg", "page");

        var phone = steps.GetProperty("phone");
        AssertFits(phone);
        // The header wraps: who you are goes below the name and the menu rather than off the side.
        Assert.True(phone.GetProperty("sessionTop").GetInt32() > phone.GetProperty("brandTop").GetInt32(), phone.ToString());
        Assert.All(phone.GetProperty("menuHeights").EnumerateArray(), h => Assert.True(h.GetInt32() >= 44, phone.ToString()));
    }

    private static void AssertAt(JsonElement step, string address, string view, string menu, string current)
    {
        Assert.Equal(address, step.GetProperty("address").GetString());
        Assert.Equal(view, step.GetProperty("view").GetString());
        Assert.True(step.GetProperty("h1Focused").GetBoolean(), $"focus is not on the new view's heading: {step}");
        foreach (var entry in step.GetProperty("current").EnumerateObject())
        {
            Assert.Equal(entry.Name == menu ? current : null, entry.Value.ValueKind == JsonValueKind.Null ? null : entry.Value.GetString());
        }
    }

    private static void AssertFits(JsonElement layout) =>
        Assert.True(layout.GetProperty("pageWidth").GetInt32() <= layout.GetProperty("windowWidth").GetInt32(), $"the page scrolls sideways: {layout}");
}
