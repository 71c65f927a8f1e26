using System.Collections.Concurrent;
using ExpertFinder.Api.IndexSync;

namespace ExpertFinder.Api.Tests.IndexSync;

/// <summary>The channel from the database reader to the indexing threads: everything once, and failures end it rather than hang it.</summary>
public sealed class RebuildFeedTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Every_item_is_added_once()
    {
        var added = new ConcurrentBag<int>();

        var count = await IndexRebuilder.InParallelAsync(Items(5000), added.Add, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(5000, count);
        Assert.Equal(Enumerable.Range(0, 5000), added.Order());
    }

    [Fact]
    public async Task A_failing_read_fails_the_rebuild_with_its_own_error()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() =>
            IndexRebuilder.InParallelAsync(Items(5000, failAt: 3000), _ => { }, CancellationToken.None).WaitAsync(Patience));

        Assert.Equal("row 3000", error.Message);
    }

    [Fact]
    public async Task A_failing_indexing_thread_fails_the_rebuild_with_its_own_error_and_stops_the_reader()
    {
        var read = 0;
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            IndexRebuilder.InParallelAsync(Items(1_000_000, onRead: () => Interlocked.Increment(ref read)), item =>
            {
                if (item == 100)
                {
                    throw new ArgumentException("entry 100");
                }
            }, CancellationToken.None).WaitAsync(Patience));

        Assert.Equal("entry 100", error.Message);
        Assert.True(read < 1_000_000, "the reader went on to the end");
    }

    [Fact]
    public async Task Cancelling_stops_both_sides()
    {
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            IndexRebuilder.InParallelAsync(Items(1_000_000), item =>
            {
                if (item == 100)
                {
                    cancel.Cancel();
                }
            }, cancel.Token).WaitAsync(Patience));
    }

    private static async IAsyncEnumerable<int> Items(int count, int failAt = -1, Action? onRead = null)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == failAt)
            {
                throw new InvalidDataException("row " + i);
            }
            onRead?.Invoke();
            if (i % 1000 == 0)
            {
                await Task.Yield();
            }
            yield return i;
        }
    }
}
