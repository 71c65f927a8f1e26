using System.Text.RegularExpressions;
using ExpertFinder.Tools.Generation;
using ExpertFinder.Tools.Load;

namespace ExpertFinder.Tools.Tests.Load;

/// <summary>
/// A short load, 8 clients for 10 seconds (long enough that each kind of read comes up even when the suite's other
/// assemblies keep the processors busy), on a small dataset from the real generator, once for the class: the report's
/// sections come in order and its last line is the one scripts read; nothing failed with a 5xx status, every kind of
/// write was acknowledged, and none of them was lost.
/// </summary>
public sealed partial class LoadRunTests(LoadRunTests.Run run) : IClassFixture<LoadRunTests.Run>
{
    [Fact]
    public void The_last_line_counts_requests_server_errors_and_lost_writes_and_the_p99()
    {
        var last = run.Output.TrimEnd('\n').Split('\n')[^1];
        var match = LastLine().Match(last);

        Assert.True(match.Success, $"last line: {last}");
        Assert.True(int.Parse(match.Groups["requests"].Value) > 0, last);
        Assert.Equal("0", match.Groups["errors5xx"].Value);
        Assert.Equal("0", match.Groups["lost"].Value);
        Assert.True(double.Parse(match.Groups["p99"].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, last);
        Assert.Equal(run.Outcome.LastLine, last);
    }

    [Fact]
    public void Every_kind_of_write_was_acknowledged_and_checked_and_none_was_lost()
    {
        foreach (var operation in new[] { LoadOperations.AskMeAbout, LoadOperations.Document, LoadOperations.SetCompetence })
        {
            Assert.True(run.Outcome.Acknowledged.GetValueOrDefault(operation) > 0, $"no acknowledged {operation}:\n{run.Output}");
        }
        Assert.True(run.Outcome.Checked > 0, run.Output);
        Assert.Equal(0, run.Outcome.Lost);
        Assert.True(run.Outcome.Passed);
    }

    [Fact]
    public void The_sections_come_in_order_with_every_operation_s_percentiles()
    {
        var output = run.Output;
        var sections = new[] { "load: 8 clients for 10 s", "requests: ", "| operation | requests | p50 ms | p95 ms | p99 ms |", "errors: ", "writes: ", "lost writes: 0 of ", "requests=" };
        var positions = sections.Select(s => output.IndexOf(s, StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        foreach (var operation in new[] { LoadOperations.Search, LoadOperations.Person, LoadOperations.Node, LoadOperations.People, LoadOperations.Network, LatencyRecorder.All })
        {
            Assert.Matches($@"\n\| {operation} \| [1-9]\d* \| \d+\.\d \| \d+\.\d \| \d+\.\d \|\n", output);
        }
    }

    [GeneratedRegex(@"^requests=(?<requests>\d+) errors5xx=(?<errors5xx>\d+) lost=(?<lost>\d+) p99ms=(?<p99>\d+\.\d)$")]
    private static partial Regex LastLine();

    public sealed class Run : IAsyncLifetime
    {
        private readonly string dataset = Path.Combine(Path.GetTempPath(), "ef-load-dataset-" + Guid.NewGuid().ToString("N"));

        public LoadOutcome Outcome { get; private set; } = null!;

        public string Output { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            DatasetGenerator.Write(dataset, new GeneratorOptions(People: 300, Documents: 1500));
            using var output = new StringWriter();
            Outcome = await LoadRun.RunAsync(dataset, new LoadSettings(8, TimeSpan.FromSeconds(10)), output, TextWriter.Null, CancellationToken.None, CancellationToken.None);
            Output = output.ToString();
        }

        public ValueTask DisposeAsync()
        {
            Directory.Delete(dataset, recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
