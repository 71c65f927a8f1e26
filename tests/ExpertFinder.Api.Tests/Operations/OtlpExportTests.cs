using System.Collections.Concurrent;
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

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Contract.ExpertsQuery, variables = new { q = "demens", n = 5 } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        using var response = await server.Http.SendAsync(request);
        Assert.Contains("otlp-anna", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The payloads are protobuf; the names of the instrumentation scopes and of the metric are plain UTF-8 in them.
        var traces = await collector.WaitForAsync("/v1/traces", "Npgsql", GraphQLTelemetryProvider.SourceName, "Microsoft.AspNetCore", "ExpertFinder");
        var metrics = await collector.WaitForAsync("/v1/metrics", ExpertFinderMetrics.SearchDuration);

        Assert.True(traces, "no trace payload named the HTTP, GraphQL and Npgsql scopes and the service:\n" + collector.Summary());
        Assert.True(metrics, "no metrics payload held the search duration:\n" + collector.Summary());
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

        /// <summary>Whether, within 15 seconds, a payload to <paramref name="path"/> names all of <paramref name="names"/>.</summary>
        public async Task<bool> WaitForAsync(string path, params string[] names)
        {
            var patterns = names.Select(Encoding.UTF8.GetBytes).ToList();
            for (var waited = 0; waited < 150; waited++)
            {
                // Scopes may come in different batches: all payloads to the path together.
                var all = received.Where(r => r.Path == path).SelectMany(r => r.Body).ToArray();
                if (patterns.All(p => all.AsSpan().IndexOf(p) >= 0))
                {
                    return true;
                }
                await Task.Delay(100);
            }
            return false;
        }

        public string Summary() => string.Join('\n', received.GroupBy(r => r.Path).Select(g => $"{g.Key}: {g.Count()} payload(s)"));

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
