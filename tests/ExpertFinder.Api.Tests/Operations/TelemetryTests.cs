using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Operations;
using GraphQL.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace ExpertFinder.Api.Tests.Operations;

/// <summary>
/// What the server measures and traces, seen in process as any listener (dotnet-counters, an OpenTelemetry SDK) sees
/// it. Other servers run in this process at the same time: measurements are told apart by the server's meter
/// factory, activities by a trace id of the test's own.
/// </summary>
public sealed class TelemetryTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static TestDataset Organisation(string p) => TestDataset.WithOrganisation(p)
        .Add("competences.jsonl", new { key = p + "-demens", name = "Demens" })
        .Add("people.jsonl", new { key = p + "-anna", name = "Anna Holm", unit = p + "-afd", competences = new[] { new { competence = p + "-demens", level = 3 } } });

    [Fact]
    public async Task A_search_records_its_latency_in_the_expertfinder_meter()
    {
        var factory = server.Services.GetRequiredService<IMeterFactory>();
        var measurements = new ConcurrentQueue<double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == factory && instrument.Meter.Name == ExpertFinderMetrics.MeterName && instrument.Name == ExpertFinderMetrics.SearchDuration)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => measurements.Enqueue(value));
        listener.Start();

        await server.ExpertKeysAsync("sundhedsfremme");
        await server.ExpertKeysAsync("personalejura");

        Assert.Equal(2, measurements.Count);
        Assert.All(measurements, ms => Assert.InRange(ms, double.Epsilon, 30_000));
    }

    [Fact]
    public void The_index_gauges_show_the_latest_reported_state_and_nothing_before_the_first_report()
    {
        using var services = new ServiceCollection().AddMetrics().AddSingleton<ExpertFinderMetrics>().BuildServiceProvider();
        var metrics = services.GetRequiredService<ExpertFinderMetrics>();
        var factory = services.GetRequiredService<IMeterFactory>();
        var seen = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == factory)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => seen[instrument.Name] = value);
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => seen[instrument.Name] = value);
        listener.Start();

        listener.RecordObservableInstruments();
        var before = seen.ToDictionary();
        metrics.ReportIndexState(lagSeconds: 1.5, outboxDepth: 12, setAside: 0);
        metrics.ReportIndexState(lagSeconds: 2.25, outboxDepth: 7, setAside: 1);
        listener.RecordObservableInstruments();

        Assert.Empty(before);
        Assert.Equal(
            new Dictionary<string, double> { [ExpertFinderMetrics.IndexLag] = 2.25, [ExpertFinderMetrics.OutboxDepth] = 7, [ExpertFinderMetrics.SetAside] = 1 },
            seen.ToDictionary());
    }

    [Fact]
    public async Task A_request_is_traced_with_its_graphql_execution_and_database_commands_beneath_it()
    {
        using var dataset = Organisation("otel");
        await server.ImportAsync(dataset);
        var trace = ActivityTraceId.CreateRandom();
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "Npgsql" || source.Name == GraphQLTelemetryProvider.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == trace)
                {
                    stopped.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        using (var request = new HttpRequestMessage(HttpMethod.Post, "/graphql"))
        {
            request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
            request.Content = new StringContent(JsonSerializer.Serialize(new { query = Contract.ExpertsQuery, variables = new { q = "demens", n = 5 } }),
                Encoding.UTF8, "application/json");
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
            using var response = await server.Http.SendAsync(request);
            Assert.Contains("otel-anna", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // The request's own activity stops once the response is written, which may be just after the client has it.
        for (var waited = 0; waited < 100 && !stopped.Any(a => a.Source.Name == "Microsoft.AspNetCore"); waited++)
        {
            await Task.Delay(50);
        }

        var http = Assert.Single(stopped, a => a.Source.Name == "Microsoft.AspNetCore");
        var graphQL = Assert.Single(stopped, a => a.Source.Name == GraphQLTelemetryProvider.SourceName);
        Assert.Equal(http.SpanId, graphQL.ParentSpanId);
        Assert.Equal("query", graphQL.GetTagItem("graphql.operation.type"));
        Assert.Null(graphQL.GetTagItem("graphql.document"));
        var bySpan = stopped.ToDictionary(a => a.SpanId);
        var commands = stopped.Where(a => a.Source.Name == "Npgsql").ToList();
        Assert.NotEmpty(commands);
        Assert.Contains(commands, command => Ancestors(command, bySpan).Contains(graphQL));
    }

    [Fact]
    public void Without_an_otlp_endpoint_no_telemetry_pipeline_is_set_up()
    {
        Assert.Null(server.Services.GetService<TracerProvider>());
        Assert.Null(server.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    private static IEnumerable<Activity> Ancestors(Activity activity, Dictionary<ActivitySpanId, Activity> bySpan)
    {
        while (bySpan.TryGetValue(activity.ParentSpanId, out var parent))
        {
            yield return parent;
            activity = parent;
        }
    }
}
