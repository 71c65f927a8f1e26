using static ExpertFinder.Api.Tests.Features.FindColleague.PracticesDemo;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>
/// "Foreslå et tema" in the browser as an Aarhus employee: the round the page names is the API's, a proposal with one
/// unit and an empty answer is refused with the errors by the fields and nothing written, and the template filled in
/// is sent, stored with the same answers, shown with the API's suggested participants and listed on the hub.
/// </summary>
public sealed class ProposalBrowserTests(FindServerFixture server, ITestOutputHelper output) : IClassFixture<FindServerFixture>
{
    private const string Person = "p-mette-lund";
    private const string FirstUnit = "aarhus-mso-forebyggelse";
    private const string SecondUnit = "aarhus-mbu-sundhedsplejen";

    private const string Proposals = """
        { themeProposals(first: 50) { nodes { key title kind status citizenValue challenge crossUnitReason currentShortfall
            missingLearning innovationPotential outsidePerspectives proposer { key } affectedUnits { key }
            round { key name deadline } suggestedParticipants(first: 8) { person { key } reason } } } }
        """;

    [Fact]
    public async Task An_employee_proposes_a_theme_on_the_template_in_the_browser_and_the_API_holds_it_as_shown()
    {
        var token = await server.TokenForAsync(Person);
        var round = (await DataAsync(server, "{ proposalRound { key name deadline } }", null, token)).GetProperty("proposalRound");
        var before = (await DataAsync(server, Proposals, null, token)).GetProperty("themeProposals").GetProperty("nodes").EnumerateArray()
            .Select(p => p.GetProperty("key").GetString()!).ToHashSet();

        FindBrowser.Artifact("find-proposal-desktop.png");
        FindBrowser.Artifact("find-proposal-phone.png");

        var steps = await FindBrowser.RunAsync(server, "proposal.mjs", token, FindBrowser.Artifacts, FirstUnit, SecondUnit);

        // The round named before sending is the API's for today, written as Danes do.
        Assert.Equal(round.GetProperty("key").GetString(), steps.GetProperty("round").GetProperty("key").GetString());
        var deadline = DateOnly.Parse(round.GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"Dit forslag behandles i {round.GetProperty("name").GetString()} (frist {DanishDate(deadline)}).",
            steps.GetProperty("round").GetProperty("text").GetString());

        // The seven questions are labelled with their text, the 7th optional; the units are the municipality's own.
        var labels = Strings(steps.GetProperty("labels"));
        Assert.Contains("1. Hvordan kan temaet give bedre velfærd eller kvalitet for borgerne?", labels);
        Assert.Contains(labels, l => l.StartsWith("7. ", StringComparison.Ordinal) && l.EndsWith("(valgfrit)", StringComparison.Ordinal));
        var choices = Strings(steps.GetProperty("unitChoices"));
        Assert.Contains(FirstUnit, choices);
        Assert.All(choices, key => Assert.StartsWith("aarhus-", key, StringComparison.Ordinal));

        // Refused: both errors by their fields, announced, the first field focused, and nothing written.
        var refused = steps.GetProperty("refused");
        var errors = refused.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("text").GetString()!);
        Assert.Equal(["proposal-affectedUnitIds-error", "proposal-challenge-error"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("mindst to enheder", errors["proposal-affectedUnitIds-error"], StringComparison.Ordinal);
        Assert.All(refused.GetProperty("errors").EnumerateArray(), e => Assert.Equal("alert", e.GetProperty("role").GetString()));
        Assert.Equal("proposal-challenge", refused.GetProperty("focused").GetString());
        Assert.Equal("true", refused.GetProperty("challengeInvalid").GetString());
        Assert.Equal("proposal-challenge-error", refused.GetProperty("challengeDescribedBy").GetString());
        Assert.Contains("proposal-affectedUnitIds-error", refused.GetProperty("unitsDescribedBy").GetString(), StringComparison.Ordinal);
        Assert.Equal("2 enheder valgt", steps.GetProperty("chosenCount").GetString());
        Assert.Equal(0, steps.GetProperty("errorsAfterFixing").GetInt32());
        Assert.True(steps.GetProperty("phoneOverflow").GetInt32() <= 0, $"the form scrolls sideways on a phone: {steps.GetProperty("phoneTooWide")}");

        // Sent once: the API lists exactly one new proposal of hers, with the answers typed in.
        var after = (await DataAsync(server, Proposals, null, token)).GetProperty("themeProposals").GetProperty("nodes").EnumerateArray().ToList();
        var added = after.Where(p => !before.Contains(p.GetProperty("key").GetString()!)).ToList();
        var proposal = Assert.Single(added);
        var sent = steps.GetProperty("sent");
        Assert.Equal(proposal.GetProperty("key").GetString(), sent.GetProperty("key").GetString());
        Assert.Equal(Person, proposal.GetProperty("proposer").GetProperty("key").GetString());
        Assert.Equal("WELFARE", proposal.GetProperty("kind").GetString());
        Assert.Equal("SUBMITTED", proposal.GetProperty("status").GetString());
        foreach (var answer in steps.GetProperty("answers").EnumerateObject())
        {
            Assert.Equal(answer.Value.GetString(), proposal.GetProperty(answer.Name).GetString());
        }
        Assert.Equal(new[] { FirstUnit, SecondUnit }.Order(StringComparer.Ordinal), proposal.GetProperty("affectedUnits").EnumerateArray().Select(u => u.GetProperty("key").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(round.GetProperty("key").GetString(), proposal.GetProperty("round").GetProperty("key").GetString());
        Assert.Contains(round.GetProperty("name").GetString()!, sent.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Dit forslag er sendt", sent.GetProperty("heading").GetString());

        // The suggested participants are the API's, in its order, with its reasons.
        var suggested = proposal.GetProperty("suggestedParticipants").EnumerateArray().ToList();
        Assert.NotEmpty(suggested);
        Assert.Equal(suggested.Select(s => s.GetProperty("person").GetProperty("key").GetString()!), Strings(sent.GetProperty("suggested")));
        Assert.Equal(suggested.Select(s => s.GetProperty("reason").GetString()!), Strings(sent.GetProperty("reasons")));

        // The hub lists it, with its status and round, beside her earlier proposal.
        var hub = steps.GetProperty("hub");
        var listed = hub.GetProperty("proposals").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("text").GetString()!);
        Assert.Equal(after.Where(p => p.GetProperty("proposer").GetProperty("key").GetString() == Person).Select(p => p.GetProperty("key").GetString()!).Order(StringComparer.Ordinal),
            listed.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Indsendt", listed[proposal.GetProperty("key").GetString()!], StringComparison.Ordinal);
        Assert.Contains(round.GetProperty("name").GetString()!, listed[proposal.GetProperty("key").GetString()!], StringComparison.Ordinal);
        Assert.Equal(["/praksis/forslag", "/praksis/kompetencegab", "/praksis/frokost"], Strings(hub.GetProperty("cards")));
        Assert.True(steps.GetProperty("hubPhoneOverflow").GetInt32() <= 0, "the hub scrolls sideways on a phone");

        NoneShown(FindBrowser.HiddenDemoPeople(), sent.GetProperty("text").GetString()!, "the sent proposal");
        NoneShown(FindBrowser.HiddenDemoPeople(), hub.GetProperty("text").GetString()!, "the hub");
        foreach (var screenshot in new[] { "find-proposal-desktop.png", "find-proposal-phone.png" })
        {
            var path = Path.Combine(FindBrowser.Artifacts, screenshot);
            Assert.True(new FileInfo(path).Length > 20_000, $"{path} is missing or blank");
            output.WriteLine($"Screenshot: {path}");
        }
    }

    private static readonly string[] DanishMonths =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private static string DanishDate(DateOnly date) => $"{date.Day}. {DanishMonths[date.Month - 1]} {date.Year}";
}
