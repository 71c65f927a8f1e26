using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// Rebuilds the whole search index from PostgreSQL: one read per kind of entry (documents streamed), the people's
/// names read once for mention detection, and the documents analysed on every core: the reader fills a bounded
/// channel that one indexing thread per core empties into the one index writer. Searches see the old index until
/// the single commit at the end.
/// </summary>
public sealed class IndexRebuilder(IndexEntryLoader loader)
{
    /// <summary>Documents read ahead of the indexing threads: enough to keep them busy, few enough to bound memory.</summary>
    private const int ReadAhead = 512;

    /// <summary>Rebuilds <paramref name="index"/>, recording <paramref name="position"/> (how far the log is covered) with its commit.</summary>
    public async Task<RebuildCounts> RebuildAsync(ExpertIndex index, ulong? position, CancellationToken cancellationToken)
    {
        using var rebuild = index.BeginRebuild();
        var competences = await loader.LoadAllCompetencesAsync(cancellationToken);
        foreach (var competence in competences)
        {
            rebuild.Add(competence);
        }
        var networks = await loader.LoadAllNetworksAsync(cancellationToken);
        foreach (var network in networks)
        {
            rebuild.Add(network);
        }
        var people = await loader.LoadAllPeopleAsync(cancellationToken);
        // Every discoverable person's name, once for the whole rebuild.
        var mentions = new MentionFinder(people.Select(p => new KeyValuePair<string, string>(p.Key, p.Name)));
        await InParallelAsync(people.ToAsyncEnumerable(), rebuild.Add, cancellationToken);
        var documents = await InParallelAsync(loader.StreamAllDocumentsAsync(cancellationToken),
            document => rebuild.Add(IndexEntryLoader.WithMentionsFound(document, mentions)),
            cancellationToken);
        rebuild.Commit(position);
        return new RebuildCounts(people.Count, documents, networks.Count, competences.Count);
    }

    /// <summary>
    /// Feeds <paramref name="items"/> through a bounded channel to one thread per core that calls <paramref name="add"/>;
    /// returns how many were added. A failure on either side stops both and is thrown.
    /// </summary>
    internal static async Task<int> InParallelAsync<T>(IAsyncEnumerable<T> items, Action<T> add, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(ReadAhead) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var added = 0;
        // Dedicated threads: the indexing work is long and CPU-bound, and must not starve the reader's continuations.
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Factory.StartNew(() =>
        {
            try
            {
                var reader = channel.Reader;
                while (reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                {
                    while (reader.TryRead(out var item))
                    {
                        add(item);
                        Interlocked.Increment(ref added);
                    }
                }
            }
            catch
            {
                stop.Cancel();
                throw;
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        Exception? readFailure = null;
        try
        {
            await foreach (var item in items.WithCancellation(stop.Token))
            {
                await channel.Writer.WriteAsync(item, stop.Token);
            }
        }
        catch (Exception e)
        {
            readFailure = e;
            await stop.CancelAsync();
        }
        channel.Writer.TryComplete();
        try
        {
            await Task.WhenAll(workers);
        }
        catch (Exception) when (readFailure is not null || workers.Any(w => w.IsFaulted))
        {
            // Reported below: a worker's own failure first (the reader then saw only the cancellation it caused).
        }
        var workerFailure = workers.Select(w => w.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException);
        if (workerFailure is not null)
        {
            ExceptionDispatchInfo.Throw(workerFailure);
        }
        if (readFailure is not null)
        {
            ExceptionDispatchInfo.Throw(readFailure);
        }
        return added;
    }
}

/// <summary>What a rebuild indexed.</summary>
public sealed record RebuildCounts(int People, int Documents, int Networks, int Competences);
