using ExpertFinder.Api.Data;
using ExpertFinder.Api.Security.Privacy;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.ColleagueSuggestions;

/// <summary>A candidate in the pool: who, and how strongly their competences tie them to the caller.</summary>
public sealed record PoolEntry(int PersonId, string Key, int Score);

/// <summary>
/// The unknown colleagues worth meeting, in one set-based query: people the caller may discover who opted in, outside
/// the caller's department, with whom the caller shares no network, document or meeting, scored by
/// <see cref="ColleagueTies"/>; the best <see cref="PoolSize"/> by score (then key), so the work stays bounded.
/// </summary>
public static class ColleagueCandidates
{
    public const int PoolSize = 200;

    public static Task<List<PoolEntry>> PoolAsync(ExpertFinderDb db, PrivacyPolicy privacy, CallerFootprint caller, CancellationToken cancellationToken)
    {
        var me = caller.PersonId;
        var department = caller.DepartmentUnitIds;
        var candidates = db.People.AsNoTracking()
            .Where(privacy.Discoverable())
            .Where(p => p.OpenToMeetingColleagues && p.Id != me && !department.Contains(p.UnitId))
            .Where(p => !db.Memberships.Any(m => m.PersonId == p.Id
                && db.Memberships.Any(mine => mine.PersonId == me && mine.NetworkId == m.NetworkId)))
            .Where(p => !db.Authorships.Any(a => a.PersonId == p.Id
                && db.Authorships.Any(mine => mine.PersonId == me && mine.DocumentId == a.DocumentId)))
            .Where(p => !db.MeetingParticipants.Any(t => t.PersonId == p.Id
                && db.MeetingParticipants.Any(mine => mine.PersonId == me && mine.MeetingId == t.MeetingId)));
        var scores = ColleagueTies.Of(db, caller)
            .GroupBy(t => t.PersonId)
            .Select(g => new { PersonId = g.Key, Score = g.AsQueryable().Sum(ColleagueTies.Weight) });
        return scores
            .Join(candidates, s => s.PersonId, p => p.Id, (s, p) => new { p.Id, p.Key, s.Score })
            .OrderByDescending(e => e.Score).ThenBy(e => e.Key)
            .Take(PoolSize)
            .Select(e => new PoolEntry(e.Id, e.Key, e.Score))
            .ToListAsync(cancellationToken);
    }
}
