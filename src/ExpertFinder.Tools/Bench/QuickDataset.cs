using ExpertFinder.Api.Hosting;
using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Bench;

/// <summary>
/// bench's default data set: 2,000 people and 20,000 documents, generated once into EXPERTFINDER_DATA/datasets (into
/// a scratch folder first, so that an interrupted run never leaves half a data set behind).
/// </summary>
public static class QuickDataset
{
    private static readonly GeneratorOptions Options = new(People: 2000, Documents: 20000);

    public static string Ensure(TextWriter log)
    {
        var data = Environment.GetEnvironmentVariable("EXPERTFINDER_DATA") is { Length: > 0 } configured ? configured : Path.Combine(CheckoutPaths.Root, ".data");
        var folder = Path.GetFullPath(Path.Combine(data, "datasets", $"quick-{Options.People}-{Options.Documents}-{Options.Seed}"));
        if (File.Exists(Path.Combine(folder, "queries.jsonl")))
        {
            return folder;
        }
        log.WriteLine($"expertfinder: generating the quick dataset into {folder}");
        var partial = folder + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }
        GenerateCommand.Run(partial, Options, log, log);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.Move(partial, folder);
        return folder;
    }
}
