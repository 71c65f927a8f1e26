using GraphQL.DataLoader;

namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>
/// Collects the keys that the resolvers of one execution level ask for and fetches them with one query when the
/// executer first awaits a result; later levels start a new batch. Results are kept for the rest of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> loaded = [];
    private readonly HashSet<TKey> fetched = [];
    private readonly HashSet<TKey> pending = [];
    private readonly Lock gate = new();
    private Task? inFlight;
    private int fetches;

    /// <summary>How many queries this loader has sent; tests use it to prove batching.</summary>
    public int Fetches => Volatile.Read(ref fetches);

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (gate)
        {
            if (!fetched.Contains(key))
            {
                pending.Add(key);
            }
        }
        return new Pending(this, key);
    }

    /// <summary>The value, fetching every pending key with it; waits for a fetch already under way rather than overlapping it.</summary>
    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task batch;
            TKey[]? keys = null;
            TaskCompletionSource? done = null;
            lock (gate)
            {
                if (fetched.Contains(key))
                {
                    return loaded.TryGetValue(key, out var found) ? found : default;
                }
                if (inFlight is null)
                {
                    pending.Add(key);
                    keys = [.. pending];
                    pending.Clear();
                    done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    inFlight = done.Task;
                }
                batch = inFlight;
            }
            if (keys is not null)
            {
                await FetchAsync(keys, done!, cancellationToken);
            }
            await batch;
        }
    }

    /// <summary>Fetches outside the lock; the batch counts as over only once its results are recorded.</summary>
    private async Task FetchAsync(TKey[] keys, TaskCompletionSource done, CancellationToken cancellationToken)
    {
        try
        {
            Interlocked.Increment(ref fetches);
            var values = await fetch(keys, cancellationToken);
            lock (gate)
            {
                foreach (var key in keys)
                {
                    fetched.Add(key);
                    if (values.TryGetValue(key, out var value))
                    {
                        loaded[key] = value;
                    }
                }
                inFlight = null;
            }
            done.SetResult();
        }
        catch (Exception e)
        {
            lock (gate)
            {
                inFlight = null;
            }
            done.SetException(e);
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
