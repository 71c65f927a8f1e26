using System.Text.Json;

namespace ExpertFinder.Api.Tests;

/// <summary>A dataset in the interchange format, written to a temp folder line by line as the test describes it.</summary>
public sealed class TestDataset : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "ef-dataset-" + Guid.NewGuid().ToString("N"));

    public TestDataset() => System.IO.Directory.CreateDirectory(Directory);

    /// <summary>A municipality with one department, each keyed by <paramref name="prefix"/>, so tests never share keys.</summary>
    public static TestDataset WithOrganisation(string prefix) => new TestDataset()
        .Add("units.jsonl", new { key = prefix + "-kommune", name = "Aarhus Kommune", kind = "municipality" })
        .Add("units.jsonl", new { key = prefix + "-afd", name = "Sundhed og Omsorg", kind = "department", parent = prefix + "-kommune" });

    public TestDataset Add(string file, object record) => Raw(file, JsonSerializer.Serialize(record, Json));

    public TestDataset Raw(string file, string line)
    {
        File.AppendAllText(Path.Combine(Directory, file), line + "\n");
        return this;
    }

    public TestDataset Replace(string file, params object[] records)
    {
        File.WriteAllLines(Path.Combine(Directory, file), records.Select(r => JsonSerializer.Serialize(r, Json)));
        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
