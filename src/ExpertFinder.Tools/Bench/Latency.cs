using System.Diagnostics;
using Npgsql;

namespace ExpertFinder.Tools.Bench;

/// <summary>
/// Times work over a list of items: a warm-up round first, then measured rounds by one or more clients, within a time
/// budget. A single item that takes longer than the timeout is left behind and counted as timed out; any other failure
/// ends the measurement with what was measured before it and the error.
/// </summary>
public static class Latency
{
    /// <summary>
    /// <paramref name="Rounds"/> passes over the items by each client, or fewer when <paramref name="Budget"/> runs out
    /// first; the warm-up (one pass) stops after <paramref name="Warmup"/>.
    /// </summary>
    public sealed record Limits(int Rounds, TimeSpan Budget, TimeSpan Warmup, TimeSpan Timeout);

    /// <summary>Work timed from the outside: a request, a statement.</summary>
    public static Func<T, CancellationToken, Task<TimeSpan>> Timed<T>(Func<T, CancellationToken, Task> run) => async (item, cancellationToken) =>
    {
        var started = Stopwatch.GetTimestamp();
        await run(item, cancellationToken);
        return Stopwatch.GetElapsedTime(started);
    };

    /// <summary>
    /// In-process work, which cannot be cancelled: it runs on the thread pool so that one past its timeout can be left
    /// behind, and is timed on the thread that does it, so the hop to the pool is not in its time.
    /// </summary>
    public static Func<T, CancellationToken, Task<TimeSpan>> InProcess<T>(Action<T> run) => (item, _) => Task.Run(() =>
    {
        var started = Stopwatch.GetTimestamp();
        run(item);
        return Stopwatch.GetElapsedTime(started);
    }, CancellationToken.None);

    /// <summary>
    /// In-process work timed from the moment it is handed to the thread pool, the wait for a thread included: what a
    /// caller among many concurrent ones waits, as a client of the server does. The work goes to the pool's global
    /// queue, first in first out, as the server's requests do: queued from a pool thread without that, it would go
    /// to that thread's own queue, last in first out, where the newest searches overtake the older ones and a few
    /// wait for seconds.
    /// </summary>
    public static Func<T, CancellationToken, Task<TimeSpan>> Queued<T>(Action<T> run) =>
        Timed<T>((item, _) => Task.Factory.StartNew(() => run(item), CancellationToken.None, TaskCreationOptions.PreferFairness, TaskScheduler.Default));

