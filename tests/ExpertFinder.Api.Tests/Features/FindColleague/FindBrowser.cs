using System.Text.Json;
using ExpertFinder.Api.Tests.Http;

namespace ExpertFinder.Api.Tests.Features.FindColleague;

/// <summary>Runs a browser scenario of "Find en kollega" (a script beside this file that uses browser.mjs) and reads its report.</summary>
internal static class FindBrowser
{
    /// <summary>Where screenshots are left after every run, for people to look at.</summary>
    public static readonly string Artifacts = Path.Combine(NodeTools.RepositoryRoot(), ".data", "test-artifacts");

    public static string Artifact(string name)
    {
        Directory.CreateDirectory(Artifacts);
        var path = Path.Combine(Artifacts, name);
        File.Delete(path);
        return path;
    }

    /// <summary>The scenario's steps, after asserting it finished with no problem (page errors, console errors, foreign requests, axe violations).</summary>
    public static async Task<JsonElement> RunAsync(ServerFixture server, string script, params string[] arguments)
    {
        var (exitCode, stdout, errors) = await NodeTools.RunAsync(
            Path.Combine(NodeTools.RepositoryRoot(), "tests", "ExpertFinder.Api.Tests", "Features", "FindColleague", script),
            TimeSpan.FromMinutes(4), [server.Http.BaseAddress!.ToString(), .. arguments]);
        var report = string.IsNullOrEmpty(stdout) ? default : JsonDocument.Parse(stdout).RootElement.Clone();
        Assert.True(exitCode == 0 && report.ValueKind == JsonValueKind.Object, $"exit {exitCode}: {stdout} {errors}");
        Assert.Empty(report.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        return report.GetProperty("steps");
    }

    /// <summary>The names of the demo's hidden people, who must appear nowhere.</summary>
    public static List<string> HiddenDemoPeople() =>
        File.ReadLines(Path.Combine(FindServerFixture.DemoFolder, "people.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(p => p.TryGetProperty("visibility", out var v) && v.GetString() == "hidden")
            .Select(p => p.GetProperty("name").GetString()!)
            .ToList();
}
