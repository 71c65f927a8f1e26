using ExpertFinder.Api.Data;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Units;

/// <summary>
/// A unit's need of a competence set against its people: <see cref="Have"/> counts the people of the unit and every
/// unit below it who hold the competence at the level or above.
/// </summary>
public sealed record CompetenceGap(int UnitId, Competence Competence, int? Year, int Level, int People, int Have)
{
    public int Missing => Math.Max(0, People - Have);
}

/// <summary>Someone outside the unit who holds the competence, and the ways they could share it.</summary>
public sealed record GapCandidate(Person Person, int Level, IReadOnlyList<GapWay> Ways);

/// <summary>A way to close a gap: a network on the topic (with the network), mentoring, or a day of job rotation.</summary>
public sealed record GapWay(string Kind, Network? Network);

/// <summary>
/// Batched reads of needs and gaps: one query for the needs of all units asked for, one for what their people hold,
/// and for candidates one query per gap (bounded by <see cref="UnitCompetenceNeedMutations.MaxNeedsPerUnit"/> and
/// <see cref="MaxCandidates"/>) plus one for all their networks.
/// </summary>
public static class CompetenceGaps
{
    public const string NetworkWay = "network";
    public const string MentoringWay = "mentoring";
    public const string JobRotationWay = "job-rotation";
    public static readonly string[] Ways = [NetworkWay, MentoringWay, JobRotationWay];

    public const int MaxCandidates = 20;
    public const int DefaultCandidates = 5;

    /// <summary>At most this many networks are offered per gap, and per candidate.</summary>
    public const int MaxNetworks = 5;

    /// <summary>Networks one can still take part in: running or in their test phase.</summary>
    private static readonly string[] OpenStatuses = ["active", "testing"];

    /// <summary>The unit's needs for one horizon (null: today's), by competence name.</summary>
    public static IDataLoaderResult<IReadOnlyList<UnitCompetenceNeed>?> NeedsOf(this IResolveFieldContext context, int unitId, int? year) =>
        context.Loaders().GetGroups<int, UnitCompetenceNeed>($"needs-of-unit:{year}", async (db, ids, ct) =>
            (await db.UnitCompetenceNeeds.AsNoTracking().Include(n => n.Competence)
                .Where(n => ids.Contains(n.UnitId) && n.Year == year)
                .OrderBy(n => n.Competence!.Name).ThenBy(n => n.Competence!.Key)
                .Take(UnitCompetenceNeedMutations.MaxNeedsPerUnit * ids.Count)
                .ToListAsync(ct)).Select(n => (n.UnitId, n)).ToList()).Load(unitId);

    /// <summary>The unit's gaps for one horizon: most missing first, then by competence name; met needs only with <paramref name="includeMet"/>.</summary>
    public static IDataLoaderResult<IReadOnlyList<CompetenceGap>?> GapsOf(this IResolveFieldContext context, int unitId, int? horizon, bool includeMet) =>
        context.Loaders().GetGroups<int, CompetenceGap>($"gaps-of-unit:{horizon}:{includeMet}", async (db, ids, ct) =>
        {
            var roots = ids.ToArray();
            var needs = await db.UnitCompetenceNeeds.AsNoTracking().Include(n => n.Competence)
                .Where(n => roots.Contains(n.UnitId) && n.Year == horizon)
                .Take(UnitCompetenceNeedMutations.MaxNeedsPerUnit * roots.Length)
                .ToListAsync(ct);
            // Everyone of the unit and below counts, the hidden too: the count says how many, never who.
            var have = (await db.Database.SqlQuery<NeedHeld>($"""
                WITH RECURSIVE down AS (
                    SELECT id AS root, id FROM units WHERE id = ANY({roots})
                    UNION SELECT d.root, u.id FROM units u JOIN down d ON u.parent_id = d.id)
                SELECT n.id AS "NeedId", count(DISTINCT p.id)::int AS "Have"
                FROM unit_competence_needs n
                JOIN down d ON d.root = n.unit_id
                JOIN people p ON p.unit_id = d.id
                JOIN person_competences pc ON pc.person_id = p.id AND pc.competence_id = n.competence_id AND pc.level >= n.level
                WHERE n.unit_id = ANY({roots}) AND n.year IS NOT DISTINCT FROM {horizon}
                GROUP BY n.id
                """).ToListAsync(ct)).ToDictionary(h => h.NeedId, h => h.Have);
            return needs
                .Select(n => new CompetenceGap(n.UnitId, n.Competence!, n.Year, n.Level, n.People, have.GetValueOrDefault(n.Id)))
                .Where(g => includeMet || g.Missing > 0)
                .OrderByDescending(g => g.Missing).ThenBy(g => g.Competence.Name, StringComparer.Ordinal).ThenBy(g => g.Competence.Key, StringComparer.Ordinal)
                .Select(g => (g.UnitId, g)).ToList();
        }).Load(unitId);

