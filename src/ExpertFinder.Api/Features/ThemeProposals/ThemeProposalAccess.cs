using System.Linq.Expressions;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Security.Auth;

namespace ExpertFinder.Api.Features.ThemeProposals;

/// <summary>
/// Who may read a theme proposal: its proposer, and the leadership forum that decides it (the admins of its
/// municipality; deployment admins: every municipality's). Everyone else gets null, as for a person they may not see.
/// </summary>
public static class ThemeProposalAccess
{
    public static Expression<Func<ThemeProposal, bool>> Readable(Caller caller)
    {
        var self = caller.PersonId ?? -1;
        var everyMunicipality = caller.Kind is CallerKind.User or CallerKind.CommandLine && caller.IsDeploymentAdmin;
        var forum = caller.Kind is CallerKind.User && caller.MunicipalityKey is { } own && caller.Administers(own) ? own : null;
        return p => p.ProposerId == self || everyMunicipality || (forum != null && p.Municipality!.Key == forum);
    }

    /// <summary>Whether the caller proposed it: only the proposer may change a proposal, while it awaits the forum.</summary>
    public static bool IsProposer(Caller caller, ThemeProposal proposal) => caller.PersonId is { } self && proposal.ProposerId == self;
}
