using System.Globalization;
using ExpertFinder.Tools;
using ExpertFinder.Tools.Bench;
using ExpertFinder.Tools.Evaluation;
using ExpertFinder.Tools.Generation;

// Usage: ExpertFinder.Tools bench DATASET_DIR [--rounds N] [--json FILE] (expert search, every engine, one dataset)
//        ExpertFinder.Tools evaluate DATASET_DIR QUERIES [--json FILE] (ranking quality on labelled queries)
//        ExpertFinder.Tools generate --people N --documents M [--seed S] [--networks K] DIR
//                                                                           (a realistic Danish dataset and its bench query set)
//        ExpertFinder.Tools api DATASET_DIR QUERIES [SECONDS]         (what GraphQL over HTTP adds to the search)
//        ExpertFinder.Tools graph PEOPLE NETWORKS                       (collaboration graphs per level, cold and cached)
// bench and evaluate import DATASET_DIR into a scratch database on the server of ConnectionStrings__ExpertFinder and
// start the server in-process on a loopback port with an index of its own (ScratchServer).
const string Usage = """
    usage: ExpertFinder.Tools bench DATASET_DIR [--rounds N] [--json FILE]
           ExpertFinder.Tools evaluate DATASET_DIR QUERIES [--json FILE]
           ExpertFinder.Tools generate --people N --documents M [--seed S] [--networks K] DIR
           ExpertFinder.Tools api DATASET_DIR QUERIES [SECONDS]
           ExpertFinder.Tools graph PEOPLE NETWORKS
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
        case ["bench", var dataset, .. var options] when BenchOptions(options) is { } bench:
            return await LatencyBench.RunAsync(Path.GetFullPath(dataset),
                BenchSettings.FromEnvironment(bench.Rounds, bench.Json is null ? null : Path.GetFullPath(bench.Json)));
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

// --rounds N (default 10) and --json FILE, in any order; null when anything else is given.
static (int Rounds, string? Json)? BenchOptions(string[] options)
{
    var (rounds, json) = (10, (string?)null);
    for (var i = 0; i < options.Length; i += 2)
    {
        switch (options[i..])
        {
            case ["--rounds", var n, ..] when int.TryParse(n, CultureInfo.InvariantCulture, out var r) && r > 0:
                rounds = r;
                break;
            case ["--json", var file, ..]:
                json = file;
                break;
            default:
                return null;
        }
    }
    return (rounds, json);
}
