using static ExpertFinder.Api.Tests.Features.FindColleague.PracticesDemo;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>
/// Every practices view as a Randers employee and as an anonymous visitor: no hidden person and no person whose
/// profile is for Aarhus or Skanderborg alone appears anywhere; the gap, lunch and unit lists are the API's for Randers;
/// axe finds nothing at desktop and phone widths; nothing scrolls sideways on a phone.
/// </summary>
public sealed class PracticesBrowserTests(FindServerFixture server, ITestOutputHelper output) : IClassFixture<FindServerFixture>
{
    private const string Person = "p-tanja-mikkelsen";

    [Fact]
    public async Task A_person_from_another_municipality_sees_only_whom_they_may_in_every_practices_view()
    {
        var token = await server.TokenForAsync(Person);

        var steps = await FindBrowser.RunAsync(server, "practices.mjs", token);

        var hidden = FindBrowser.HiddenDemoPeople();
        var outOfScope = OrganisationPeopleOutside("randers");
        Assert.NotEmpty(outOfScope);
        foreach (var view in steps.GetProperty("views").EnumerateObject())
        {
            foreach (var width in new[] { "desktop", "phone" })
            {
                var shown = view.Value.GetProperty(width);
                var text = shown.GetProperty("text").GetString()!;
                NoneShown(hidden, text, $"{view.Name} ({width})");
                NoneShown(outOfScope, text, $"{view.Name} ({width})");
                Assert.Single(shown.GetProperty("h1").EnumerateArray());
                Assert.True(shown.GetProperty("overflow").GetInt32() <= 0, $"{view.Name} scrolls sideways at {width} width: {shown.GetProperty("tooWide")}");
            }
            output.WriteLine($"{view.Name}: {view.Value.GetProperty("desktop").GetProperty("h1")[0]}");
        }
        var views = steps.GetProperty("views");

        // The units to propose across are Randers' own.
        var units = Strings(views.GetProperty("/praksis/forslag").GetProperty("unitChoices"));
        Assert.Contains("randers-hr-jura", units);
        Assert.All(units, key => Assert.StartsWith("randers-", key, StringComparison.Ordinal));

        // Her own office has needs: its candidates are the API's for her, as are the week's lunch suggestions.
        var gap = views.GetProperty("/praksis/kompetencegab");
        Assert.Equal("randers-hr-jura", gap.GetProperty("gapUnit").GetString());
        var candidates = (await DataAsync(server, "{ unit(key: \"randers-hr-jura\") { competenceGap { candidates(first: 5) { person { key } } } } }", null, token))
            .GetProperty("unit").GetProperty("competenceGap").EnumerateArray()
            .SelectMany(g => g.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("person").GetProperty("key").GetString()!)).ToList();
        Assert.Equal(candidates, Strings(gap.GetProperty("candidates")));
        var lunch = (await DataAsync(server, "{ colleagueSuggestions(first: 3) { person { key } } }", null, token))
            .GetProperty("colleagueSuggestions").EnumerateArray().Select(s => s.GetProperty("person").GetProperty("key").GetString()!).ToList();
        Assert.Equal(lunch, Strings(views.GetProperty("/praksis/frokost").GetProperty("lunch")));

        // Anonymous: each view asks to log in, and shows no one.
        foreach (var view in steps.GetProperty("anonymous").EnumerateObject())
        {
            var text = view.Value.GetString()!;
            Assert.Contains("Log ind for at ", text, StringComparison.Ordinal);
            NoneShown(hidden, text, $"{view.Name} (anonymous)");
        }
    }
}
