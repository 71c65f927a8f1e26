using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.People;

/// <summary>Batched reads of people and what hangs off them; only people the reader may see are loaded.</summary>
public static class PeopleLoaders
{
    public static IDataLoaderResult<Person?> PersonById(this IResolveFieldContext context, int id) =>
        context.LoadById("person-by-id", id, db => db.VisiblePeople(context.Privacy()));

    public static IDataLoaderResult<Person?> PersonByKey(this IResolveFieldContext context, string key) =>
        context.LoadByKey("person-by-key", key, db => db.VisiblePeople(context.Privacy()));

    /// <summary>A person's competences, highest level first.</summary>
    public static IDataLoaderResult<IReadOnlyList<PersonCompetence>?> CompetencesOf(this IResolveFieldContext context, int personId) =>
        context.Loaders().GetGroups<int, PersonCompetence>("competences-of-person", async (db, ids, ct) =>
            (await db.PersonCompetences.AsNoTracking().Include(pc => pc.Competence)
                .Where(pc => ids.Contains(pc.PersonId))
                .OrderByDescending(pc => pc.Level).ThenBy(pc => pc.Competence!.Name).ThenBy(pc => pc.Competence!.Key)
                .ToListAsync(ct)).Select(pc => (pc.PersonId, pc)).ToList()).Load(personId);

    /// <summary>A person's networks with their role, by network name.</summary>
    public static IDataLoaderResult<IReadOnlyList<Membership>?> MembershipsOf(this IResolveFieldContext context, int personId) =>
        context.Loaders().GetGroups<int, Membership>("memberships-of-person", async (db, ids, ct) =>
            (await db.Memberships.AsNoTracking().Include(m => m.Network)
                .Where(m => ids.Contains(m.PersonId))
                .OrderBy(m => m.Network!.Name).ThenBy(m => m.Network!.Key)
                .ToListAsync(ct)).Select(m => (m.PersonId, m)).ToList()).Load(personId);

    /// <summary>Documents a person wrote, newest first.</summary>
    public static IDataLoaderResult<IReadOnlyList<Document>?> DocumentsBy(this IResolveFieldContext context, int personId) =>
        context.Loaders().GetGroups<int, Document>("documents-by-person", async (db, ids, ct) =>
            (await db.Authorships.AsNoTracking().Where(a => ids.Contains(a.PersonId))
                .OrderByDescending(a => a.Document!.Date).ThenBy(a => a.Document!.Key)
                .Select(a => new { a.PersonId, a.Document })
                .ToListAsync(ct)).Select(a => (a.PersonId, a.Document!)).ToList()).Load(personId);
}
