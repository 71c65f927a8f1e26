using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.ThemeProposals;

public static class ThemeProposalsField
{
    public static void Add(ObjectGraphType query) =>
        query.AddList<ThemeProposalType>("themeProposals", AccessPolicy.Employee,
                "Theme proposals, oldest first: an admin's municipality's (the forum's agenda; a deployment admin's: all), anyone else's own.")
            .Argument<StringGraphType>("round", "Only the proposals of this round, by its key (the decision month, e.g. 2027-06).")
            .Argument<ProposalStatusType>("status")
            .ResolveList((c, db) =>
            {
                var proposals = db.ThemeProposals.AsNoTracking().Where(ThemeProposalAccess.Readable(c.Caller()));
                if (c.GetArgument<string?>("round") is { } key)
                {
                    var calendar = c.RequestServices!.GetRequiredService<ProposalRoundCalendar>();
                    var round = calendar.Parse(key) ?? throw new ExecutionError(
                        $"'round' is no decision round: give its decision month written YYYY-MM, e.g. {calendar.RoundOf(c.RequestServices!.GetRequiredService<TimeProvider>().Today()).Key}")
                    { Code = "BAD_ROUND" };
                    var (after, through) = calendar.Window(round);
                    proposals = proposals.Where(p => p.Submitted > after && p.Submitted <= through);
                }
                return proposals
                    .WhereGiven(c.GetArgument<string?>("status"), status => p => p.Status == status)
                    .OrderBy(p => p.Submitted).ThenBy(p => p.Id);
            });
}