    /// <summary>
    /// Measures <paramref name="run"/> over <paramref name="items"/> with <paramref name="clients"/> concurrent clients,
    /// each walking the items from its own offset. The work returns the time it took (see <see cref="Timed"/> and
    /// <see cref="InProcess"/>, or a time of its own, such as a wait until something became visible).
    /// </summary>
    public static async Task<Measurement> MeasureAsync<T>(IReadOnlyList<T> items, int clients, Limits limits, Func<T, CancellationToken, Task<TimeSpan>> run)
    {
        if (items.Count == 0)
        {
            return Measurement.Of([], 0, TimeSpan.Zero, limits.Timeout, clients, "nothing to measure");
        }
        var warmup = Stopwatch.StartNew();
        foreach (var item in items)
        {
            if (warmup.Elapsed >= limits.Warmup)
            {
                break;
            }
            var (_, _, error) = await AttemptAsync(item, limits.Timeout, run, CancellationToken.None);
            if (error is not null)
            {
                return Measurement.Of([], 0, TimeSpan.Zero, limits.Timeout, clients, "warm-up: " + Describe(error));
            }
        }

        var samples = new List<double>[clients];
        var timeouts = 0;
        Exception? failure = null;
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var mine = samples[client] = new List<double>(items.Count * limits.Rounds);
            var offset = client * items.Count / clients;
            for (var round = 0; round < limits.Rounds; round++)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (clock.Elapsed >= limits.Budget || stop.IsCancellationRequested)
                    {
                        return;
                    }
                    var (time, timedOut, error) = await AttemptAsync(items[(offset + i) % items.Count], limits.Timeout, run, stop.Token);
                    if (stop.IsCancellationRequested)
                    {
                        // Another client failed; what this one was doing was cut short, not slow.
                        return;
                    }
                    if (error is not null)
                    {
                        Interlocked.CompareExchange(ref failure, error, null);
                        await stop.CancelAsync();
                        return;
                    }
                    if (timedOut)
                    {
                        Interlocked.Increment(ref timeouts);
                    }
                    else
                    {
                        mine.Add(time.TotalMilliseconds);
                    }
                }
            }
        })).ToList();
        await Task.WhenAll(loops);
        return Measurement.Of(samples.SelectMany(s => s ?? []).ToList(), timeouts, clock.Elapsed, limits.Timeout, clients,
            failure is null ? null : Describe(failure));
    }

    private static async Task<(TimeSpan Time, bool TimedOut, Exception? Error)> AttemptAsync<T>(
        T item, TimeSpan timeout, Func<T, CancellationToken, Task<TimeSpan>> run, CancellationToken stop)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stop);
        Task<TimeSpan>? work = null;
        try
        {
            work = run(item, cancel.Token);
            return (await work.WaitAsync(timeout, CancellationToken.None), false, null);
        }
        catch (Exception e) when (IsTimeout(e))
        {
            if (work is { IsCompleted: false })
            {
                // Left behind: cancellable work (HTTP, PostgreSQL) stops now, in-process work when it finishes.
                await cancel.CancelAsync();
                _ = work.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
            return (timeout, true, null);
        }
        catch (Exception e)
        {
            return (TimeSpan.Zero, false, e);
        }
    }

    /// <summary>Our own timeout, and the ways the engines report theirs: a cancelled request, PostgreSQL's statement_timeout.</summary>
    private static bool IsTimeout(Exception e) => e switch
    {
        TimeoutException or OperationCanceledException => true,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.QueryCanceled,
        NpgsqlException { InnerException: TimeoutException } => true,
        _ => false,
    };

    public static string Describe(Exception e)
    {
        var message = $"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" ");
        return message.Length > 300 ? message[..300] + "…" : message;
    }
}

/// <summary>
/// What a measurement found, in milliseconds. Timed-out items rank above every completed one: a percentile that falls
/// on one is the timeout itself, a lower bound (<see cref="IsLowerBound"/>). Null percentiles: nothing was measured.
/// </summary>
public sealed record Measurement(int Clients, int Samples, int Timeouts, double? P50, double? P95, double? P99, double? Max,
    double PerSecond, double TimeoutMs, string? Error)
{
    public static Measurement Of(List<double> samples, int timeouts, TimeSpan elapsed, TimeSpan timeout, int clients, string? error)
    {
        samples.Sort();
        var count = samples.Count + timeouts;
        var timeoutMs = timeout.TotalMilliseconds;
        double? Percentile(double p)
        {
            if (count == 0)
            {
                return null;
            }
            var rank = Math.Clamp((int)Math.Ceiling(p * count) - 1, 0, count - 1);
            return rank < samples.Count ? samples[rank] : timeoutMs;
        }
        double? max = count == 0 ? null : timeouts > 0 ? Math.Max(timeoutMs, samples.LastOrDefault()) : samples[^1];
        var perSecond = elapsed > TimeSpan.Zero ? samples.Count / elapsed.TotalSeconds : 0;
        return new Measurement(clients, samples.Count, timeouts, Percentile(0.50), Percentile(0.95), Percentile(0.99), max, perSecond, timeoutMs, error);
    }

    public static Measurement Failed(string error) => new(1, 0, 0, null, null, null, null, 0, 0, error);

    public bool IsLowerBound(double? value) => Timeouts > 0 && value >= TimeoutMs;
}
