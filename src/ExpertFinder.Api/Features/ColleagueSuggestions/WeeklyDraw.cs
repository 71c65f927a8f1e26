using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ExpertFinder.Api.Features.ColleagueSuggestions;

/// <summary>
/// Who is suggested this week: <c>first</c> people drawn from the best <see cref="BandSize"/> of the pool, each
/// candidate's place in the draw fixed by a hash of (caller, ISO year-week, candidate). No state and no random seed:
/// the same week gives the same suggestions, a new week (Monday, UTC) a new draw, and other callers other draws.
/// </summary>
public static class WeeklyDraw
{
    /// <summary>How many of the best candidates take part in the draw: three per suggestion, at least ten.</summary>
    public static int BandSize(int first) => Math.Max(3 * first, 10);

    /// <summary>The ISO 8601 week of <paramref name="now"/> in UTC, e.g. 2026-W49.</summary>
    public static string WeekOf(DateTimeOffset now)
    {
        var day = now.UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    /// <summary>A candidate's place in one caller's draw for one week.</summary>
    public static ulong Ticket(string callerKey, string week, string candidateKey) =>
        BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{callerKey}\n{week}\n{candidateKey}")));

    /// <summary>The drawn, best score first (then in draw order). <paramref name="pool"/> is ordered best first.</summary>
    public static List<PoolEntry> Draw(IReadOnlyList<PoolEntry> pool, int first, string callerKey, string week) =>
        pool.Take(BandSize(first))
            .Select(entry => (Entry: entry, Ticket: Ticket(callerKey, week, entry.Key)))
            .OrderBy(x => x.Ticket).ThenBy(x => x.Entry.Key, StringComparer.Ordinal)
            .Take(first)
            .OrderByDescending(x => x.Entry.Score).ThenBy(x => x.Ticket)
            .Select(x => x.Entry)
            .ToList();
}
