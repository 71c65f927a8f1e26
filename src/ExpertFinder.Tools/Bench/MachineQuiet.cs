using System.Diagnostics;
using System.Globalization;

namespace ExpertFinder.Tools.Bench;

/// <summary>
/// Waits until the machine's processors are nearly idle, so that the first rows are not measured beside the tail of
/// the import and rebuild (index merges, PostgreSQL's checkpoints and autovacuum). The one-minute load average is no
/// guide for this: it lags the machine by about a minute either way. This reads the processors' busy share from
/// /proc/stat over one-second windows instead.
/// </summary>
public static class MachineQuiet
{
    /// <summary>How the wait ended: whether the machine was quiet, after how long, and its busy share last seen (0–1).</summary>
    public sealed record Outcome(bool Quiet, TimeSpan Waited, double? LastBusyShare);

    /// <summary>
    /// Returns once two windows in a row were busy less than <paramref name="busyShare"/> of all processors, or when
    /// <paramref name="timeout"/> has passed (then not quiet). Where /proc/stat cannot be read, returns at once.
    /// </summary>
    public static async Task<Outcome> WaitAsync(double busyShare, TimeSpan timeout, TimeSpan? window = null)
    {
        var step = window ?? TimeSpan.FromSeconds(1);
        var clock = Stopwatch.StartNew();
        if (Read() is not { } before)
        {
            return new Outcome(false, TimeSpan.Zero, null);
        }
        var quietWindows = 0;
        double? last = null;
        while (clock.Elapsed < timeout)
        {
            await Task.Delay(step);
            if (Read() is not { } after)
            {
                return new Outcome(false, clock.Elapsed, last);
            }
            last = BusyShare(before, after);
            before = after;
            quietWindows = last < busyShare ? quietWindows + 1 : 0;
            if (quietWindows == 2)
            {
                return new Outcome(true, clock.Elapsed, last);
            }
        }
        return new Outcome(false, clock.Elapsed, last);
    }

    /// <summary>Processor time counters, all processors together: (busy, total), in the kernel's ticks.</summary>
    internal readonly record struct Ticks(long Busy, long Total);

    /// <summary>The share of the ticks between two readings that the processors were busy (not idle, not waiting on I/O).</summary>
    internal static double BusyShare(Ticks before, Ticks after)
    {
        var total = after.Total - before.Total;
        return total <= 0 ? 0 : Math.Clamp((after.Busy - before.Busy) / (double)total, 0, 1);
    }

    /// <summary>
    /// The first line of /proc/stat: <c>cpu user nice system idle iowait irq softirq steal guest guest_nice</c>. Guest
    /// time is already counted in user and nice, so only the first eight count.
    /// </summary>
    internal static Ticks? Parse(string statLine)
    {
        var fields = statLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5 || fields[0] != "cpu")
        {
            return null;
        }
        long total = 0, idle = 0;
        for (var i = 1; i < Math.Min(fields.Length, 9); i++)
        {
            if (!long.TryParse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                return null;
            }
            total += ticks;
            if (i is 4 or 5)
            {
                idle += ticks;
            }
        }
        return new Ticks(total - idle, total);
    }

    private static Ticks? Read()
    {
        try
        {
            using var reader = new StreamReader("/proc/stat");
            return reader.ReadLine() is { } line ? Parse(line) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
