using ExpertFinder.Api.Features.ThemeProposals;

namespace ExpertFinder.Api.Tests.Features.ThemeProposals;

/// <summary>Which round a submission date falls in: by 1 May for June, by 1 December for January of the next year.</summary>
public sealed class ProposalRoundCalendarTests
{
    private static readonly ProposalRoundCalendar Calendar = ProposalRoundCalendar.Default;

    [Theory]
    [InlineData("2027-05-01", "2027-06", "2027-05-01", "Junirunden 2027")]
    [InlineData("2027-05-02", "2028-01", "2027-12-01", "Januarrunden 2028")]
    [InlineData("2027-12-01", "2028-01", "2027-12-01", "Januarrunden 2028")]
    [InlineData("2027-12-02", "2028-06", "2028-05-01", "Junirunden 2028")]
    [InlineData("2027-01-01", "2027-06", "2027-05-01", "Junirunden 2027")]
    [InlineData("2027-12-31", "2028-06", "2028-05-01", "Junirunden 2028")]
    public void A_submission_falls_in_the_round_of_the_first_deadline_on_or_after_it(string submitted, string key, string deadline, string name)
    {
        var round = Calendar.RoundOf(DateOnly.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((key, DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), name), (round.Key, round.Deadline, round.Name));
    }

    [Fact]
    public void A_round_key_names_the_round_and_its_window_runs_from_the_day_after_the_previous_deadline_through_its_own()
    {
        var june = Calendar.Parse("2027-06")!;
        var january = Calendar.Parse("2028-01")!;

        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2027, 5, 1)), Calendar.Window(june));
        Assert.Equal((new DateOnly(2027, 5, 1), new DateOnly(2027, 12, 1)), Calendar.Window(january));
        Assert.Equal(june, Calendar.RoundOf(new DateOnly(2026, 12, 2)));
        Assert.Equal(january, Calendar.RoundOf(new DateOnly(2027, 5, 2)));
    }

    [Theory]
    [InlineData("2027-07")]
    [InlineData("2027-6")]
    [InlineData("juni 2027")]
    [InlineData("")]
    public void A_key_that_names_no_decision_month_is_no_round(string key) => Assert.Null(Calendar.Parse(key));

    [Fact]
    public void Configured_rounds_replace_the_default_and_a_decision_in_the_deadlines_month_stays_in_its_year()
    {
        var calendar = ProposalRoundCalendar.From(new ProposalRoundOptions
        {
            ProposalRounds = [new() { Deadline = "03-15", DecisionMonth = 4 }, new() { Deadline = "09-15", DecisionMonth = 9 }],
        });

        Assert.Equal("2027-04", calendar.RoundOf(new DateOnly(2027, 3, 15)).Key);
        Assert.Equal("2027-09", calendar.RoundOf(new DateOnly(2027, 3, 16)).Key);
        Assert.Equal("2028-04", calendar.RoundOf(new DateOnly(2027, 9, 16)).Key);
        Assert.Equal("Septemberrunden 2027", calendar.Parse("2027-09")!.Name);
        Assert.Same(ProposalRoundCalendar.Default, ProposalRoundCalendar.From(new ProposalRoundOptions()));
    }

    [Theory]
    [InlineData("02-29", 3)]
    [InlineData("5-1", 6)]
    [InlineData("05-01", 13)]
    public void An_invalid_configured_round_is_refused(string deadline, int decisionMonth) =>
        Assert.Throws<ArgumentException>(() => ProposalRoundCalendar.From(new ProposalRoundOptions
        {
            ProposalRounds = [new() { Deadline = deadline, DecisionMonth = decisionMonth }],
        }));

    [Fact]
    public void Two_rounds_decided_in_the_same_month_are_refused_since_a_round_key_must_name_one() =>
        Assert.Throws<ArgumentException>(() => new ProposalRoundCalendar([(5, 1, 6), (11, 1, 6)]));
}
