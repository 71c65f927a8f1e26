using System.Text.Json;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Tools.Bench;

namespace ExpertFinder.Tools.Tests.Bench;

/// <summary>
/// `./expertfinder bench` on the demo data with a tiny budget, once for the class: every row is measured and written,
/// and rows that fail (an engine that throws before measuring, one whose work throws, one whose queries never finish)
/// are reported as such while the rows after them are still measured.
/// </summary>
public sealed class BenchRunTests(BenchRunTests.Run run) : IClassFixture<BenchRunTests.Run>
{
    private static readonly string[] StandardRows =
        [
            "lucene-core", "inprocess", "inprocess-page", "http-contract", "http-page", "lucene-core-32", "inprocess-32", "http-contract-32",
            "suggest", "freshness", "pgfts",
        ];

    [Fact]
    public void Every_row_is_in_the_json_with_samples_and_ordered_percentiles()
    {
        var rows = run.JsonRows();
        foreach (var id in StandardRows)
        {
            var row = rows.SingleOrDefault(r => r.GetProperty("id").GetString() == id);
            Assert.True(row.ValueKind == JsonValueKind.Object, $"no row {id} in {run.JsonText}");
            Assert.False(row.TryGetProperty("error", out var error), $"{id}: {error}");
            Assert.True(row.GetProperty("samples").GetInt32() > 0, id);
            Assert.True(row.GetProperty("p50").GetDouble() <= row.GetProperty("p99").GetDouble(), id);
        }
        using var json = JsonDocument.Parse(run.JsonText);
        var report = json.RootElement;
        var demoDocuments = File.ReadLines(Path.Combine(CheckoutPaths.Root, "seed", "demo", "documents.jsonl")).Count(line => line.Trim().Length > 0);
        Assert.Equal(demoDocuments, report.GetProperty("documents").GetInt32());
        Assert.True(report.GetProperty("importDocumentsPerSecond").GetDouble() > 0);
        Assert.True(report.GetProperty("rebuildDocumentsPerSecond").GetDouble() > 0);
        Assert.True(report.GetProperty("peakRssMiB").GetDouble() > 0);
        // At most the samples asked for (fewer when the row's budget runs out first).
        Assert.InRange(rows.Single(r => r.GetProperty("id").GetString() == "freshness").GetProperty("samples").GetInt32(), 1, 3);
        foreach (var id in new[] { "lucene-core-32", "inprocess-32", "http-contract-32" })
        {
            Assert.Equal(32, rows.Single(r => r.GetProperty("id").GetString() == id).GetProperty("clients").GetInt32());
        }
    }

