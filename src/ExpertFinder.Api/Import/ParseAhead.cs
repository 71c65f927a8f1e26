using System.Threading.Channels;

namespace ExpertFinder.Api.Import;

/// <summary>
/// Cuts records into batches on a thread of its own, so that the next batch is parsed while PostgreSQL works on this
/// one: the two halves of an import then use both cores. At most two batches wait, which bounds the memory.
/// </summary>
internal static class ParseAhead
{
    public static async Task ForEachBatchAsync<T>(
        IEnumerable<T> records, int maxRows, long maxBytes, Func<T, long> size, Func<IReadOnlyList<T>, Task> process, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                var batch = new List<T>();
                long bytes = 0;
                foreach (var record in records)
                {
                    batch.Add(record);
                    bytes += size(record);
                    if (batch.Count >= maxRows || bytes >= maxBytes)
                    {
                        await batches.Writer.WriteAsync(batch, stop.Token);
                        (batch, bytes) = ([], 0);
                    }
                }
                if (batch.Count > 0)
                {
                    await batches.Writer.WriteAsync(batch, stop.Token);
                }
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, CancellationToken.None); // it must run to complete the channel; the token stops it inside
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await process(batch);
            }
        }
        finally
        {
            // A failed write must not leave the parser blocked on a full channel.
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
