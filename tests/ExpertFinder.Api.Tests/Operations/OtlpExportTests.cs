using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Operations;
using GraphQL.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ExpertFinder.Api.Tests.Operations;

/// <summary>With an OTLP endpoint configured, the server sends its traces and metrics there (http/protobuf).</summary>
public sealed class OtlpExportTests
{
    [Theory]
    [InlineData(TelemetryOptions.Section + ":OtlpEndpoint")]
    [InlineData(Telemetry.StandardEndpointSetting)]
    public async Task A_configured_endpoint_receives_the_traces_of_a_search_and_the_search_metrics(string setting)
    {
        await using var collector = await Collector.StartAsync();
        await using var server = await OwnServer.StartAsync(builder =>
        {
            builder.Configuration[setting] = collector.Address;
            builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            // Sent at once rather than every 5 s (spans) and every minute (metrics).
            builder.Configuration["OTEL_BSP_SCHEDULE_DELAY"] = "100";
            builder.Configuration["OTEL_METRIC_EXPORT_INTERVAL"] = "200";
        });
        using var dataset = TestDataset.WithOrganisation("otlp")
            .Add("competences.jsonl", new { key = "otlp-demens", name = "Demens" })
            .Add("people.jsonl", new { key = "otlp-anna", name = "Anna Holm", unit = "otlp-afd", competences = new[] { new { competence = "otlp-demens", level = 3 } } });
        await server.ImportAsync(dataset);

        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Contract.ExpertsQuery, variables = new { q = "demens", n = 5 } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        // A sampled parent of the test's own: its spans are told from those of the other servers in this process.
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await server.Http.SendAsync(request);
        Assert.Contains("otlp-anna", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        string[] scopes = ["Microsoft.AspNetCore", GraphQLTelemetryProvider.SourceName, "Npgsql"];
        var spans = await collector.WaitForAsync("/v1/traces",
            items => scopes.All(scope => items.Any(i => i.Scope == scope && i.TraceId == trace.ToHexString())));
        var metrics = await collector.WaitForAsync("/v1/metrics",
            items => items.Any(i => i.Scope == ExpertFinderMetrics.MeterName && i.MetricName == ExpertFinderMetrics.SearchDuration));

        var ours = spans.Where(i => i.TraceId == trace.ToHexString()).ToList();
        Assert.True(scopes.All(scope => ours.Any(i => i.Scope == scope)),
            "the request's trace lacks a scope: " + string.Join(", ", ours.Select(i => $"{i.Scope}/{i.SpanName}")));
        Assert.All(ours, span => Assert.Equal("ExpertFinder", span.Service));
        Assert.Contains(metrics, i => i.Scope == ExpertFinderMetrics.MeterName && i.MetricName == ExpertFinderMetrics.SearchDuration);
        Assert.All(collector.ContentTypes, type => Assert.Equal("application/x-protobuf", type));
    }

    /// <summary>An OTLP/HTTP receiver on loopback that keeps what it is sent.</summary>
    private sealed class Collector : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly ConcurrentQueue<(string Path, byte[] Body)> received = new();
        private readonly ConcurrentQueue<string> contentTypes = new();

        private Collector(WebApplication app) => this.app = app;

        public string Address => app.Urls.First();

        public IEnumerable<string> ContentTypes => contentTypes;

        public static async Task<Collector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var collector = new Collector(app);
            app.MapPost("/v1/{signal}", async (HttpContext http) =>
            {
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body);
                collector.contentTypes.Enqueue(http.Request.ContentType ?? "");
                collector.received.Enqueue((http.Request.Path, body.ToArray()));
                // An empty message is a full success in OTLP.
                http.Response.ContentType = "application/x-protobuf";
            });
            await app.StartAsync();
            return collector;
        }

        /// <summary>
        /// What has been sent to <paramref name="path"/> once it satisfies <paramref name="enough"/>, or after 15
        /// seconds whatever there is. (The collector's own requests are traced too, by the server's pipeline, which
        /// listens to every ASP.NET Core app in the process: exports do not stop while the server runs.)
        /// </summary>
        public async Task<List<OtlpPayloads.Item>> WaitForAsync(string path, Func<List<OtlpPayloads.Item>, bool> enough)
        {
            for (var waited = 0; ; waited++)
            {
                var items = received.Where(r => r.Path == path).SelectMany(r => OtlpPayloads.Items(r.Body)).ToList();
                if (enough(items) || waited == 150)
                {
                    return items;
                }
                await Task.Delay(100);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
