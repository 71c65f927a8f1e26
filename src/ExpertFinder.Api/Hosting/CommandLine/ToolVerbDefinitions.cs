using System.CommandLine;

namespace ExpertFinder.Api.Hosting.CommandLine;

/// <summary>The inputs several tools take, declared once.</summary>
internal static class Inputs
{
    /// <summary>A file or folder that may be left out (the verb has a default) but must exist when given.</summary>
    public static Argument<T> OptionalExisting<T>(string name, string description) where T : FileSystemInfo
    {
        var argument = new Argument<T>(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };
        argument.Validators.Add(result =>
        {
            var given = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            var exists = typeof(T) == typeof(DirectoryInfo) ? Directory.Exists(given) : File.Exists(given);
            if (given is not null && !exists)
            {
                result.AddError($"{name}: there is no {(typeof(T) == typeof(DirectoryInfo) ? "folder" : "file")} {given}");
            }
        });
        return argument;
    }

    /// <summary>--json FILE: the report, also as JSON.</summary>
    public static Option<FileInfo?> JsonReport(string description) => new("--json") { Description = description, HelpName = "FILE" };
}

/// <summary>test</summary>
public sealed class TestVerb
{
    public Command Command { get; } = new("test",
        "run every test project of the built checkout against PostgreSQL; last line: \"N passed, N failed[, N skipped]\" " +
        "(exit 1 when a test failed or none ran)");
}

/// <summary>bench [DIR] [--rounds N] [--json FILE]</summary>
public sealed class BenchVerb
{
    public BenchVerb() =>
        Command = new Command("bench",
            "import DIR (default: the quick dataset of 2,000 people and 20,000 documents, generated once into " +
            "EXPERTFINDER_DATA/datasets) into a scratch database, rebuild its index, then time expert search row by row, " +
            "each row printed as it is measured: bare Lucene, in-process, GraphQL over HTTP (1 and 32 clients), suggest, " +
            "freshness and the PostgreSQL full-text baseline")
        {
            Dataset, Rounds, Json,
        };

    public Command Command { get; }

    public Argument<DirectoryInfo> Dataset { get; } = Inputs.OptionalExisting<DirectoryInfo>("DIR", "the data set to measure on");

    public Option<int> Rounds { get; } = new Option<int>("--rounds")
    {
        Description = "rounds of the queries per row, within each row's budget",
        HelpName = "N",
        DefaultValueFactory = _ => 10,
    }.Within(1, 999_999);

    public Option<FileInfo?> Json { get; } = Inputs.JsonReport("also write the results as JSON, rewritten after every row");
}

/// <summary>bench-api [DIR [SECONDS]]</summary>
public sealed class BenchApiVerb
{
    public BenchApiVerb() =>
        Command = new Command("bench-api",
            "what GraphQL over HTTP adds to the search: the evaluation queries in-process and over HTTP at 1, 8 and 32 " +
            "clients, latency percentiles, requests/s, the layer's share and parts")
        {
            Dataset, Seconds,
        };

    public Command Command { get; }

    public Argument<DirectoryInfo> Dataset { get; } = Inputs.OptionalExisting<DirectoryInfo>("DIR", "the data set (default: seed/demo with seed/evaluation/queries.jsonl, then seed/noisy with seed/evaluation/noisy-queries.jsonl)");

    public Argument<double> Seconds { get; } = new Argument<double>("SECONDS")
    {
        Description = "seconds per row",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => 5,
    }.Within(0.1, 3600);
}

/// <summary>bench-graph [PEOPLE [NETWORKS]]</summary>
public sealed class BenchGraphVerb
{
    public BenchGraphVerb() =>
        Command = new Command("bench-graph",
            "collaboration graphs on a synthetic organisation in a scratch database: build and metrics per level, cold " +
            "and cached, with memory")
        {
            People, Networks,
        };

    public Command Command { get; }

    public Argument<int> People { get; } = new Argument<int>("PEOPLE")
    {
        Description = "how many people",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => 50_000,
    }.Within(1, 9_999_999);

    public Argument<int> Networks { get; } = new Argument<int>("NETWORKS")
    {
        Description = "how many networks",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => 2_000,
    }.Within(1, 9_999_999);
}

/// <summary>load [--clients N] [--seconds S]</summary>
public sealed class LoadVerb
{
    public LoadVerb() =>
        Command = new Command("load",
            "start a server on a scratch database with the quick dataset, then run N concurrent clients for S seconds, " +
            "each mixing expert searches, lookups and writes signed in as a person of the dataset; afterwards look for " +
            "every acknowledged write in PostgreSQL and in the index. Each section is printed as it is computed; last " +
            "line: \"requests=N errors5xx=N lost=N p99ms=X\" (exit 1 when a request failed with a 5xx status or a write " +
            "was lost)")
        {
            Clients, Seconds,
        };

    public Command Command { get; }

    public Option<int> Clients { get; } = new Option<int>("--clients")
    {
        Description = "concurrent clients, each with at most one request in flight",
        HelpName = "N",
        DefaultValueFactory = _ => 16,
    }.Within(1, 256);

    public Option<int> Seconds { get; } = new Option<int>("--seconds")
    {
        Description = "how long the clients send requests; those in flight then get one request timeout to finish",
        HelpName = "S",
        DefaultValueFactory = _ => 30,
    }.Within(1, 3600);
}

/// <summary>generate --people N --documents M [--seed S] [--networks K] OUT_DIR</summary>
public sealed class GenerateVerb
{
    public GenerateVerb() =>
        Command = new Command("generate",
            "write a realistic Danish data set (98 municipalities, departments, offices, teams, Danish names, a competence " +
            "taxonomy, networks, documents from the Hunspell dictionary) and its bench query set (queries.jsonl) to " +
            "OUT_DIR; the same arguments give the same bytes")
        {
            Directory, People, Documents, Seed, Networks,
        };

