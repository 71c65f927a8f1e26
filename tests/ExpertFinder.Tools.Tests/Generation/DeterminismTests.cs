using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Tests.Generation;

public sealed class DeterminismTests : IDisposable
{
    private static readonly string[] Files = ["units.jsonl", "competences.jsonl", "people.jsonl", "networks.jsonl", "documents.jsonl", "queries.jsonl"];

    private readonly string root = Path.Combine(Path.GetTempPath(), "ef-determinism-" + Guid.NewGuid().ToString("N"));

    private string Generate(string name, GeneratorOptions options)
    {
        var directory = Path.Combine(root, name);
        DatasetGenerator.Write(directory, options);
        return directory;
    }

    [Fact]
    public void The_same_arguments_give_byte_identical_files_on_one_thread_or_several()
    {
        var oneThread = Generate("one", new GeneratorOptions(300, 1200) { Threads = 1 });
        var threeThreads = Generate("three", new GeneratorOptions(300, 1200) { Threads = 3 });

        foreach (var file in Files)
        {
            var first = File.ReadAllBytes(Path.Combine(oneThread, file));
            Assert.True(first.Length > 0, $"{file} is empty");
            Assert.True(first.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(threeThreads, file))), $"{file} differs between runs");
        }
    }

    [Fact]
    public void Another_seed_gives_other_people_documents_and_queries()
    {
        var seed42 = Generate("42", new GeneratorOptions(300, 600, Seed: 42));
        var seed43 = Generate("43", new GeneratorOptions(300, 600, Seed: 43));

        foreach (var file in (string[])["people.jsonl", "networks.jsonl", "documents.jsonl", "queries.jsonl"])
        {
            Assert.False(File.ReadAllBytes(Path.Combine(seed42, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(seed43, file))), $"{file} is the same for both seeds");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
