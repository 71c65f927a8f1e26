using System.Text.Json;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Tools.Evaluation.NoisyOrganisation;

namespace ExpertFinder.Tools.Tests.Evaluation;

/// <summary>
/// The committed noisy set (seed/noisy and seed/evaluation/noisy-queries.jsonl) is exactly what the generator and the
/// written rule give, and keeps the promises its description makes.
/// </summary>
public sealed class NoisySetTests : IDisposable
{
    private static readonly string Seed = Path.Combine(CheckoutPaths.Root, "seed");
    private static readonly string CommittedQueries = Path.Combine(Seed, "evaluation", "noisy-queries.jsonl");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "ef-noisy-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Regenerating_gives_the_committed_files_byte_for_byte()
    {
        var queries = Path.Combine(folder, "noisy-queries.jsonl");
        var output = new StringWriter();

        Assert.Equal(0, EvaluationSetCommand.Run(Path.Combine(folder, "noisy"), queries, output));

        foreach (var file in NoisyFiles.DatasetFiles)
        {
            var made = File.ReadAllBytes(Path.Combine(folder, "noisy", file));
            Assert.True(made.Length > 0, $"{file} is empty");
            Assert.True(made.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Seed, "noisy", file))),
                $"seed/noisy/{file} is not what ./expertfinder evaluation-set writes; run it and commit the result");
        }
        Assert.True(File.ReadAllBytes(queries).AsSpan().SequenceEqual(File.ReadAllBytes(CommittedQueries)),
            "seed/evaluation/noisy-queries.jsonl is not what ./expertfinder evaluation-set writes; run it and commit the result");
        Assert.Contains("73 queries", output.ToString(), StringComparison.Ordinal);
    }

    private static List<JsonElement> Lines(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void The_committed_queries_judge_only_visible_people_never_the_viewer_and_each_has_someone_graded_2_or_3()
    {
        var visibility = Lines(Path.Combine(Seed, "noisy", "people.jsonl"))
            .ToDictionary(p => p.GetProperty("key").GetString()!, p => p.TryGetProperty("visibility", out var v) ? v.GetString()! : "organisation");
        var queries = Lines(CommittedQueries);

        Assert.InRange(queries.Count, 64, 200);
        foreach (var query in queries)
        {
            var id = query.GetProperty("id").GetString();
            var judgments = query.GetProperty("judgments").EnumerateObject().ToDictionary(j => j.Name, j => j.Value.GetInt32());
            Assert.All(judgments.Keys, key => Assert.NotEqual("hidden", visibility[key]));
            Assert.True(judgments.Values.Any(g => g >= 2), $"{id} has nobody graded 2 or 3");
            Assert.All(judgments.Values, g => Assert.InRange(g, 1, 3));
            if (query.TryGetProperty("viewer", out var viewer))
            {
                Assert.DoesNotContain(viewer.GetString()!, judgments.Keys);
                Assert.NotEqual("hidden", visibility[viewer.GetString()!]);
            }
        }
        Assert.Contains(visibility.Values, v => v == "hidden");
    }

    [Fact]
    public void Every_category_has_at_least_8_queries_and_every_colleague_query_a_viewer_and_a_scope()
    {
        var queries = Lines(CommittedQueries);
        var categories = queries.GroupBy(q => q.GetProperty("category").GetString()!).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(["abbreviation", "colleague", "double-typo", "mixed-language", "noise", "question", "role", "task"], categories.Keys.Order(StringComparer.Ordinal));
        Assert.All(categories.Values, list => Assert.True(list.Count >= 8));
        Assert.All(categories["colleague"], q =>
        {
            Assert.True(q.TryGetProperty("viewer", out _));
            Assert.Contains(q.GetProperty("scope").GetString(), (string[])["anyone", "outsideMyUnit", "outsideMyDepartment"]);
        });
    }

    [Fact]
    public void The_committed_data_set_is_under_8_MB_with_about_3000_people_and_6000_documents()
    {
        var bytes = NoisyFiles.DatasetFiles.Sum(f => new FileInfo(Path.Combine(Seed, "noisy", f)).Length);
        var people = Lines(Path.Combine(Seed, "noisy", "people.jsonl"));
        var documents = File.ReadLines(Path.Combine(Seed, "noisy", "documents.jsonl")).Count();

        Assert.InRange(bytes, 1_000_000, 8_000_000);
        Assert.InRange(people.Count, 2_700, 3_500);
        Assert.Equal(NoisyGenerator.Documents, documents);
        Assert.InRange(people.Count(p => p.TryGetProperty("visibility", out var v) && v.GetString() == "hidden") / (double)people.Count, 0.02, 0.04);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
