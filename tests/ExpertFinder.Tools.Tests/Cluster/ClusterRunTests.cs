using System.Text.RegularExpressions;
using ExpertFinder.Tools.Cluster;

namespace ExpertFinder.Tools.Tests.Cluster;

/// <summary>
/// A short cluster run: three server processes on one database, writes round robin, one server stopped and started
/// again meanwhile; every acknowledged write is found through all three, the stopped one included, and the report ends
/// with its summary line.
/// </summary>
public sealed class ClusterRunTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Every_write_through_any_server_is_found_on_all_three_also_on_the_one_stopped_and_started_again()
    {
        using var progress = new StringWriter();
        using var output = new StringWriter();

        var result = await ClusterRun.RunAsync(new ClusterSettings(3, TimeSpan.FromSeconds(6), 5), progress);
        var report = result.Report;
        report.Print(output, result.Urls);
        log.WriteLine(output.ToString());

        var acknowledged = result.Writes.Where(w => w.AcknowledgedMs is not null).ToList();
        Assert.True(acknowledged.Count >= 20, $"{acknowledged.Count} of {result.Writes.Count} writes acknowledged:\n{string.Join('\n', result.Writes.Select(w => w.Failure))}\n{progress}");
        Assert.All(acknowledged, w => Assert.All(w.FoundMs, found => Assert.NotNull(found)));
        Assert.Equal(0, report.Lost);
        // Round robin: every server took writes, the one stopped too (before and after its stop).
        Assert.Equal([0, 1, 2], acknowledged.Select(w => w.Server).Distinct().Order());
        Assert.Equal(0, report.Outage!.ExitCode);
        Assert.True(report.CatchUpWrites > 0, progress.ToString());
        Assert.NotNull(report.CaughtUpMs);
        Assert.Matches(new Regex(@"\nwrites=\d+ p50ms=\d+ p99ms=\d+ caughtup_ms=\d+ lost=0\r?\n$"), output.ToString());
    }
}
