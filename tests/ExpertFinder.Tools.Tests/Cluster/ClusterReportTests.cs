using ExpertFinder.Tools.Cluster;

namespace ExpertFinder.Tools.Tests.Cluster;

/// <summary>What a cluster run reports from its writes: freshness per server and overall, the stopped server's catch-up, what was lost, and the exit code.</summary>
public sealed class ClusterReportTests
{
    [Fact]
    public void Freshness_is_from_the_acknowledgement_to_the_first_search_that_found_the_write_on_each_server()
    {
        var writes = new[]
        {
            Write(0, acknowledged: 100, 110, 150, 300),
            Write(1, acknowledged: 200, 230, 210, 260),
        };

        var report = new ClusterReport(writes, 3, outage: null);

        Assert.Equal((2, 30.0, 30.0), (report.PerServer[0].Samples, report.PerServer[0].P99!.Value, report.PerServer[0].Max!.Value));
        Assert.Equal((10.0, 50.0), (report.PerServer[1].P50!.Value, report.PerServer[1].Max!.Value));
        Assert.Equal(200, report.PerServer[2].Max);
        Assert.Equal(6, report.Overall.Samples);
        Assert.Equal(200, report.Everywhere.Max);
        Assert.Equal(60, report.Everywhere.P50);
        Assert.Equal((0, 0), (report.Lost, report.ExitCode));
        Assert.Equal("writes=2 p50ms=30 p99ms=200 caughtup_ms=- lost=0", report.Summary);
    }

    [Fact]
    public void A_write_some_server_never_found_is_lost_and_the_run_fails()
    {
        var writes = new[] { Write(0, acknowledged: 100, 110, 120, 130), Write(1, acknowledged: 200, 210, null, 230) };

        var report = new ClusterReport(writes, 3, outage: null);

        Assert.Equal(1, report.Lost);
        Assert.Equal([0, 1, 0], report.NotFound);
        Assert.Equal(1, report.ExitCode);
        Assert.EndsWith("lost=1", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_that_was_never_acknowledged_is_neither_counted_nor_lost()
    {
        var writes = new[] { Write(0, acknowledged: 100, 110, 120, 130), Write(1, acknowledged: null, null, null, null) };

        var report = new ClusterReport(writes, 3, outage: null);

        Assert.Equal((1, 1, 0, 0), (report.Writes, report.Failed, report.Lost, report.ExitCode));
    }

    [Fact]
    public void Freshness_above_a_second_at_the_99th_percentile_fails_the_run()
    {
        var writes = Enumerable.Range(0, 10).Select(i => Write(i, acknowledged: i * 1000, i * 1000 + 5, i * 1000 + 5, i * 1000 + (i == 9 ? 1500 : 5))).ToArray();

        var report = new ClusterReport(writes, 3, outage: null);

        Assert.Equal(1500, report.Overall.P99);
        Assert.Equal(0, report.Lost);
        Assert.Equal(1, report.ExitCode);
    }

    [Fact]
    public void The_stopped_server_s_catch_up_is_the_writes_it_lacked_when_it_went_down_and_not_its_freshness()
    {
        var outage = new ServerOutage(Server: 2, StoppedMs: 1000, StartedMs: 3000, AnsweringMs: 4000, ExitCode: 0);
        var writes = new[]
        {
            Write(0, acknowledged: 500, 510, 520, 530),     // found everywhere before the stop: freshness
            Write(1, acknowledged: 990, 995, 998, 4100),    // not yet on server 3 when it stopped: catch-up
            Write(2, acknowledged: 2000, 2010, 2020, 4300), // made while it was down: catch-up
            Write(3, acknowledged: 5000, 5010, 5020, 5040), // after it answered again: freshness
        };

        var report = new ClusterReport(writes, 3, outage);

        Assert.Equal(2, report.CatchUpWrites);
        Assert.Equal(1300, report.CaughtUpMs);
        Assert.Equal(2, report.PerServer[2].Samples);
        Assert.Equal(40, report.PerServer[2].Max);
        Assert.Equal(4, report.PerServer[0].Samples);
        Assert.Equal("writes=4 p50ms=10 p99ms=40 caughtup_ms=1300 lost=0", report.Summary);
    }

    [Fact]
    public void A_stopped_server_that_never_finds_what_it_missed_has_not_caught_up()
    {
        var outage = new ServerOutage(Server: 1, StoppedMs: 1000, StartedMs: 3000, AnsweringMs: 4000, ExitCode: 0);
        var writes = new[] { Write(0, acknowledged: 2000, 2010, null) };

        var report = new ClusterReport(writes, 2, outage);

        Assert.Null(report.CaughtUpMs);
        Assert.Equal(1, report.Lost);
        Assert.Equal("writes=1 p50ms=10 p99ms=10 caughtup_ms=- lost=1", report.Summary);
    }

    private static ClusterWrite Write(int number, double? acknowledged, params double?[] found)
    {
        var write = new ClusterWrite(number, $"zq{number}", number % found.Length, found.Length) { AcknowledgedMs = acknowledged };
        found.CopyTo(write.FoundMs, 0);
        return write;
    }
}
