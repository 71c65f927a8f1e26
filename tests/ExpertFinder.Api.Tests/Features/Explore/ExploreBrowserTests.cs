using System.Text.Json;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Features.Explore;

/// <summary>The explore page in headless Chromium (Debian's, driven by playwright-core) on the demo data.</summary>
public sealed class ExploreBrowserTests(ServerFixture server, ITestOutputHelper output) : IClassFixture<ServerFixture>
{
    private const string GraphQuery = "query($level: GraphLevel!, $filter: NetworkGraphFilter) { networkGraph(level: $level, filter: $filter) { nodes { id label } } }";

    private static readonly string DemoFolder = Path.Combine(NodeTools.RepositoryRoot(), "seed", "demo");

    /// <summary>Where the picture of the drawn demo graph is left after every run, for people to look at.</summary>
    private static readonly string Screenshot = Path.Combine(NodeTools.RepositoryRoot(), ".data", "test-artifacts", "explore-demo.png");

    [Fact]
    public async Task The_demo_graph_is_drawn_filtered_searched_and_explained_without_hidden_people()
    {
        var (summary, counts) = await new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>()).RunAsync(DemoFolder, null, CancellationToken.None);
        Assert.True(counts is not null, string.Join(Environment.NewLine, summary.Errors));
        await server.Services.GetRequiredService<IndexSynchronizer>().DrainAsync(CancellationToken.None);
        Directory.CreateDirectory(Path.GetDirectoryName(Screenshot)!);
        File.Delete(Screenshot);

        var (exitCode, stdout, errors) = await NodeTools.RunAsync(Path.Combine(NodeTools.RepositoryRoot(), "tests", "ExpertFinder.Api.Tests", "Features", "Explore", "explore.mjs"),
            TimeSpan.FromMinutes(3), new Uri(server.Http.BaseAddress!, "/explore").ToString(), Screenshot, "Lotte Bech", "randers",
            // Person-level graphs and exports are for analysts: the page is opened by Lotte (Aarhus) as an analyst, and
            // every answer it is compared with is asked with the same token, so both see what she may see.
            await AnalystTokenAsync());

        var result = string.IsNullOrEmpty(stdout) ? default : JsonDocument.Parse(stdout).RootElement;
        Assert.True(exitCode == 0 && result.ValueKind == JsonValueKind.Object, $"exit {exitCode}: {stdout} {errors}");
        Assert.Empty(result.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        var steps = result.GetProperty("steps");
        // In the test's own output and on the runner's console, so that a plain ./expertfinder test shows where it is.
        output.WriteLine($"Screenshot of the drawn demo graph: {Screenshot}");
        await Console.Error.WriteLineAsync($"Screenshot of the drawn demo graph: {Screenshot}");

        // Drawn as the server answers, level by level and filter by filter.
        var initial = steps.GetProperty("initial");
        var departments = await GraphLabelsAsync("DEPARTMENT", null);
        Assert.Equal("ready", initial.GetProperty("state").GetString());
        Assert.True(departments.Count > 0);
        Assert.Equal(departments.Order(), Labels(initial).Order());
        Assert.True(initial.GetProperty("edgeCount").GetInt32() > 0);
        Assert.True(new FileInfo(Screenshot).Length > 20_000, "the screenshot is missing or blank");

        var municipalityOptions = steps.GetProperty("municipalityOptions").EnumerateArray().Select(o => o.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Alle kommuner", "Aarhus Kommune", "Randers Kommune", "Skanderborg Kommune"], municipalityOptions);
        var competenceOptions = steps.GetProperty("competenceOptions").EnumerateArray().Select(o => o.GetString()).ToList();
        Assert.Equal(1 + File.ReadLines(Path.Combine(DemoFolder, "competences.jsonl")).Count(line => line.Length > 0), competenceOptions.Count);
        Assert.Contains("Personalejura", competenceOptions);

        var person = steps.GetProperty("person");
        var people = await GraphLabelsAsync("PERSON", null);
        Assert.Equal(people.Order(), Labels(person).Order());
        Assert.NotEqual(departments.Count, people.Count);

        var randers = steps.GetProperty("municipality");
        var randersPeople = await GraphLabelsAsync("PERSON", new { municipality = "randers" });
        Assert.Equal(randersPeople.Order(), Labels(randers).Order());
        Assert.InRange(randersPeople.Count, 1, people.Count - 1);
        Assert.Contains("municipality=randers", randers.GetProperty("exportUrl").GetString(), StringComparison.Ordinal);
        Assert.Contains("level=PERSON", randers.GetProperty("exportUrl").GetString(), StringComparison.Ordinal);
        var exports = steps.GetProperty("exports").EnumerateArray().ToList();
        Assert.Equal(3, exports.Count);
        foreach (var export in exports)
        {
            Assert.Equal(200, export.GetProperty("status").GetInt32());
            Assert.All(randersPeople, name => Assert.Contains(name, export.GetProperty("text").GetString(), StringComparison.Ordinal));
        }
        Assert.Contains("<graphml", exports[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("<gexf", exports[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(exports[2].GetProperty("text").GetString()!).RootElement.ValueKind);

        // Search and details speak the demo data.
        var search = steps.GetProperty("search");
        Assert.Equal("Lotte Bech Sørensen", search.GetProperty("label").GetString());
        Assert.Contains("Personalejura", search.GetProperty("details").GetString(), StringComparison.Ordinal);
        var details = steps.GetProperty("details");
        Assert.Contains(details.GetProperty("label").GetString()!, details.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Medarbejdere", details.GetProperty("text").GetString(), StringComparison.Ordinal);

        // Hidden people show nowhere: not drawn, not in any panel, list or table.
        var hidden = HiddenDemoPeople();
        Assert.NotEmpty(hidden);
        foreach (var step in new[] { initial, person, randers })
        {
            foreach (var name in hidden)
            {
                Assert.DoesNotContain(name, Labels(step));
                Assert.DoesNotContain(name, step.GetProperty("text").GetString(), StringComparison.Ordinal);
            }
        }
        Assert.All(hidden, name => Assert.DoesNotContain(name, details.GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.All(exports, export => Assert.All(hidden, name => Assert.DoesNotContain(name, export.GetProperty("text").GetString(), StringComparison.Ordinal)));
    }

    private static List<string> Labels(JsonElement step) =>
        step.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();

    private string? analystToken;

    private async Task<string> AnalystTokenAsync() => analystToken ??= await server.TokenForAsync("p-lotte-bech", ExpertFinder.Api.Security.Auth.Role.Analyst);

    private async Task<List<string>> GraphLabelsAsync(string level, object? filter)
    {
        var json = await server.QueryAsync(GraphQuery, new { level, filter }, await AnalystTokenAsync());
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("networkGraph").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("label").GetString()!).ToList();
    }

    private static List<string> HiddenDemoPeople() =>
        File.ReadLines(Path.Combine(DemoFolder, "people.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(p => p.TryGetProperty("visibility", out var v) && v.GetString() == "hidden")
            .Select(p => p.GetProperty("name").GetString()!)
            .ToList();
}
