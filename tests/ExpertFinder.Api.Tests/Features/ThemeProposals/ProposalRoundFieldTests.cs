using System.Text.Json;
using ExpertFinder.Api.Tests.Features.ColleagueSuggestions;

namespace ExpertFinder.Api.Tests.Features.ThemeProposals;

/// <summary>
/// <c>proposalRound(submitted:)</c> answers by the same rule as <c>ThemeProposal.round</c> (by 1 May for June, by
/// 1 December for January), on the server's clock when no day is given, for any reader.
/// </summary>
public sealed class ProposalRoundFieldTests(ClockedServerFixture server) : IClassFixture<ClockedServerFixture>
{
    private const string Round = "query($submitted: DateOnly) { proposalRound(submitted: $submitted) { key deadline decisionMonth name } }";

    [Theory]
    [InlineData("2026-12-05T12:00:00Z", """{"key":"2027-06","deadline":"2027-05-01","decisionMonth":"2027-06","name":"Junirunden 2027"}""")]
    [InlineData("2026-12-01T12:00:00Z", """{"key":"2027-01","deadline":"2026-12-01","decisionMonth":"2027-01","name":"Januarrunden 2027"}""")]
    [InlineData("2027-05-02T12:00:00Z", """{"key":"2028-01","deadline":"2027-12-01","decisionMonth":"2028-01","name":"Januarrunden 2028"}""")]
    public async Task Without_a_day_the_round_is_the_one_a_proposal_sent_today_falls_in(string now, string expected)
    {
        server.Clock.Now = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, await RoundAsync(null, server.AdminToken));
    }

    [Theory]
    [InlineData("2027-05-01", """{"key":"2027-06","deadline":"2027-05-01","decisionMonth":"2027-06","name":"Junirunden 2027"}""")]
    [InlineData("2027-05-02", """{"key":"2028-01","deadline":"2027-12-01","decisionMonth":"2028-01","name":"Januarrunden 2028"}""")]
    [InlineData("2027-12-02", """{"key":"2028-06","deadline":"2028-05-01","decisionMonth":"2028-06","name":"Junirunden 2028"}""")]
    public async Task A_given_day_falls_in_the_round_of_the_first_deadline_on_or_after_it_whatever_today_is(string submitted, string expected)
    {
        server.Clock.Now = new DateTimeOffset(2030, 3, 3, 12, 0, 0, TimeSpan.Zero);

        // A reader's field: anonymous reads are on in the fixture, as in development.
        Assert.Equal(expected, await RoundAsync(submitted, null));
    }

    [Fact]
    public async Task A_day_that_is_no_date_is_refused()
    {
        using var response = await server.PostAsync(Round, new { submitted = "1. maj" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("submitted", body, StringComparison.Ordinal);
    }

    private async Task<string> RoundAsync(string? submitted, string? token)
    {
        var json = await server.QueryAsync(Round, new { submitted }, token);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return JsonSerializer.Serialize(json.GetProperty("data").GetProperty("proposalRound"));
    }
}