    public Command Command { get; }

    public Argument<string> Directory { get; } = new("OUT_DIR") { Description = "the folder to write" };

    public Option<int> People { get; } = new Option<int>("--people")
    {
        Description = "how many people (at least 1)",
        HelpName = "N",
        Required = true,
    }.Within(1, 999_999_999);

    public Option<int> Documents { get; } = new Option<int>("--documents")
    {
        Description = "how many documents",
        HelpName = "M",
        Required = true,
    }.Within(0, 999_999_999);

    public Option<int> Seed { get; } = new Option<int>("--seed")
    {
        Description = "the random seed",
        HelpName = "S",
        DefaultValueFactory = _ => 42,
    }.Within(0, 999_999_999);

    public Option<int?> Networks { get; } = new Option<int?>("--networks")
    {
        Description = "how many networks (default: in proportion to the people)",
        HelpName = "K",
    }.Within(1, 999_999_999);
}

/// <summary>evaluate [DIR [QUERIES]] [--json FILE]</summary>
public sealed class EvaluateVerb
{
    public EvaluateVerb() =>
        Command = new Command("evaluate",
            "score ExpertFinder and the PostgreSQL baseline on labelled queries: nDCG@10, MRR, P@5, R@10 per category, " +
            "side by side; without DIR both of the repository's sets, the demo data and the noisy organisation (exit 1 when a data set or its judgments are invalid)")
        {
            Dataset, Queries, Json,
        };

    public Command Command { get; }

    public Argument<DirectoryInfo> Dataset { get; } = Inputs.OptionalExisting<DirectoryInfo>("DIR", "the data set (default: seed/demo with seed/evaluation/queries.jsonl, then seed/noisy with seed/evaluation/noisy-queries.jsonl)");

    public Argument<FileInfo> Queries { get; } = Inputs.OptionalExisting<FileInfo>("QUERIES", "the labelled queries (default with DIR: seed/evaluation/queries.jsonl)");

    public Option<FileInfo?> Json { get; } = Inputs.JsonReport("also write the report with every query's answers as JSON");
}

/// <summary>evaluation-set [--out DIR] [--queries FILE]</summary>
public sealed class EvaluationSetVerb
{
    public EvaluationSetVerb() =>
        Command = new Command("evaluation-set",
            "write the noisy evaluation set: an organisation of four municipalities (about 3,000 people and 6,000 documents, " +
            "mostly everyday ones) in the interchange format, and its labelled queries graded by the rule in " +
            "seed/evaluation/noisy.md; the same code gives the same bytes")
        {
            Directory, Queries,
        };

    public Command Command { get; }

    public Option<string?> Directory { get; } = new("--out") { Description = "the folder for the data set (default: seed/noisy)", HelpName = "DIR" };

    public Option<string?> Queries { get; } = new("--queries")
    {
        Description = "the file for the labelled queries (default: seed/evaluation/noisy-queries.jsonl)",
        HelpName = "FILE",
    };
}

/// <summary>publish DIR</summary>
public sealed class PublishVerb
{
    public PublishVerb()
    {
        Directory.Validators.Add(result =>
        {
            var given = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (File.Exists(given))
            {
                result.AddError($"DIR: {given} is a file; publish into a new or empty folder");
            }
            else if (System.IO.Directory.Exists(given) && System.IO.Directory.EnumerateFileSystemEntries(given).Any())
            {
                result.AddError($"DIR: {given} is not empty; publish into a new or empty folder");
            }
        });
        Command = new Command("publish",
            "make a self-contained server for this kind of machine in DIR, to run outside the checkout: the server built " +
            "in Release with the .NET runtime, its settings, the browser pages (bundled by npm) and the persisted " +
            "documents. Run DIR/expertfinder-server migrate with the owner's connection string, then DIR/expertfinder-server " +
            "serve with the app role's; it takes the same commands as the server here (exit 1 when the build fails)")
        {
            Directory,
        };
    }

    public Command Command { get; }

    public Argument<string> Directory { get; } = new("DIR") { Description = "the folder to write: new or empty" };
}

/// <summary>cluster [--servers N] [--seconds S] [--writes-per-second W]</summary>
public sealed class ClusterVerb
{
    public ClusterVerb() =>
        Command = new Command("cluster",
            "start N server processes on one scratch database (the demo data), each with an index folder of its own; write " +
            "through one at a time (round robin) and time, for each write, how soon a search through every server finds it " +
            "(freshness p50/p95/p99/max per server and overall); meanwhile stop one server (SIGTERM), start it again and time " +
            "its catch-up; last line \"writes=N p50ms=X p99ms=Y caughtup_ms=Z lost=N\" (exit 0 when nothing was lost and p99 " +
            "is at most 1000 ms, else 1)")
        {
            Servers, Seconds, WritesPerSecond,
        };

    public Command Command { get; }

    public Option<int> Servers { get; } = new Option<int>("--servers")
    {
        Description = "server processes (one of them is stopped and started again while the others go on)",
        HelpName = "N",
        DefaultValueFactory = _ => 3,
    }.Within(2, 16);

    public Option<int> Seconds { get; } = new Option<int>("--seconds")
    {
        Description = "how long the writes go on (the last server is stopped after 40 % of it and started again after 60 %)",
        HelpName = "S",
        DefaultValueFactory = _ => 60,
    }.Within(3, 3600);

    public Option<int> WritesPerSecond { get; } = new Option<int>("--writes-per-second")
    {
        Description = "writes a second, spread over the servers that are up",
        HelpName = "W",
        DefaultValueFactory = _ => 5,
    }.Within(1, 500);
}
