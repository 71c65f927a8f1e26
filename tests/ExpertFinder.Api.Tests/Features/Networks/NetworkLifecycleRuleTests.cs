using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Writes;

namespace ExpertFinder.Api.Tests.Features.Networks;

/// <summary>The one transition rule over every pair of statuses, and the dates it derives, without a server.</summary>
public sealed class NetworkLifecycleRuleTests
{
    private static readonly string[] Statuses = ["proposed", "active", "testing", "evaluated", "closed"];

    /// <summary>Rows: from (new, then each status); columns: to, in <see cref="Statuses"/> order. + allowed, x refused, c already closed.</summary>
    private const string WithoutTestPhase = """
        new       + + x x x
        proposed  + + x x +
        active    x + + + +
        testing   x x + + +
        evaluated x x x + +
        closed    x x x x c
        """;

    /// <summary>The same, but a welfare network does not skip testing on its way to evaluated or closed.</summary>
    private const string WithTestPhase = """
        new       + + x x x
        proposed  + + x x +
        active    x + + x x
        testing   x x + + +
        evaluated x x x + +
        closed    x x x x c
        """;

    [Theory]
    [InlineData("learning", WithoutTestPhase)]
    [InlineData("welfare", WithTestPhase)]
    [InlineData("innovation", WithoutTestPhase)]
    [InlineData("leadership", WithoutTestPhase)]
    [InlineData("professional", WithoutTestPhase)]
    [InlineData("project", WithoutTestPhase)]
    public void Every_pair_of_statuses_is_allowed_or_refused_as_the_table_says(string kind, string table)
    {
        var lifecycle = new NetworkLifecycle(new NetworkLifecycleOptions());

        var actual = string.Join("\n", new string?[] { null }.Concat(Statuses).Select(from =>
            $"{from ?? "new",-9} " + string.Join(" ", Statuses.Select(to => lifecycle.Check(kind, from, to) switch
            {
                null => "+",
                { Code: MutationErrorCode.InvalidTransition } => "x",
                { Code: MutationErrorCode.AlreadyClosed } => "c",
                var other => other.Code.ToString(),
            }))));

        Assert.Equal(table.ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void The_test_phase_comes_from_configuration_and_brings_the_testing_rule_with_it()
    {
        var lifecycle = new NetworkLifecycle(new NetworkLifecycleOptions { Learning = new KindLength { Months = 4, TestPhaseMonths = 2 }, Welfare = new KindLength { Months = 6 } });

        Assert.Equal(MutationErrorCode.InvalidTransition, lifecycle.Check("learning", "active", "closed")?.Code);
        Assert.Null(lifecycle.Check("welfare", "active", "closed"));
        Assert.Equal(new DateOnly(2025, 7, 1), lifecycle.ExpectedEnd(Network("learning", "testing", new DateOnly(2025, 1, 1))));
    }

    [Fact]
    public void The_expected_end_follows_the_kind_and_the_status()
    {
        var lifecycle = new NetworkLifecycle(new NetworkLifecycleOptions());
        var started = new DateOnly(2025, 1, 15);

        Assert.Equal(new DateOnly(2025, 6, 15), lifecycle.ExpectedEnd(Network("learning", "active", started)));
        Assert.Equal(new DateOnly(2025, 7, 15), lifecycle.ExpectedEnd(Network("welfare", "active", started)));
        Assert.Equal(new DateOnly(2025, 10, 15), lifecycle.ExpectedEnd(Network("welfare", "testing", started)));
        Assert.Null(lifecycle.ExpectedEnd(Network("innovation", "active", started)));
        Assert.Null(lifecycle.ExpectedEnd(Network("leadership", "active", started)));
        Assert.Null(lifecycle.ExpectedEnd(Network("professional", "active", started)));
        Assert.Null(lifecycle.ExpectedEnd(Network("learning", "proposed", null)));
        Assert.Equal(new DateOnly(2025, 3, 1), lifecycle.ExpectedEnd(Network("project", "active", started, new DateOnly(2025, 3, 1))));
        Assert.Null(lifecycle.ExpectedEnd(Network("project", "active", started)));
    }

    [Fact]
    public void Overdue_means_running_past_the_expected_end()
    {
        var lifecycle = new NetworkLifecycle(new NetworkLifecycleOptions());
        var started = new DateOnly(2025, 1, 15);

        Assert.False(lifecycle.Overdue(Network("learning", "active", started), new DateOnly(2025, 6, 15)));
        Assert.True(lifecycle.Overdue(Network("learning", "active", started), new DateOnly(2025, 6, 16)));
        Assert.True(lifecycle.Overdue(Network("welfare", "testing", started), new DateOnly(2025, 10, 16)));
        Assert.False(lifecycle.Overdue(Network("welfare", "testing", started), new DateOnly(2025, 10, 15)));
        Assert.False(lifecycle.Overdue(Network("learning", "evaluated", started), new DateOnly(2030, 1, 1)));
        Assert.False(lifecycle.Overdue(Network("learning", "closed", started), new DateOnly(2030, 1, 1)));
        Assert.False(lifecycle.Overdue(Network("innovation", "active", started), new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Starting_sets_started_only_when_missing_and_closing_sets_ended()
    {
        var today = new DateOnly(2026, 3, 3);
        var proposed = Network("learning", "proposed", null);
        var restarted = Network("learning", "proposed", new DateOnly(2025, 1, 1));
        var running = Network("project", "active", new DateOnly(2025, 1, 1), new DateOnly(2099, 1, 1));

        NetworkLifecycle.Apply(proposed, "active", null, today);
        NetworkLifecycle.Apply(restarted, "active", new DateOnly(2026, 2, 2), today);
        NetworkLifecycle.Apply(running, "closed", new DateOnly(2026, 1, 31), today);

        Assert.Equal(("active", today), (proposed.Status, proposed.Started!.Value));
        Assert.Equal(new DateOnly(2025, 1, 1), restarted.Started);
        Assert.Equal(("closed", new DateOnly(2026, 1, 31)), (running.Status, running.Ended!.Value));
    }

    private static Network Network(string kind, string status, DateOnly? started, DateOnly? ended = null) =>
        new() { Key = "n", Name = "N", Kind = kind, Status = status, Started = started, Ended = ended };
}
