using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExpertFinder.Api.Http;
using ExpertFinder.Api.Operations;
using ExpertFinder.Tools;

namespace ExpertFinder.Api.Tests.Operations;

/// <summary>
/// The real host (ExpertFinder.Api.dll serve) in the Production environment, its standard output read as a log
/// collector reads it: one JSON object a line, and the request id on every line written while a request is handled.
/// </summary>
public sealed partial class RequestLogTests
{
    [Fact]
    public async Task Outside_development_each_log_line_is_json_and_lines_written_for_a_request_carry_its_id_until_sigterm_stops_the_server()
    {
        await using var database = await ScratchDatabase.CreateAsync("ops_logs", "run the tests with ./expertfinder test");
        var indexPath = Path.Combine(Path.GetTempPath(), "ef-ops-logs-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ExpertFinder.Api.dll"), "serve", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__ExpertFinder"] = database.ConnectionString;
        start.Environment["ConnectionStrings__ExpertFinderOwner"] = "";
        start.Environment["ExpertFinder__IndexPath"] = indexPath;
        start.Environment["ExpertFinder__Auth__AnonymousReads"] = "true";
        // Routing says which endpoint runs, from inside the pipeline: lines written while the request is handled.
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.Routing"] = "Information";
        var lines = new ConcurrentQueue<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lines.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lines.Enqueue(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var url = await WaitForAsync(lines, () => lines.Select(l => Serving().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value);
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            var given = "portal-" + Guid.NewGuid().ToString("N");
            using (var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query={__typename}"))
            {
                request.Headers.Add(RequestIds.Header, given);
                using var response = await http.SendAsync(request);
                Assert.Equal(given, response.Headers.GetValues(RequestIds.Header).Single());
            }
            string assigned;
            using (var response = await http.GetAsync(new Uri("/graphql?query={__typename}", UriKind.Relative)))
            {
                assigned = response.Headers.GetValues(RequestIds.Header).Single();
            }
            // Two lines a request: "Executing endpoint" and "Executed endpoint".
            await WaitForAsync(lines, () => lines.Count(l => l.Contains(assigned, StringComparison.Ordinal)) >= 2 ? "" : null);

            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(stopping.Token);

            var all = lines.ToList();
            Assert.True(process.ExitCode == 0, string.Join('\n', all));
            var logs = all.Where(l => !Serving().IsMatch(l) && !l.StartsWith("ExpertFinder is serving", StringComparison.Ordinal))
                .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
            Assert.All(logs, log => Assert.True(log.TryGetProperty("Category", out _) && log.TryGetProperty("Timestamp", out _), log.GetRawText()));
            // Every line written inside a request (ASP.NET Core's scope names its path) has the request id.
            var inRequests = logs.Where(l => Scopes(l).Any(s => s.TryGetProperty("RequestPath", out _))).ToList();
            Assert.NotEmpty(inRequests);
            Assert.All(inRequests, log => Assert.Single(Scopes(log), s => s.TryGetProperty(RequestLogScope.Field, out _)));
            Assert.Equal(2, inRequests.Count(l => RequestIdOf(l) == given));
            Assert.Equal(2, inRequests.Count(l => RequestIdOf(l) == assigned));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
            if (Directory.Exists(indexPath))
            {
                Directory.Delete(indexPath, recursive: true);
            }
        }
    }

    private static IEnumerable<JsonElement> Scopes(JsonElement log) =>
        log.TryGetProperty("Scopes", out var scopes) ? scopes.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object) : [];

    private static string? RequestIdOf(JsonElement log) =>
        Scopes(log).Select(s => s.TryGetProperty(RequestLogScope.Field, out var id) ? id.GetString() : null).FirstOrDefault(id => id is not null);

    private static async Task<string> WaitForAsync(ConcurrentQueue<string> lines, Func<string?> found)
    {
        for (var waited = 0; waited < 600; waited++)
        {
            if (found() is { } value)
            {
                return value;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the server did not write what was expected within a minute:\n" + string.Join('\n', lines));
    }

    [GeneratedRegex("^ExpertFinder is serving GraphQL at (http://[^ ]+)/graphql$")]
    private static partial Regex Serving();
}
