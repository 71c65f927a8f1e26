using ExpertFinder.Api.Data;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Features.Units;

/// <summary>Batched reads of the unit tree. The tree is at most four levels deep, so walks go level by level.</summary>
public static class UnitLoaders
{
    public static IDataLoaderResult<Unit?> UnitById(this IResolveFieldContext context, int id) =>
        context.LoadById("unit-by-id", id, db => db.Units.AsNoTracking());

    public static IDataLoaderResult<Unit?> UnitByKey(this IResolveFieldContext context, string key) =>
        context.LoadByKey("unit-by-key", key, db => db.Units.AsNoTracking());

    public static IDataLoaderResult<IReadOnlyList<Unit>?> ChildrenOf(this IResolveFieldContext context, int unitId) =>
        context.Loaders().GetGroups<int, Unit>("children-of-unit", async (db, ids, ct) =>
            (await db.Units.AsNoTracking().Where(u => u.ParentId != null && ids.Contains(u.ParentId.Value))
                .OrderBy(u => u.Name).ThenBy(u => u.Key).ToListAsync(ct)).Select(u => (u.ParentId!.Value, u)).ToList()).Load(unitId);

    /// <summary>The units above a unit, from the municipality down to its parent.</summary>
    public static IDataLoaderResult<IReadOnlyList<Unit>?> AncestorsOf(this IResolveFieldContext context, int unitId) =>
        context.Loaders().Get<int, IReadOnlyList<Unit>>("ancestors-of-unit", async (db, ids, ct) =>
        {
            var start = ids.ToArray();
            var known = await db.Units.FromSql($"""
                WITH RECURSIVE up AS (
                    SELECT * FROM units WHERE id = ANY({start})
                    UNION SELECT p.* FROM units p JOIN up ON p.id = up.parent_id)
                SELECT * FROM up
                """).AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
            return ids.Where(known.ContainsKey).ToDictionary(id => id, id =>
            {
                var chain = new List<Unit>();
                for (var parent = known[id].ParentId; parent is not null && known.TryGetValue(parent.Value, out var unit); parent = unit.ParentId)
                {
                    chain.Add(unit);
                }
                chain.Reverse();
                return (IReadOnlyList<Unit>)chain;
            });
        }).Load(unitId);

    /// <summary>Visible people of a unit, by name; with <paramref name="includeSubunits"/> also those in the units below it.</summary>
    public static IDataLoaderResult<IReadOnlyList<Person>?> PeopleIn(this IResolveFieldContext context, int unitId, bool includeSubunits) =>
        context.Loaders().GetGroups<int, Person>(includeSubunits ? "people-under-unit" : "people-in-unit", async (db, ids, ct) =>
        {
            var roots = ids.ToArray();
            // A unit may lie below several requested units (a department and one of its offices): one row per pair.
            var pairs = includeSubunits
                ? await db.Database.SqlQuery<UnitUnder>($"""
                    WITH RECURSIVE down AS (
                        SELECT id AS root, id FROM units WHERE id = ANY({roots})
                        UNION SELECT d.root, u.id FROM units u JOIN down d ON u.parent_id = d.id)
                    SELECT root AS "Root", id AS "Id" FROM down
                    """).ToListAsync(ct)
                : roots.Select(id => new UnitUnder(id, id)).ToList();
            var rootsOf = pairs.ToLookup(p => p.Id, p => p.Root);
            var units = rootsOf.Select(g => g.Key).ToList();
            var people = await db.VisiblePeople(context.Privacy()).Where(p => units.Contains(p.UnitId))
                .OrderBy(p => p.Name).ThenBy(p => p.Key).ToListAsync(ct);
            return people.SelectMany(p => rootsOf[p.UnitId].Select(root => (root, p))).ToList();
        }).Load(unitId);

    /// <summary>The unit and all below it; used to filter lists by unit.</summary>
    public static Task<List<int>> SubtreeAsync(ExpertFinderDb db, int unitId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""
            WITH RECURSIVE down AS (
                SELECT id FROM units WHERE id = {unitId}
                UNION SELECT u.id FROM units u JOIN down d ON u.parent_id = d.id)
            SELECT id AS "Value" FROM down
            """).ToListAsync(cancellationToken);

    private sealed record UnitUnder(int Root, int Id);
}
