using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Competences;

public static class CompetenceLoaders
{
    public static IDataLoaderResult<Competence?> CompetenceById(this IResolveFieldContext context, int id) =>
        context.LoadById("competence-by-id", id, db => db.Competences.AsNoTracking());

    public static IDataLoaderResult<Competence?> CompetenceByKey(this IResolveFieldContext context, string key) =>
        context.LoadByKey("competence-by-key", key, db => db.Competences.AsNoTracking());

    /// <summary>The narrower competences, by name.</summary>
    public static IDataLoaderResult<IReadOnlyList<Competence>?> NarrowerThan(this IResolveFieldContext context, int competenceId) =>
        context.Loaders().GetGroups<int, Competence>("competences-under", async (db, ids, ct) =>
            (await db.Competences.AsNoTracking().Where(c => c.ParentId != null && ids.Contains(c.ParentId.Value))
                .OrderBy(c => c.Name).ThenBy(c => c.Key).ToListAsync(ct)).Select(c => (c.ParentId!.Value, c)).ToList()).Load(competenceId);

    /// <summary>Visible holders of a competence at <paramref name="minLevel"/> or above, highest level first.</summary>
    public static IDataLoaderResult<IReadOnlyList<PersonCompetence>?> HoldersOf(this IResolveFieldContext context, int competenceId, int minLevel) =>
        context.Loaders().GetGroups<int, PersonCompetence>("holders-of-competence:" + minLevel, async (db, ids, ct) =>
            (await db.PersonCompetences.AsNoTracking().Include(pc => pc.Person).Include(pc => pc.Competence)
                .Where(pc => ids.Contains(pc.CompetenceId) && pc.Level >= minLevel && db.VisiblePersonIds(context.Privacy()).Contains(pc.PersonId))
                .OrderByDescending(pc => pc.Level).ThenBy(pc => pc.Person!.Name).ThenBy(pc => pc.Person!.Key)
                .ToListAsync(ct)).Select(pc => (pc.CompetenceId, pc)).ToList()).Load(competenceId);

    /// <summary>Networks that work on a competence, by name.</summary>
    public static IDataLoaderResult<IReadOnlyList<Network>?> NetworksOn(this IResolveFieldContext context, int competenceId) =>
        context.Loaders().GetGroups<int, Network>("networks-on-competence", async (db, ids, ct) =>
            (await db.NetworkTopics.AsNoTracking().Where(t => ids.Contains(t.CompetenceId))
                .OrderBy(t => t.Network!.Name).ThenBy(t => t.Network!.Key)
                .Select(t => new { t.CompetenceId, t.Network }).ToListAsync(ct)).Select(t => (t.CompetenceId, t.Network!)).ToList()).Load(competenceId);
}
