using System.Threading.Channels;

namespace ExpertFinder.Api.Import;

/// <summary>
/// Parses records into staging batches on a thread of its own, so that the next batch is parsed and encoded for COPY
/// while PostgreSQL works on this one: the two halves of an import then use both cores. Three batches exist at most
/// (one filling, one waiting, one being written) and are reused, which bounds the memory.
/// </summary>
internal static class ParseAhead
{
    public static async Task ForEachBatchAsync<T>(
        IEnumerable<T> records,
        int tables,
        BatchLimits limits,
        Action<StagingBatch, T> add,
        Func<StagingBatch, Task> process,
        CancellationToken cancellationToken)
    {
        var full = Channel.CreateBounded<StagingBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var free = Channel.CreateUnbounded<StagingBatch>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                StagingBatch? batch = null;
                foreach (var record in records)
                {
                    if (batch is null)
                    {
                        batch = free.Reader.TryRead(out var reused) ? reused : new StagingBatch(tables);
                        batch.Clear();
                    }
                    // The record is encoded before the next is read: a document's text is only valid until then.
                    add(batch, record);
                    batch.Records++;
                    if (batch.Records >= limits.Records || batch.Bytes >= limits.Bytes)
                    {
                        await full.Writer.WriteAsync(batch, stop.Token);
                        batch = null;
                    }
                }
                if (batch is not null)
                {
                    await full.Writer.WriteAsync(batch, stop.Token);
                }
                full.Writer.Complete();
            }
            catch (Exception e)
            {
                full.Writer.Complete(e);
            }
        }, CancellationToken.None); // it must run to complete the channel; the token stops it inside
        try
        {
            await foreach (var batch in full.Reader.ReadAllAsync(cancellationToken))
            {
                await process(batch);
                free.Writer.TryWrite(batch);
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

/// <summary>When a batch is handed over: after this many records or this many bytes of COPY data.</summary>
internal readonly record struct BatchLimits(int Records, long Bytes);

/// <summary>A batch of records encoded for COPY, one buffer per staging table it fills.</summary>
internal sealed class StagingBatch(int tables)
{
    private readonly CopyBuffer[] buffers = [.. Enumerable.Range(0, tables).Select(_ => new CopyBuffer())];

    public int Records { get; set; }

    public long Bytes => buffers.Sum(b => (long)b.Length);

    public CopyBuffer this[int table] => buffers[table];

    public void Clear()
    {
        Records = 0;
        foreach (var buffer in buffers)
        {
            buffer.Clear();
        }
    }
}
