using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Audit;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Me;

/// <summary>The parts of a person's own data no other field lists: their endorsements across all competences, and their audit entries.</summary>
public static class MeLoaders
{
    /// <summary>Endorsements the person gave, newest first.</summary>
    public static IDataLoaderResult<IReadOnlyList<Endorsement>?> EndorsementsGivenBy(this IResolveFieldContext context, int personId) =>
        context.Loaders().GetGroups<int, Endorsement>("endorsements-given-by", async (db, ids, ct) =>
            (await db.Endorsements.AsNoTracking().Include(e => e.Competence).Where(e => ids.Contains(e.EndorserId))
                .OrderByDescending(e => e.Created).ThenByDescending(e => e.Id).ToListAsync(ct))
                .Select(e => (e.EndorserId, e)).ToList()).Load(personId);

    /// <summary>Endorsements the person received, for every competence (also one they no longer hold), newest first.</summary>
    public static IDataLoaderResult<IReadOnlyList<Endorsement>?> EndorsementsReceivedBy(this IResolveFieldContext context, int personId) =>
        context.Loaders().GetGroups<int, Endorsement>("endorsements-received-by", async (db, ids, ct) =>
            (await db.Endorsements.AsNoTracking().Include(e => e.Competence).Where(e => ids.Contains(e.PersonId))
                .OrderByDescending(e => e.Created).ThenByDescending(e => e.Id).ToListAsync(ct))
                .Select(e => (e.PersonId, e)).ToList()).Load(personId);

    /// <summary>The audit entries the person made or that are about them, newest first.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> AuditEntriesAboutAsync(this IResolveFieldContext context, string personKey) =>
        await context.RequestServices!.GetRequiredService<AuditTrail>().AboutPersonAsync(personKey, context.CancellationToken);
}
