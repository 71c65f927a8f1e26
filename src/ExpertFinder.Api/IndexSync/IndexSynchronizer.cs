using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Search.Indexing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// Makes one index follow the index log (<see cref="IndexLog"/>). Each index reads the whole log at its own pace, so
/// any number of processes, each with its own index, see every change; each records how far it got in its own
/// commit (<see cref="ExpertIndex.Position"/>) and then in PostgreSQL, where the positions of all indexes decide what
/// the log may forget. An entry that fails is retried and at last set aside (<see cref="IndexFailures"/>); the rest
/// goes on.
/// </summary>
public sealed class IndexSynchronizer(ExpertIndex index, IndexEntryLoader loader, IndexRebuilder rebuilder, NpgsqlDataSource database,
    IOptions<IndexLogOptions> logOptions, IOptions<ExpertFinderOptions> options, ILogger<IndexSynchronizer> logger) : IDisposable
{
    private const int BatchSize = 2000;

    /// <summary>How often entries that outlived the retention are looked for (and the index shows it is alive): twice per retention at least.</summary>
    private TimeSpan ExpiryInterval => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, logOptions.Value.Retention.Ticks / 2));

    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private readonly System.Threading.Lock gate = new();
    private readonly string host = Environment.MachineName;
    private readonly string path = Path.GetFullPath(options.Value.IndexPath);
    private Task? nextDrain;
    private long dataVersion;
    private volatile LogPosition? position;
    private DateTime lastExpiry = DateTime.MinValue;

    public ExpertIndex Index => index;

    /// <summary>Grows each time applied changes are committed: whatever is derived from the data (graphs) is stale once it moves.</summary>
    public long DataVersion => Interlocked.Read(ref dataVersion);

    /// <summary>How far this index has applied the log; null until it has started following it.</summary>
    public LogPosition? Position => position;

    /// <summary>When the next retry of a failed entry is due, for the follower to wake up in time.</summary>
    public TimeSpan? NextRetryIn { get; private set; }

    private IndexLog Log => new(database, index.Identity);

    private IndexFailures Failures => new(database, index.Identity, logOptions.Value);

    /// <summary>Applies everything the log holds for this index, and retries failed entries that are due; returns how many entries it applied.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await DrainCoreAsync(cancellationToken);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Rebuilds the whole index from PostgreSQL; searches see the old index until the new one is committed.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await RebuildCoreAsync(cancellationToken);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>
    /// Waits until the index has applied what the transaction <paramref name="transaction"/> wrote, at most
    /// <paramref name="timeout"/>; false when it has not by then. The catching up goes on when the wait gives up, so
    /// a caller that stops waiting never leaves work half done.
    /// </summary>
    public async Task<bool> CatchUpAsync(ulong transaction, TimeSpan timeout)
    {
        if (position?.Covers(transaction) == true)
        {
            return true;
        }
        var drain = DrainSoonAsync();
        await Task.WhenAny(drain, Task.Delay(timeout));
        return position?.Covers(transaction) == true;
    }

    /// <summary>How much this index has yet to apply and how many entries it set aside, for health checks and metrics.</summary>
    public async Task<IndexFollowingStatus> StatusAsync(CancellationToken cancellationToken)
    {
        var current = position;
        var (pending, oldest) = current is null ? (0L, TimeSpan.Zero) : await Log.PendingAsync(current, cancellationToken);
        return new IndexFollowingStatus(current is not null, pending, oldest, await Failures.SetAsideCountAsync(cancellationToken));
    }

    /// <summary>
    /// A drain that has not begun reading yet, shared by everyone who asks meanwhile: a burst of mutations causes
    /// one more drain, not one each.
    /// </summary>
    private Task DrainSoonAsync()
    {
        lock (gate)
        {
            return nextDrain ??= Task.Run(async () =>
            {
                try
                {
                    await oneAtATime.WaitAsync(stopping.Token);
                }
                finally
                {
                    lock (gate)
                    {
                        nextDrain = null;
                    }
                }
                try
                {
                    await DrainCoreAsync(stopping.Token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "The index could not catch up yet; the follower retries");
                }
                finally
                {
                    oneAtATime.Release();
                }
            });
        }
    }

    private async Task<int> DrainCoreAsync(CancellationToken cancellationToken)
    {
        if (position is null)
        {
            await StartAsync(cancellationToken);
        }
        var applied = 0;
        while (await StepAsync(cancellationToken) is var done and > 0)
        {
            applied += done;
        }
        await RetryDueAsync(cancellationToken);
        if (DateTime.UtcNow - lastExpiry > ExpiryInterval)
        {
            lastExpiry = DateTime.UtcNow;
            await Log.HeartbeatAsync(cancellationToken);
            await Log.PruneAsync(logOptions.Value.Retention, expire: true, cancellationToken);
        }
        return applied;
    }

    /// <summary>
    /// Takes up following the log where this index's last commit left it; rebuilds instead when that position is
    /// unknown (a new or outdated index), when the log was pruned past it, or when the database does not know this
    /// index (a database restored or replaced under it).
    /// </summary>
    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var registration = await Log.RegistrationAsync(cancellationToken);
        if (registration is not null && (registration.Host != host || registration.Path != path) && registration.SinceSeen < logOptions.Value.IdentityInUseFor)
        {
            logger.LogWarning("The index in {Path} has the identity of the index in {OtherPath} on {OtherHost}, which is in use; it takes a new one",
                path, registration.Path, registration.Host);
            index.RenewIdentity();
            registration = null;
        }
        // An older copy of the folder (a backup put back) is behind what the database recorded for it, and the log forgets
        // what every registered index has applied: what lies in between may be gone.
        var prunedBelow = Math.Max(await Log.PrunedBelowAsync(cancellationToken), registration?.AppliedBelow ?? 0);
        if (index.NeedsRebuild || index.Position is not { } applied || applied < prunedBelow || registration is null)
        {
            logger.LogInformation("The index in {Path} is rebuilt: {Reason}", path,
                index.NeedsRebuild ? "it was built another way" : index.Position is null ? "it has no record of the log"
                : index.Position < prunedBelow ? "the log was pruned past it" : "the database does not know it");
            await RebuildCoreAsync(cancellationToken);
            return;
        }
        position = LogPosition.At(applied);
        await Log.RecordAppliedAsync(position, host, path, cancellationToken);
    }

    /// <summary>Reads and applies one batch of the log; returns how many entries it read.</summary>
    private async Task<int> StepAsync(CancellationToken cancellationToken)
    {
        var current = position!;
        var (entries, oldestRunning) = await Log.ReadAsync(current, BatchSize, cancellationToken);
        if (entries.Any(e => e.Kind == IndexOutboxEntry.RebuildKind))
        {
            await RebuildCoreAsync(cancellationToken);
            return entries.Count;
        }
        var next = current.After(entries, oldestRunning, complete: entries.Count < BatchSize);
        if (entries.Count > 0)
        {
            await ApplyIsolatingFailuresAsync([.. entries.Select(e => (e.Kind, e.Key)).Distinct()], cancellationToken);
        }
        if (entries.Count > 0 || next.Below != current.Below)
        {
            index.Commit(next.Below);
            await Log.RecordAppliedAsync(next, host, path, cancellationToken);
            position = next;
            await Log.PruneAsync(logOptions.Value.Retention, expire: false, cancellationToken);
        }
        position = next;
        if (entries.Count > 0)
        {
            Interlocked.Increment(ref dataVersion);
            logger.LogDebug("Applied {Count} index changes", entries.Count);
        }
        return entries.Count;
    }

    private async Task RebuildCoreAsync(CancellationToken cancellationToken)
    {
        // Every transaction below this one has ended before the rebuild reads anything, so the rebuild sees all they wrote.
        var below = await Log.OldestRunningAsync(cancellationToken);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var counts = await rebuilder.RebuildAsync(index, below, cancellationToken);
        var elapsed = started.Elapsed;
        logger.LogInformation("Rebuilt the search index: {People} people, {Documents} documents, {Networks} networks, {Competences} competences in {Elapsed} ms ({Rate} documents/s)",
            counts.People, counts.Documents, counts.Networks, counts.Competences, (long)elapsed.TotalMilliseconds,
            (long)(counts.Documents / Math.Max(elapsed.TotalSeconds, 0.001)));
        position = LogPosition.At(below);
        await Log.RecordAppliedAsync(position, host, path, cancellationToken);
        await Failures.ClearAllAsync(cancellationToken);
        await Log.PruneAsync(logOptions.Value.Retention, expire: false, cancellationToken);
        Interlocked.Increment(ref dataVersion);
    }

    /// <summary>
    /// Applies the entries together; when that fails for something an entry holds (not for a lost connection), applies
    /// them one at a time, so that only the entries that fail on their own are recorded as failures.
    /// </summary>
    private async Task ApplyIsolatingFailuresAsync(IReadOnlyList<(string Kind, string Key)> entries, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyAsync(entries, cancellationToken);
        }
        catch (Exception e) when (IsEntryFailure(e))
        {
            index.DiscardUncommitted();
            logger.LogWarning(e, "Applying {Count} index entries together failed; applying them one at a time", entries.Count);
            foreach (var entry in entries)
            {
                await ApplyOneAsync(entry, cancellationToken);
            }
        }
    }

    /// <summary>Applies one entry and commits it (keeping the position), or records its failure; true when it was applied.</summary>
    private async Task<bool> ApplyOneAsync((string Kind, string Key) entry, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyAsync([entry], cancellationToken);
            index.Commit();
            return true;
        }
        catch (Exception e) when (IsEntryFailure(e))
        {
            index.DiscardUncommitted();
            if (await Failures.RecordAsync(entry.Kind, entry.Key, e, cancellationToken))
            {
                logger.LogError(e, "The index entry {Kind} '{Key}' failed {Attempts} times and is set aside", entry.Kind, entry.Key, logOptions.Value.MaxAttempts);
            }
            else
            {
                logger.LogWarning(e, "The index entry {Kind} '{Key}' failed; it is retried", entry.Kind, entry.Key);
            }
            return false;
        }
    }

    private async Task RetryDueAsync(CancellationToken cancellationToken)
    {
        var (due, _) = await Failures.DueAsync(cancellationToken);
        var applied = new List<(string Kind, string Key)>();
        foreach (var entry in due)
        {
            if (await ApplyOneAsync(entry, cancellationToken))
            {
                applied.Add(entry);
            }
        }
        await Failures.ClearAsync(applied, cancellationToken);
        if (applied.Count > 0)
        {
            Interlocked.Increment(ref dataVersion);
        }
        NextRetryIn = (await Failures.DueAsync(cancellationToken)).NextIn;
    }

    /// <summary>
    /// A failure the entries cause, as opposed to one of the way to them (the database or the disk), which stops the
    /// drain for the follower to try again later: cancellation, lost connections, I/O.
    /// </summary>
    private static bool IsEntryFailure(Exception e) => e switch
    {
        OperationCanceledException or IOException or ObjectDisposedException or OutOfMemoryException => false,
        PostgresException postgres => postgres.SqlState.StartsWith("22", StringComparison.Ordinal),
        NpgsqlException => false,
        _ => true,
    };

    /// <summary>
    /// Loads the entries as the database has them now and upserts them, or deletes those gone. Documents whose text
    /// names a person whose name came, went or changed are queued for this index (they are found in it).
    /// </summary>
    private async Task ApplyAsync(IReadOnlyList<(string Kind, string Key)> entries, CancellationToken cancellationToken)
    {
        if (entries.FirstOrDefault(e => !IndexOutboxEntry.EntityKinds.Contains(e.Kind)) is { Kind: not null } unknown)
        {
            throw new InvalidDataException($"The index log has an entry of the kind '{unknown.Kind}', which this version does not know");
        }
        // People first: the documents that name someone who left (deleted or hidden) are indexed again in this batch,
        // so that no entry keeps pointing at them.
        var personKeys = Keys(entries, IndexOutboxEntry.PersonKind);
        var people = personKeys.Count == 0 ? [] : await loader.LoadPeopleAsync(personKeys, cancellationToken);
        var namesToFollow = ChangedNames(index.PersonNames(personKeys), people);
        var peopleLeft = Apply(people, index.Upsert, index.DeletePerson);
        await ApplyKindAsync(IndexOutboxEntry.CompetenceKind, Keys(entries, IndexOutboxEntry.CompetenceKind), cancellationToken);
        await ApplyKindAsync(IndexOutboxEntry.NetworkKind, Keys(entries, IndexOutboxEntry.NetworkKind), cancellationToken);
        var documentKeys = Keys(entries, IndexOutboxEntry.DocumentKind).Union(index.DocumentsNaming(peopleLeft), StringComparer.Ordinal).ToList();
        await ApplyKindAsync(IndexOutboxEntry.DocumentKind, documentKeys, cancellationToken);

        // A name that came, went or changed moves mentions in the documents whose text has the old or the new name;
        // they are queued for a next batch, so that the change itself is searchable without waiting for them.
        var mentioning = index.DocumentsWithNameInText(namesToFollow).Except(documentKeys, StringComparer.Ordinal).ToArray();
        await Log.QueueForThisIndexAsync(IndexOutboxEntry.DocumentKind, mentioning, cancellationToken);
    }

    /// <summary>Loads the entries of one kind (not people) and upserts them, or deletes those gone from the database.</summary>
    private async Task ApplyKindAsync(string kind, List<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }
        _ = kind switch
        {
            IndexOutboxEntry.DocumentKind => Apply(await loader.LoadDocumentsAsync(keys, cancellationToken), index.Upsert, index.DeleteDocument),
            IndexOutboxEntry.NetworkKind => Apply(await loader.LoadNetworksAsync(keys, cancellationToken), index.Upsert, index.DeleteNetwork),
            IndexOutboxEntry.CompetenceKind => Apply(await loader.LoadCompetencesAsync(keys, cancellationToken), index.Upsert, index.DeleteCompetence),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an entry kind loaded by key"),
        };
    }

    private static List<string> Apply<T>(Dictionary<string, T?> entries, Action<T> upsert, Action<string> delete) where T : class
    {
        var deleted = new List<string>();
        foreach (var (key, entry) in entries)
        {
            if (entry is null)
            {
                delete(key);
                deleted.Add(key);
            }
            else
            {
                upsert(entry);
            }
        }
        return deleted;
    }

    /// <summary>
    /// The old and the new name of each person whose name the index does not yet hold as it is now; only names a text
    /// can be found to mention (<see cref="MentionFinder.CanBeFound(string)"/>), as a one-word name would match
    /// documents by the thousand and none of them would name its bearer.
    /// </summary>
    private static List<string> ChangedNames(IReadOnlyDictionary<string, string> indexed, Dictionary<string, IndexedPerson?> loaded)
    {
        var names = new List<string>();
        foreach (var (key, person) in loaded)
        {
            var before = indexed.GetValueOrDefault(key);
            if (before != person?.Name)
            {
                names.AddRange(new[] { before, person?.Name }.OfType<string>().Where(MentionFinder.CanBeFound));
            }
        }
        return names;
    }

    private static List<string> Keys(IReadOnlyList<(string Kind, string Key)> entries, string kind) =>
        entries.Where(e => e.Kind == kind).Select(e => e.Key).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Stops catching up and waits (a while) for the step under way, so that the index is never closed in the middle
    /// of a commit when the server shuts down.
    /// </summary>
    public void Dispose()
    {
        stopping.Cancel();
        if (oneAtATime.Wait(TimeSpan.FromSeconds(30)))
        {
            oneAtATime.Release();
        }
        stopping.Dispose();
    }
}

/// <summary>How one index follows the log: whether it has started, what it has yet to apply, how long the oldest of that waited, what it set aside.</summary>
public sealed record IndexFollowingStatus(bool Following, long Pending, TimeSpan OldestPending, long SetAside);
