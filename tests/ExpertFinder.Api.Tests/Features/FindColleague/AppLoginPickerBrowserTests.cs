namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>
/// The Development "log ind som" picker in Chromium. With anonymous reads it finds people by name; without them the
/// search itself would be refused (401), so the page reads nothing, shows the way in, and the picker takes a key.
/// </summary>
[Collection(SharedAppDevelopmentServer.Name)]
public sealed class AppLoginPickerBrowserTests(AppDevelopmentServerFixture server)
{
    [Fact]
    public async Task Choosing_mette_lund_by_name_logs_in_as_her_and_log_ud_returns_to_anonymous()
    {
        FindBrowser.Artifact("find-login-picker-desktop.png");
        FindBrowser.Artifact("find-login-picker-phone.png");

        var steps = await FindBrowser.RunAsync(server, "app-login-picker.mjs", "name", FindBrowser.Artifacts);

        Assert.Equal("anonymous", steps.GetProperty("anonymous").GetProperty("session").GetProperty("kind").GetString());
        Assert.True(steps.GetProperty("anonymous").GetProperty("session").GetProperty("login").GetProperty("development").GetBoolean());
        var choices = steps.GetProperty("choices").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Contains(choices, c => c.StartsWith("Mette Lund, ", StringComparison.Ordinal));
        Assert.All(choices, c => Assert.Contains("Mette", c, StringComparison.Ordinal));
        Assert.DoesNotContain(choices, c => FindBrowser.HiddenDemoPeople().Any(hidden => c.StartsWith(hidden, StringComparison.Ordinal)));
        Assert.Equal($"{choices.Count} fundet", steps.GetProperty("status").GetString());

        var signedIn = steps.GetProperty("signedIn");
        Assert.StartsWith("Logget ind som Mette Lund", signedIn.GetProperty("header").GetString(), StringComparison.Ordinal);
        Assert.Equal("user", signedIn.GetProperty("session").GetProperty("kind").GetString());
        Assert.Equal("p-mette-lund", signedIn.GetProperty("session").GetProperty("personKey").GetString());
        Assert.Equal("aarhus", signedIn.GetProperty("session").GetProperty("municipalityKey").GetString());
        Assert.Equal("h1", signedIn.GetProperty("focused").GetString());
        Assert.Equal("Du er logget ind som Mette Lund.", signedIn.GetProperty("announced").GetString());

        var loggedOut = steps.GetProperty("loggedOut");
        Assert.Equal("anonymous", loggedOut.GetProperty("session").GetProperty("kind").GetString());
        Assert.DoesNotContain("Mette Lund", loggedOut.GetProperty("header").GetString(), StringComparison.Ordinal);
        Assert.Contains("Log ind som", loggedOut.GetProperty("header").GetString(), StringComparison.Ordinal);

        // On a phone the open picker stays inside the window and nothing scrolls sideways.
        var phone = steps.GetProperty("phone");
        var width = phone.GetProperty("windowWidth").GetInt32();
        Assert.True(phone.GetProperty("pageWidth").GetInt32() <= width, phone.ToString());
        Assert.InRange(phone.GetProperty("picker").GetProperty("left").GetInt32(), 0, width);
        Assert.InRange(phone.GetProperty("picker").GetProperty("right").GetInt32(), 0, width);
        Assert.False(phone.GetProperty("afterEscape").GetProperty("open").GetBoolean());
        Assert.Equal("SUMMARY", phone.GetProperty("afterEscape").GetProperty("focused").GetString());
        Assert.True(File.Exists(Path.Combine(FindBrowser.Artifacts, "find-login-picker-phone.png")));
    }
}

[Collection(SharedAppDevelopmentClosedServer.Name)]
public sealed class AppLoginPickerWithoutAnonymousReadsBrowserTests(AppDevelopmentClosedServerFixture server)
{
    [Fact]
    public async Task The_page_reads_nothing_before_the_login_and_the_picker_takes_a_persons_key()
    {
        // No problem may be reported: a people search or a view's query sent anonymously would be refused with 401.
        var steps = await FindBrowser.RunAsync(server, "app-login-picker.mjs", "key");

        var closed = steps.GetProperty("closed");
        Assert.Equal("login", closed.GetProperty("view").GetString());
        Assert.Equal("Log ind", closed.GetProperty("h1").GetString());
        Assert.Equal("/?q=vidensdeling", closed.GetProperty("address").GetString());
        Assert.False(closed.GetProperty("session").GetProperty("anonymousReads").GetBoolean());
        Assert.Equal(["Rolle", "Personens nøgle"], steps.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));

        var signedIn = steps.GetProperty("signedIn");
        Assert.Equal("search", signedIn.GetProperty("view").GetString());
        Assert.Equal("/?q=vidensdeling", signedIn.GetProperty("address").GetString());
        Assert.StartsWith("Logget ind som Mette Lund", signedIn.GetProperty("header").GetString(), StringComparison.Ordinal);
        Assert.Equal("p-mette-lund", signedIn.GetProperty("session").GetProperty("personKey").GetString());

        var loggedOut = steps.GetProperty("loggedOut");
        Assert.Equal("login", loggedOut.GetProperty("view").GetString());
        Assert.Equal("anonymous", loggedOut.GetProperty("session").GetProperty("kind").GetString());
    }
}

[CollectionDefinition(Name)]
public sealed class SharedAppDevelopmentClosedServer : ICollectionFixture<AppDevelopmentClosedServerFixture>
{
    public const string Name = "Find: a developer's server without anonymous reads";
}
