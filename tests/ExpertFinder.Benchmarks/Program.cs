using System.Globalization;
using ExpertFinder.Benchmarks;

// Usage: ExpertFinder.Benchmarks DATASET_DIR [ROUNDS]                     (latency: three engines on one dataset)
//        ExpertFinder.Benchmarks evaluate DATASET_DIR QUERIES [--json FILE] (ranking quality on labelled queries)
//        ExpertFinder.Benchmarks generate DIR PEOPLE DOCUMENTS             (a synthetic dataset in the interchange format)
// bench and evaluate import DATASET_DIR into a scratch database on the server of ConnectionStrings__ExpertFinder and
// start the server in-process on a loopback port with an index of its own (ScratchServer).
const string Usage = """
    usage: ExpertFinder.Benchmarks DATASET_DIR [ROUNDS]
           ExpertFinder.Benchmarks evaluate DATASET_DIR QUERIES [--json FILE]
           ExpertFinder.Benchmarks generate DIR PEOPLE DOCUMENTS
    """;
try
{
    switch (args)
    {
        case ["generate", var target, var peopleCount, var documentCount]:
            SyntheticDataset.Write(target, int.Parse(peopleCount, CultureInfo.InvariantCulture), int.Parse(documentCount, CultureInfo.InvariantCulture));
            Console.WriteLine($"wrote {target}");
            return 0;
        case ["evaluate", var dataset, var queries]:
            return await QualityEvaluation.RunAsync(Path.GetFullPath(dataset), Path.GetFullPath(queries), null);
        case ["evaluate", var dataset, var queries, "--json", var json]:
            return await QualityEvaluation.RunAsync(Path.GetFullPath(dataset), Path.GetFullPath(queries), Path.GetFullPath(json));
        case [var dataset] when dataset != "evaluate" && dataset != "generate":
            return await LatencyBench.RunAsync(Path.GetFullPath(dataset), 20);
        case [var dataset, var rounds] when dataset != "evaluate" && dataset != "generate" && int.TryParse(rounds, CultureInfo.InvariantCulture, out var n) && n > 0:
            return await LatencyBench.RunAsync(Path.GetFullPath(dataset), n);
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (InvalidDataException e)
{
    // An invalid dataset or judgment file: every error, one per line, as file:line: message.
    Console.Error.WriteLine(e.Message);
    return 1;
}