    [Fact]
    public void The_rows_waited_for_a_quiet_machine_and_the_report_says_that_it_never_came()
    {
        using var json = JsonDocument.Parse(run.JsonText);
        // The run asks for a machine that is never quiet enough (no busy share is below 0), for a short while.
        Assert.False(json.RootElement.GetProperty("settled").GetBoolean());
        Assert.True(json.RootElement.GetProperty("settleSeconds").GetDouble() >= Run.SettleTimeout.TotalSeconds);
        Assert.Contains("the machine still busy", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_after_lucene_core_are_ratios_to_it_and_each_row_is_printed_as_a_table_row()
    {
        var core = run.Report.Rows.Single(r => r.Id == BenchReport.Core);
        var inProcess = run.Report.Rows.Single(r => r.Id == "inprocess");
        Assert.Null(core.RatioToCore);
        Assert.Equal(Math.Round(inProcess.P50!.Value / core.P50!.Value, 2), inProcess.RatioToCore!.Value, 2);
        foreach (var id in StandardRows.Append("engine-broke").Append("work-throws").Append("never-finishes"))
        {
            Assert.Contains($"\n| {id} |", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_failing_engine_is_reported_in_its_row_and_the_next_rows_are_still_measured()
    {
        var rows = run.Report.Rows.Select(r => r.Id).ToList();
        Assert.Equal(["lucene-core", "engine-broke", "work-throws", "never-finishes", .. StandardRows[1..]], rows);
        var broke = run.Report.Rows.Single(r => r.Id == "engine-broke");
        Assert.Contains("InvalidOperationException: the engine could not start", broke.Error, StringComparison.Ordinal);
        Assert.Equal(0, broke.Samples);
        var throws = run.Report.Rows.Single(r => r.Id == "work-throws");
        Assert.Contains("InvalidDataException: the fourth call failed", throws.Error, StringComparison.Ordinal);
        // The warm-up's two calls succeeded, then one measured call before the failure, which is kept.
        Assert.Equal(1, throws.Samples);
        Assert.True(run.Report.Rows.Single(r => r.Id == "inprocess").Samples > 0);
    }

    [Fact]
    public void A_query_past_its_timeout_is_counted_and_cancelled_and_its_row_goes_on()
    {
        var slow = run.Report.Rows.Single(r => r.Id == "never-finishes");
        Assert.Null(slow.Error);
        Assert.Equal(0, slow.Samples);
        Assert.True(slow.Timeouts > 0);
        // A percentile on a timed-out query is the timeout: a lower bound, marked as such in the table.
        Assert.Equal(Run.ShortTimeout.TotalMilliseconds, slow.P50);
        Assert.Contains("| never-finishes |", run.Output, StringComparison.Ordinal);
        Assert.Contains("| ≥150.00 |", run.Output, StringComparison.Ordinal);
        // Every abandoned query was told to stop: the measured ones and the warm-up's one.
        Assert.Equal(slow.Timeouts + 1, run.Cancelled);
    }

    [Fact]
    public void The_json_already_held_the_rows_before_a_failing_one()
    {
        Assert.Contains("\"id\": \"lucene-core\"", run.JsonWhenEngineBroke, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\": \"inprocess\"", run.JsonWhenEngineBroke, StringComparison.Ordinal);
    }

    public sealed class Run : IAsyncLifetime
    {
        public static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(150);

        public static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(1);

        private readonly string jsonPath = Path.Combine(Path.GetTempPath(), $"ef-bench-test-{Guid.NewGuid():N}.json");
        private int cancelled;

        public BenchReport Report { get; private set; } = null!;

        public string Output { get; private set; } = "";

        public string JsonText { get; private set; } = "";

        public string JsonWhenEngineBroke { get; private set; } = "";

        public int Cancelled => cancelled;

        public IReadOnlyList<JsonElement> JsonRows()
        {
            using var json = JsonDocument.Parse(JsonText);
            return json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Clone()).ToList();
        }

        public async ValueTask InitializeAsync()
        {
            var settings = new BenchSettings
            {
                Rounds = 2,
                RowBudget = TimeSpan.FromMilliseconds(600),
                QueryTimeout = TimeSpan.FromSeconds(20),
                FreshnessSamples = 3,
                SettleTimeout = SettleTimeout,
                SettleBusyShare = 0,
                JsonPath = jsonPath,
                ArrangeEngines = engines => [engines[0], .. Failing(), .. engines.Skip(1)],
            };
            using var output = new StringWriter();
            Report = await LatencyBench.RunAsync(Path.Combine(CheckoutPaths.Root, "seed", "demo"), settings, output);
            Output = output.ToString();
            JsonText = await File.ReadAllTextAsync(jsonPath);
        }

        private BenchEngine[] Failing()
        {
            // The warm-up stops after its first item when that one times out.
            var limits = new Latency.Limits(2, TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(100), ShortTimeout);
            var calls = 0;
            return
            [
                new("engine-broke", "an engine that throws before it measures anything", () =>
                {
                    JsonWhenEngineBroke = File.ReadAllText(jsonPath);
                    throw new InvalidOperationException("the engine could not start");
                }),
                new("work-throws", "work that fails on its fourth call", () => Latency.MeasureAsync(["a", "b"], 1, limits,
                    Latency.InProcess<string>(_ =>
                    {
                        if (++calls == 4)
                        {
                            throw new InvalidDataException("the fourth call failed");
                        }
                    }))),
                new("never-finishes", "work that only ends when cancelled", () => Latency.MeasureAsync(["a", "b"], 1, limits,
                    Latency.Timed<string>(async (_, cancel) =>
                    {
                        try
                        {
                            await Task.Delay(Timeout.Infinite, cancel);
                        }
                        catch (OperationCanceledException)
                        {
                            Interlocked.Increment(ref cancelled);
                            throw;
                        }
                    }))),
            ];
        }

        public ValueTask DisposeAsync()
        {
            File.Delete(jsonPath);
            return ValueTask.CompletedTask;
        }
    }
}
