using System.Text.Json;
using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Tests.Generation;

/// <summary>
/// One small dataset made by the real generator (with the machine's Hunspell dictionary, as ./expertfinder installs
/// it) in a temp folder, shared by the test classes of <see cref="SharedGeneratedDataset"/> and read back as JSON.
/// </summary>
public sealed class GeneratedDataset : IDisposable
{
    public const int People = 800;
    public const int Documents = 3000;

    private readonly Lazy<Dictionary<string, int>> documentWords;

    public GeneratedDataset()
    {
        Directory = Path.Combine(Path.GetTempPath(), "ef-generated-" + Guid.NewGuid().ToString("N"));
        Summary = DatasetGenerator.Write(Directory, new GeneratorOptions(People, Documents));
        documentWords = new Lazy<Dictionary<string, int>>(() =>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var document in Read("documents.jsonl"))
            {
                foreach (var word in QuerySet.Words(document.GetProperty("text").GetString() + " " + document.GetProperty("title").GetString()))
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            }
            return counts;
        });
    }

    public string Directory { get; }

    public GenerationSummary Summary { get; }

    /// <summary>How often each word (lower-cased run of letters) occurs in the documents' texts and titles.</summary>
    public Dictionary<string, int> DocumentWords => documentWords.Value;

    public List<JsonElement> Read(string file) => ReadLines(Path.Combine(Directory, file));

    public static List<JsonElement> ReadLines(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedGeneratedDataset : ICollectionFixture<GeneratedDataset>
{
    public const string Name = "generated dataset";
}
