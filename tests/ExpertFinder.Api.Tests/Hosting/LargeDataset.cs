using ExpertFinder.Tools.Cluster;

namespace ExpertFinder.Api.Tests.Hosting;

/// <summary>
/// A dataset large enough that importing or indexing it takes a while: a municipality, people with a marker word in
/// their bio and short documents, each with a marker word and one or two authors. Written line by line, not generated
/// from the dictionary: what matters here is how long the writes take, not what the text says.
/// </summary>
public sealed class LargeDataset
{
    private LargeDataset(List<(string Key, string Marker)> people, List<(string Key, string Marker, string[] Authors)> documents)
    {
        People = people;
        Documents = documents;
    }

    public IReadOnlyList<(string Key, string Marker)> People { get; }

    public IReadOnlyList<(string Key, string Marker, string[] Authors)> Documents { get; }

    public static LargeDataset Write(TestDataset dataset, string prefix, int people, int documents)
    {
        var random = new Random(7);
        var withMarkers = Enumerable.Range(0, people).Select(i => (Key: $"{prefix}-p{i}", Marker: MarkerWords.Next(random))).ToList();
        var written = new List<(string, string, string[])>(documents);
        dataset.Add("units.jsonl", new { key = prefix + "-kommune", name = "Silkeborg Kommune", kind = "municipality" })
            .Add("units.jsonl", new { key = prefix + "-afd", name = "Teknik og Miljø", kind = "department", parent = prefix + "-kommune" });
        foreach (var (key, marker) in withMarkers)
        {
            dataset.Add("people.jsonl", new { key, name = $"Medarbejder {key}", unit = prefix + "-afd", bio = $"Arbejder med {marker} og vejplanlægning." });
        }
        var lines = new List<string>(documents);
        for (var i = 0; i < documents; i++)
        {
            var marker = MarkerWords.Next(random);
            var authors = new[] { withMarkers[i % people].Key, withMarkers[(i * 7 + 3) % people].Key }.Distinct().ToArray();
            written.Add(($"{prefix}-d{i}", marker, authors));
            lines.Add(System.Text.Json.JsonSerializer.Serialize(new
            {
                key = $"{prefix}-d{i}",
                title = $"Referat {i}",
                text = $"Referat fra mødet om {marker}. Vi drøftede planlægning af vejarbejde, dokumentation og samarbejdet med borgerne.",
                authors,
                unit = prefix + "-afd",
                kind = "minutes",
            }));
        }
        File.WriteAllLines(Path.Combine(dataset.Directory, "documents.jsonl"), lines);
        return new LargeDataset(withMarkers, written);
    }
}