    /// <summary>
    /// People outside the unit and every unit below it who hold the competence at the level or above and whom the
    /// reader may discover (never the hidden): best level first, then by name.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<GapCandidate>?> CandidatesFor(this IResolveFieldContext context, CompetenceGap gap, int first) =>
        context.Loaders().Get<GapKey, IReadOnlyList<GapCandidate>>($"gap-candidates:{first}", async (db, keys, ct) =>
        {
            var subtrees = await SubtreesAsync(db, keys.Select(k => k.UnitId).Distinct().ToArray(), ct);
            var discoverable = db.People.AsNoTracking().Where(context.Privacy().Discoverable());
            var found = new Dictionary<GapKey, List<(Person Person, int Level)>>();
            foreach (var key in keys)
            {
                var inside = subtrees[key.UnitId].ToList();
                found[key] = (await (
                        from pc in db.PersonCompetences.AsNoTracking()
                        where pc.CompetenceId == key.CompetenceId && pc.Level >= key.Level
                        join p in discoverable on pc.PersonId equals p.Id
                        where !inside.Contains(p.UnitId)
                        orderby pc.Level descending, p.Name, p.Key
                        select new { Person = p, pc.Level })
                    .Take(first).ToListAsync(ct)).Select(c => (c.Person, c.Level)).ToList();
            }
            var ways = await WaysAsync(db, found.Values.SelectMany(c => c).Select(c => c.Person.Id).Distinct().ToList(),
                keys.Select(k => k.CompetenceId).Distinct().ToList(), ct);
            return found.ToDictionary(f => f.Key, f => (IReadOnlyList<GapCandidate>)f.Value
                .Select(c => new GapCandidate(c.Person, c.Level, ways.For(c.Person, f.Key.CompetenceId))).ToList());
        }).Load(new GapKey(gap.UnitId, gap.Competence.Id, gap.Level));

    /// <summary>Networks on the competence that are running (status active), which the unit's people could join, by name.</summary>
    public static IDataLoaderResult<IReadOnlyList<Network>?> JoinableNetworksOn(this IResolveFieldContext context, int competenceId) =>
        context.Loaders().GetGroups<int, Network>("joinable-networks-on", async (db, ids, ct) =>
            (await JoinableAsync(db, ids.ToList(), ct)).SelectMany(g => g.Value.Select(n => (g.Key, n))).ToList()).Load(competenceId);

    private static async Task<ILookup<int, int>> SubtreesAsync(ExpertFinderDb db, int[] roots, CancellationToken ct) =>
        (await db.Database.SqlQuery<UnitUnder>($"""
            WITH RECURSIVE down AS (
                SELECT id AS root, id FROM units WHERE id = ANY({roots})
                UNION SELECT d.root, u.id FROM units u JOIN down d ON u.parent_id = d.id)
            SELECT root AS "Root", id AS "Id" FROM down
            """).ToListAsync(ct)).ToLookup(u => u.Root, u => u.Id);

    private static async Task<Dictionary<int, List<Network>>> JoinableAsync(ExpertFinderDb db, List<int> competenceIds, CancellationToken ct) =>
        (await db.NetworkTopics.AsNoTracking()
            .Where(t => competenceIds.Contains(t.CompetenceId) && t.Network!.Status == "active")
            .OrderBy(t => t.Network!.Name).ThenBy(t => t.Network!.Key)
            .Select(t => new { t.CompetenceId, t.Network })
            .ToListAsync(ct))
        .GroupBy(t => t.CompetenceId)
        .ToDictionary(g => g.Key, g => g.Select(t => t.Network!).Take(MaxNetworks).ToList());

    /// <summary>The open networks on the gaps' competences that the candidates are in, and the networks anyone could join.</summary>
    private static async Task<CandidateWays> WaysAsync(ExpertFinderDb db, List<int> personIds, List<int> competenceIds, CancellationToken ct)
    {
        var theirs = await db.Memberships.AsNoTracking()
            .Where(m => personIds.Contains(m.PersonId) && OpenStatuses.Contains(m.Network!.Status))
            .SelectMany(m => m.Network!.Topics.Where(t => competenceIds.Contains(t.CompetenceId)).Select(t => new { m.PersonId, t.CompetenceId, m.Network }))
            .ToListAsync(ct);
        return new CandidateWays(
            theirs.GroupBy(t => (t.PersonId, t.CompetenceId))
                .ToDictionary(g => g.Key, g => g.Select(t => t.Network!).OrderBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Key, StringComparer.Ordinal).Take(MaxNetworks).ToList()),
            await JoinableAsync(db, competenceIds, ct));
    }

    private sealed record CandidateWays(Dictionary<(int PersonId, int CompetenceId), List<Network>> Theirs, Dictionary<int, List<Network>> Joinable)
    {
        /// <summary>
        /// The candidate's own open networks on the topic; else a running network on it that both could join. Then
        /// mentoring and job rotation, where the candidate said they are open to them.
        /// </summary>
        public List<GapWay> For(Person candidate, int competenceId)
        {
            var networks = Theirs.GetValueOrDefault((candidate.Id, competenceId))
                ?? Joinable.GetValueOrDefault(competenceId)?.Take(1).ToList()
                ?? [];
            var ways = networks.Select(n => new GapWay(NetworkWay, n)).ToList();
            if (candidate.OpenToMentoring)
            {
                ways.Add(new GapWay(MentoringWay, null));
            }
            if (candidate.OpenToJobRotation)
            {
                ways.Add(new GapWay(JobRotationWay, null));
            }
            return ways;
        }
    }

    private sealed record NeedHeld(int NeedId, int Have);

    private sealed record UnitUnder(int Root, int Id);

    private readonly record struct GapKey(int UnitId, int CompetenceId, int Level);
}
