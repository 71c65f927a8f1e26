using ExpertFinder.Tools.Testing;

namespace ExpertFinder.Tools.Tests.Testing;

/// <summary>The last line of `./expertfinder test`, summed from the .trx files of the test projects.</summary>
public sealed class TestRunSummaryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ef-trx-").FullName;

    [Fact]
    public void Counts_add_up_over_the_projects_and_failures_include_errors_timeouts_and_aborts()
    {
        var summary = TestRunSummary.Read([
            Trx("a", """<Counters total="10" executed="10" passed="9" failed="1" error="0" timeout="0" aborted="0" notExecuted="0" />"""),
            Trx("b", """<Counters total="5" executed="4" passed="2" failed="0" error="1" timeout="1" aborted="0" notExecuted="0" />"""),
        ]);

        Assert.Equal((11, 3, 1), (summary.Passed, summary.Failed, summary.Skipped));
        Assert.Equal("11 passed, 3 failed, 1 skipped", summary.Line);
        Assert.False(summary.Green);
    }

    [Fact]
    public void A_green_run_says_so_and_leaves_skips_out_of_the_line()
    {
        var summary = TestRunSummary.Read([Trx("a", """<Counters total="3" executed="3" passed="3" failed="0" />""")]);

        Assert.True(summary.Green);
        Assert.Equal("3 passed, 0 failed", summary.Line);
    }

    [Fact]
    public void No_file_no_counters_or_no_test_run_is_not_green()
    {
        Assert.False(TestRunSummary.Read([]).Green);
        Assert.False(TestRunSummary.Read([Trx("a", "<Results />")]).Green);
        var none = TestRunSummary.Read([Trx("b", """<Counters total="0" executed="0" passed="0" failed="0" />""")]);
        Assert.False(none.Green);
        Assert.Equal("0 passed, 0 failed", none.Line);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Trx(string name, string counters)
    {
        var path = Path.Combine(folder, name + ".trx");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <ResultSummary outcome="Completed">{counters}</ResultSummary>
            </TestRun>
            """);
        return path;
    }
}
