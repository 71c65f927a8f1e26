using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Features.Networks;

public static class NetworkLoaders
{
    public static IDataLoaderResult<Network?> NetworkById(this IResolveFieldContext context, int id) =>
        context.LoadById("network-by-id", id, db => db.Networks.AsNoTracking());

    public static IDataLoaderResult<Network?> NetworkByKey(this IResolveFieldContext context, string key) =>
        context.LoadByKey("network-by-key", key, db => db.Networks.AsNoTracking());

    /// <summary>Visible members: facilitators first, then members and externals, by name.</summary>
    public static IDataLoaderResult<IReadOnlyList<Membership>?> MembersOf(this IResolveFieldContext context, int networkId) =>
        context.Loaders().GetGroups<int, Membership>("members-of-network", async (db, ids, ct) =>
            (await db.Memberships.AsNoTracking().Include(m => m.Person)
                .Where(m => ids.Contains(m.NetworkId) && db.VisiblePersonIds(context.Privacy()).Contains(m.PersonId))
                .OrderBy(m => m.Role == "facilitator" ? 0 : m.Role == "member" ? 1 : 2).ThenBy(m => m.Person!.Name).ThenBy(m => m.Person!.Key)
                .ToListAsync(ct)).Select(m => (m.NetworkId, m)).ToList()).Load(networkId);

    public static IDataLoaderResult<IReadOnlyList<Competence>?> TopicsOf(this IResolveFieldContext context, int networkId) =>
        context.Loaders().GetGroups<int, Competence>("topics-of-network", async (db, ids, ct) =>
            (await db.NetworkTopics.AsNoTracking().Where(t => ids.Contains(t.NetworkId))
                .OrderBy(t => t.Competence!.Name).ThenBy(t => t.Competence!.Key)
                .Select(t => new { t.NetworkId, t.Competence }).ToListAsync(ct)).Select(t => (t.NetworkId, t.Competence!)).ToList()).Load(networkId);

    /// <summary>The network's documents, newest first.</summary>
    public static IDataLoaderResult<IReadOnlyList<Document>?> DocumentsOf(this IResolveFieldContext context, int networkId) =>
        context.Loaders().GetGroups<int, Document>("documents-of-network", async (db, ids, ct) =>
            (await db.Documents.AsNoTracking().Where(d => d.NetworkId != null && ids.Contains(d.NetworkId.Value))
                .OrderByDescending(d => d.Date).ThenBy(d => d.Key).ToListAsync(ct)).Select(d => (d.NetworkId!.Value, d)).ToList()).Load(networkId);
}
