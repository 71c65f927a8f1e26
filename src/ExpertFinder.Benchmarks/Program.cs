using System.Globalization;
using ExpertFinder.Benchmarks;
using ExpertFinder.Benchmarks.Generation;

// Usage: ExpertFinder.Benchmarks DATASET_DIR [ROUNDS]                     (latency: three engines on one dataset)
//        ExpertFinder.Benchmarks evaluate DATASET_DIR QUERIES [--json FILE] (ranking quality on labelled queries)
//        ExpertFinder.Benchmarks generate --people N --documents M [--seed S] [--networks K] DIR
//                                                                           (a realistic Danish dataset and its bench query set)
//        ExpertFinder.Benchmarks api DATASET_DIR QUERIES [SECONDS]         (what GraphQL over HTTP adds to the search)
//        ExpertFinder.Benchmarks graph PEOPLE NETWORKS                       (collaboration graphs per level, cold and cached)
// bench and evaluate import DATASET_DIR into a scratch database on the server of ConnectionStrings__ExpertFinder and
// start the server in-process on a loopback port with an index of its own (ScratchServer).
const string Usage = """
    usage: ExpertFinder.Benchmarks DATASET_DIR [ROUNDS]
           ExpertFinder.Benchmarks evaluate DATASET_DIR QUERIES [--json FILE]
           ExpertFinder.Benchmarks generate --people N --documents M [--seed S] [--networks K] DIR
           ExpertFinder.Benchmarks api DATASET_DIR QUERIES [SECONDS]
           ExpertFinder.Benchmarks graph PEOPLE NETWORKS
    """;
try
{
    switch (args)
    {
        case ["generate", .. var options]:
            return GenerateCommand.Run(options, Console.Out, Console.Error, Usage);
        case ["evaluate", var dataset, var queries]:
            return await QualityEvaluation.RunAsync(Path.GetFullPath(dataset), Path.GetFullPath(queries), null);
        case ["evaluate", var dataset, var queries, "--json", var json]:
            return await QualityEvaluation.RunAsync(Path.GetFullPath(dataset), Path.GetFullPath(queries), Path.GetFullPath(json));
        case ["api", var dataset, var queries]:
            return await ApiOverheadBench.RunAsync(Path.GetFullPath(dataset), Path.GetFullPath(queries), 5);
        case ["api", var dataset, var queries, var seconds] when double.TryParse(seconds, CultureInfo.InvariantCulture, out var s) && s > 0:
            return await ApiOverheadBench.RunAsync(Path.GetFullPath(dataset), Path.GetFullPath(queries), s);
        case ["graph", var people, var networks] when int.TryParse(people, CultureInfo.InvariantCulture, out var p) && p > 0
                                                    && int.TryParse(networks, CultureInfo.InvariantCulture, out var k) && k > 0:
            return await GraphBench.RunAsync(p, k);
        case [var dataset] when dataset is not ("evaluate" or "generate" or "api" or "graph"):
            return await LatencyBench.RunAsync(Path.GetFullPath(dataset), 20);
        case [var dataset, var rounds] when dataset is not ("evaluate" or "generate" or "api" or "graph") && int.TryParse(rounds, CultureInfo.InvariantCulture, out var n) && n > 0:
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
