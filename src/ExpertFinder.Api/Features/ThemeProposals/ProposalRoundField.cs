using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.ThemeProposals;

/// <summary>
/// <c>proposalRound(submitted:)</c>: the round a proposal received on a day falls in, so that a form can say which
/// round a proposal joins before it is sent. The same calendar as <c>ThemeProposal.round</c>, and the same clock as
/// <c>proposeTheme</c> when no day is given. A reader's field: the rounds are the forum's published calendar, no one's data.
/// </summary>
public static class ProposalRoundField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ProposalRoundType>>("proposalRound")
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .Description("The round a theme proposal received on this date (today when absent) falls in: its deadline and the month the leadership forum decides.")
            .Argument<DateOnlyGraphType>("submitted", "The day the proposal is received; today when absent.")
            .Resolve(c =>
            {
                var submitted = c.GetArgument<DateOnly?>("submitted") ?? c.RequestServices!.GetRequiredService<TimeProvider>().Today();
                return c.RequestServices!.GetRequiredService<ProposalRoundCalendar>().RoundOf(submitted);
            });
}
