using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Hosting.CommandLine;
using ExpertFinder.Tools.Bench;
using ExpertFinder.Tools.Cluster;
using ExpertFinder.Tools.Evaluation;
using ExpertFinder.Tools.Evaluation.NoisyOrganisation;
using ExpertFinder.Tools.Generation;
using ExpertFinder.Tools.Load;
using ExpertFinder.Tools.Publishing;
using ExpertFinder.Tools.Testing;

namespace ExpertFinder.Tools;

/// <summary>
/// The work of the development tools' verbs, bound to the one command line (see ExpertFinderCommandLine): the
/// arguments arrive checked, and relative paths are the caller's.
/// </summary>
public static class ToolVerbs
{
    public static void Bind(ExpertFinderCommandLine line)
    {
        line.Test.Command.SetAction((parse, token) => TestCommand.RunAsync(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, token));

        var bench = line.Bench;
        bench.Command.SetAction(async (parse, _) =>
        {
            var dataset = parse.GetValue(bench.Dataset)?.FullName ?? QuickDataset.Ensure(parse.InvocationConfiguration.Error);
            return await LatencyBench.RunAsync(dataset, BenchSettings.FromEnvironment(parse.GetValue(bench.Rounds), parse.GetValue(bench.Json)?.FullName));
        });

        var api = line.BenchApi;
        api.Command.SetAction((parse, _) => ApiOverheadBench.RunAsync(
            parse.GetValue(api.Dataset)?.FullName ?? Seed("demo"), Seed("evaluation", "queries.jsonl"), parse.GetValue(api.Seconds)));

        var graph = line.BenchGraph;
        graph.Command.SetAction((parse, _) => GraphBench.RunAsync(parse.GetValue(graph.People), parse.GetValue(graph.Networks)));

        var load = line.Load;
        load.Command.SetAction((parse, _) => LoadCommand.RunAsync(
            new LoadSettings(parse.GetValue(load.Clients), TimeSpan.FromSeconds(parse.GetValue(load.Seconds))),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));

        var generate = line.Generate;
        generate.Command.SetAction(parse => GenerateCommand.Run(
            parse.GetRequiredValue(generate.Directory),
            new GeneratorOptions(parse.GetValue(generate.People), parse.GetValue(generate.Documents), parse.GetValue(generate.Seed))
            {
                Networks = parse.GetValue(generate.Networks),
            },
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));

        var evaluate = line.Evaluate;
        evaluate.Command.SetAction((parse, _) => QualityEvaluation.RunAsync(
            parse.GetValue(evaluate.Dataset) is { } dataset
                ? [new(dataset.FullName, parse.GetValue(evaluate.Queries)?.FullName ?? Seed("evaluation", "queries.jsonl"))]
                : LabelledSets(),
            parse.GetValue(evaluate.Json)?.FullName));

        var evaluationSet = line.EvaluationSet;
        evaluationSet.Command.SetAction(parse => EvaluationSetCommand.Run(
            parse.GetValue(evaluationSet.Directory) ?? Seed("noisy"), parse.GetValue(evaluationSet.Queries) ?? Seed("evaluation", "noisy-queries.jsonl"),
            parse.InvocationConfiguration.Output));

        line.Publish.Command.SetAction((parse, token) => PublishCommand.RunAsync(
            parse.GetRequiredValue(line.Publish.Directory), PublishCommand.DefaultBuildFolder(), parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error, token));
        var cluster = line.Cluster;
        cluster.Command.SetAction((parse, _) => ClusterCommand.RunAsync(
            new ClusterSettings(parse.GetValue(cluster.Servers), TimeSpan.FromSeconds(parse.GetValue(cluster.Seconds)), parse.GetValue(cluster.WritesPerSecond)),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
    }

    /// <summary>The labelled sets of the repository: the demo data and the larger, noisier organisation.</summary>
    private static List<QualityEvaluation.LabelledSet> LabelledSets() =>
    [
        new(Seed("demo"), Seed("evaluation", "queries.jsonl")),
        new(Seed("noisy"), Seed("evaluation", "noisy-queries.jsonl")),
    ];

    private static string Seed(params string[] path) => Path.Combine([CheckoutPaths.Root, "seed", .. path]);
}
