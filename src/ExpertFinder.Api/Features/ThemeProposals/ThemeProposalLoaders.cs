using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.ThemeProposals;

/// <summary>Batched reads of theme proposals: only those the caller may read are loaded, so others resolve to null.</summary>
public static class ThemeProposalLoaders
{
    public static IDataLoaderResult<ThemeProposal?> ThemeProposalById(this IResolveFieldContext context, int id) =>
        context.LoadById("theme-proposal-by-id", id, db => db.ThemeProposals.AsNoTracking().Where(ThemeProposalAccess.Readable(context.Caller())));

    public static IDataLoaderResult<ThemeProposal?> ThemeProposalByKey(this IResolveFieldContext context, string key) =>
        context.LoadByKey("theme-proposal-by-key", key, db => db.ThemeProposals.AsNoTracking().Where(ThemeProposalAccess.Readable(context.Caller())));

    /// <summary>The units a proposal affects, by name.</summary>
    public static IDataLoaderResult<IReadOnlyList<Unit>?> AffectedUnitsOf(this IResolveFieldContext context, int proposalId) =>
        context.Loaders().GetGroups<int, Unit>("affected-units-of-proposal", async (db, ids, ct) =>
            (await db.ThemeProposalUnits.AsNoTracking().Where(a => ids.Contains(a.ProposalId))
                .OrderBy(a => a.Unit!.Name).ThenBy(a => a.Unit!.Key)
                .Select(a => new { a.ProposalId, a.Unit }).ToListAsync(ct)).Select(a => (a.ProposalId, a.Unit!)).ToList()).Load(proposalId);

    /// <summary>The network an approved proposal became.</summary>
    public static IDataLoaderResult<Network?> NetworkOfProposal(this IResolveFieldContext context, int proposalId) =>
        context.Loaders().Get<int, Network>("network-of-proposal", async (db, ids, ct) =>
            await db.Networks.AsNoTracking().Where(n => n.ProposalId != null && ids.Contains(n.ProposalId.Value))
                .ToDictionaryAsync(n => n.ProposalId!.Value, ct)).Load(proposalId);
}
