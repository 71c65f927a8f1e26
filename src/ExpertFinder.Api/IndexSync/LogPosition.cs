using System.Collections.Immutable;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// How far one index has applied the index log. The log's entries carry the id of the transaction that wrote them
/// (<c>pg_current_xact_id()</c>); ids are handed out when transactions begin to write, not when they commit, so a
/// transaction with a smaller id can commit after one with a larger. The position is therefore a horizon and a
/// set: every entry of a transaction below <see cref="Below"/> is applied (no transaction below it can still commit:
/// the horizon only moves up to the oldest transaction running, <c>pg_snapshot_xmin</c>), and so are the
/// transactions in <see cref="Done"/> above it. A batch that stopped inside a transaction's entries remembers where
/// (<see cref="PartialTransaction"/>, <see cref="PartialAfterId"/>). Only <see cref="Below"/> is recorded durably:
/// after a restart the entries above it are applied again, which is harmless, as applying an entry loads the entity
/// as it is now.
/// </summary>
public sealed record LogPosition(ulong Below, ImmutableHashSet<ulong> Done, ulong PartialTransaction = 0, long PartialAfterId = 0)
{
    public static LogPosition At(ulong below) => new(below, []);

    /// <summary>True when every entry the transaction <paramref name="transaction"/> wrote is applied.</summary>
    public bool Covers(ulong transaction) => transaction < Below || Done.Contains(transaction);

    /// <summary>
    /// The position after applying <paramref name="read"/>, the entries read past this position in a snapshot whose
    /// oldest running transaction was <paramref name="oldestRunning"/>; <paramref name="complete"/> when the read
    /// returned everything there was (no batch limit cut it off).
    /// </summary>
    public LogPosition After(IReadOnlyList<LogEntry> read, ulong oldestRunning, bool complete)
    {
        var finished = read.Select(e => e.Transaction).ToList();
        // The transaction a batch stopped in is finished once the entries read went past it (they come in order).
        if (PartialTransaction != 0 && (complete || (read.Count > 0 && read[^1].Transaction > PartialTransaction)))
        {
            finished.Add(PartialTransaction);
        }
        if (read.Count == 0 || complete)
        {
            var below = Math.Max(Below, oldestRunning);
            return new LogPosition(below, Done.Union(finished).Where(t => t >= below).ToImmutableHashSet());
        }
        var last = read[^1];
        var horizon = Math.Max(Below, Math.Min(oldestRunning, last.Transaction));
        return new LogPosition(horizon, Done.Union(finished.Where(t => t != last.Transaction)).Where(t => t >= horizon).ToImmutableHashSet(),
            last.Transaction, last.Id);
    }
}

/// <summary>One entry of the index log: an entity whose indexed form may have changed, or a request to rebuild.</summary>
public sealed record LogEntry(long Id, ulong Transaction, string Kind, string Key);
