using ExpertFinder.Tools.Bench;

namespace ExpertFinder.Tools.Tests.Bench;

public sealed class MachineQuietTests
{
    [Fact]
    public void The_busy_share_counts_everything_but_idle_and_io_wait_and_leaves_guest_time_out()
    {
        // user nice system idle iowait irq softirq steal guest guest_nice
        var before = MachineQuiet.Parse("cpu  100 0 50 800 50 0 0 0 999 999")!.Value;
        var after = MachineQuiet.Parse("cpu  400 0 150 1300 150 0 0 0 1999 1999")!.Value;
        Assert.Equal(150, before.Busy);
        Assert.Equal(1000, before.Total);
        // 400 busy ticks of 1000 between the readings.
        Assert.Equal(0.4, MachineQuiet.BusyShare(before, after), 6);
    }

    [Theory]
    [InlineData("cpu0 1 2 3 4 5")]
    [InlineData("cpu 1 2 x 4 5")]
    [InlineData("cpu 1 2")]
    public void A_line_that_is_not_the_machine_total_is_not_read(string line) => Assert.Null(MachineQuiet.Parse(line));

    [Fact]
    public async Task A_machine_quieter_than_asked_ends_the_wait_after_two_windows()
    {
        var outcome = await MachineQuiet.WaitAsync(busyShare: 1.01, TimeSpan.FromSeconds(30), window: TimeSpan.FromMilliseconds(50));
        Assert.True(outcome.Quiet);
        Assert.InRange(outcome.Waited, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_machine_never_quiet_enough_ends_the_wait_at_the_timeout_and_says_so()
    {
        var outcome = await MachineQuiet.WaitAsync(busyShare: 0, TimeSpan.FromMilliseconds(400), window: TimeSpan.FromMilliseconds(50));
        Assert.False(outcome.Quiet);
        Assert.True(outcome.Waited >= TimeSpan.FromMilliseconds(400));
        Assert.NotNull(outcome.LastBusyShare);
    }
}
