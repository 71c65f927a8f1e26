using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace ExpertFinder.Api.Hosting.CommandLine;

/// <summary>
/// Every verb of ExpertFinder, with its arguments, checks and help, in one tree. <c>./expertfinder</c> provisions
/// (PostgreSQL, the dictionary, npm packages, the build) and hands its arguments here unchanged; ExpertFinder.Api
/// and ExpertFinder.Tools parse with this same tree, so the three say the same and accept the same. The programs
/// bind the work: <see cref="ServerVerbs"/> the server's verbs, ExpertFinder.Tools the development tools.
/// </summary>
public sealed class ExpertFinderCommandLine
{
    /// <summary>The exit code of a usage error, after the message and the verb's usage on standard error.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// Set by <c>./expertfinder</c> to learn which verb it must provision for before it runs it: the arguments are
    /// checked as always, and the verb (for example "apikey create") is written to this file instead of being run.
    /// </summary>
    public const string PlanFileVariable = "EXPERTFINDER_PLAN_FILE";

    private const string Description = """
        ExpertFinder: who knows what, across departments and municipalities. A GraphQL API over PostgreSQL with a
        Danish search index. Without a command: serve. `COMMAND --help` tells more of one command.

        Exit codes: 0 done, 1 refused or failed (each command says when), 2 usage error.

        Environment:
          EXPERTFINDER_DATA                 data folder (default: <checkout>/.data); holds postgres/, index/ and datasets/
          ConnectionStrings__ExpertFinder   use this PostgreSQL server instead of ./expertfinder's private cluster; the
                                            role the server runs as (the app role)
          ConnectionStrings__ExpertFinderOwner
                                            with the above: the role that owns the schema and runs migrations; the app
                                            role is then granted only what it needs. Without it, the one connection
                                            string is used for migrations too (a single-role server)
          ASPNETCORE_ENVIRONMENT            Development (./expertfinder's default for serve and token): anonymous reads,
                                            the development issuer, the demo data seeded into an empty database
          EXPERTFINDER_DICTIONARY           Hunspell .dic for splitting Danish compounds (default:
                                            /usr/share/hunspell/da_DK.dic, installed by ./expertfinder when missing)
          EXPERTFINDER_BENCH_SECONDS        bench: measured seconds per row at most (default 60)
          EXPERTFINDER_BENCH_TIMEOUT        bench: seconds after which one query counts as timed out (default 10)
          EXPERTFINDER_BENCH_INDEX_SECONDS  bench: seconds the PostgreSQL baseline's indexes may take to build (default 900)
        """;

    public ExpertFinderCommandLine()
    {
        // Named for ./expertfinder rather than after the program that parses, so that every entry point's help reads the same.
        Root = new Command("expertfinder", Description)
        {
            new HelpOption { Action = new HelpAction { MaxWidth = 120 } },
            new VersionOption(),
        };
        // Never reached with a verb missing (that is serve); having an action keeps an unknown verb's error the only one.
        Root.SetAction(parse =>
        {
            Root.Parse("--help").Invoke(new InvocationConfiguration { Output = parse.InvocationConfiguration.Error });
            return UsageError;
        });
        foreach (var verb in new Command[]
                 {
                     Serve.Command, Test.Command, Import.Command, ApiKey.Command, Token.Command, Reindex, Verify.Command, Migrate, Bench.Command,
                     BenchApi.Command, BenchGraph.Command, Load.Command, Generate.Command, Evaluate.Command, EvaluationSet.Command, Cluster.Command, Schema.Command, Publish.Command, Stop,
                 })
        {
            Root.Subcommands.Add(verb);
        }
    }

    public Command Root { get; }

    /// <summary>Where to write the verb instead of running it (see <see cref="PlanFileVariable"/>); null to run it.</summary>
    public string? PlanFile { get; init; } = Environment.GetEnvironmentVariable(PlanFileVariable);

    public ServeVerb Serve { get; } = new();

    public ImportVerb Import { get; } = new();

    public ApiKeyVerbs ApiKey { get; } = new();

    public TokenVerb Token { get; } = new();

    public Command Reindex { get; } = new("reindex", "rebuild the search index from the database (a running server is asked to rebuild its own)");

    public VerifyVerb Verify { get; } = new();

    public Command Migrate { get; } = new("migrate", "bring the database schema up to date (as the owner role when ConnectionStrings__ExpertFinderOwner is set)");

    public SchemaVerb Schema { get; } = new();

    public Command Stop { get; } = new("stop", "stop ./expertfinder's private PostgreSQL cluster if it runs (./expertfinder only: it owns the cluster)");

    public TestVerb Test { get; } = new();

    public BenchVerb Bench { get; } = new();

    public BenchApiVerb BenchApi { get; } = new();

    public BenchGraphVerb BenchGraph { get; } = new();

    public LoadVerb Load { get; } = new();

    public GenerateVerb Generate { get; } = new();

    public EvaluateVerb Evaluate { get; } = new();

    public EvaluationSetVerb EvaluationSet { get; } = new();

    public PublishVerb Publish { get; } = new();

    public ClusterVerb Cluster { get; } = new();

    /// <summary>The verbs whose work is in ExpertFinder.Tools (development tools; not part of a deployed server).</summary>
    public IEnumerable<Command> ToolCommands =>
        [Test.Command, Bench.Command, BenchApi.Command, BenchGraph.Command, Load.Command, Generate.Command, Evaluate.Command, EvaluationSet.Command, Cluster.Command, Publish.Command];

    /// <summary>
    /// Parses <paramref name="args"/> (serve when they start with an option or are empty) and runs the verb. A usage
    /// error prints the problems and the verb's usage on <paramref name="error"/> and returns <see cref="UsageError"/>
    /// without running anything.
    /// </summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var result = Root.Parse(WithDefaultVerb(args));
        if (result.Errors.Count > 0 && result.Action is not HelpAction)
        {
            foreach (var problem in result.Errors)
            {
                await error.WriteLineAsync($"expertfinder: {problem.Message}");
            }
            await error.WriteLineAsync();
            Root.Parse([.. VerbPath(result.CommandResult), "--help"]).Invoke(new InvocationConfiguration { Output = error });
            return UsageError;
        }
        var runsVerb = result.Action is not null && result.Action == result.CommandResult.Command.Action;
        if (runsVerb && PlanFile is { Length: > 0 })
        {
            await File.WriteAllTextAsync(PlanFile, string.Join(' ', VerbPath(result.CommandResult)) + "\n");
            return 0;
        }
        return await result.InvokeAsync(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Exceptions and signals stay with the verbs: the server shuts down gracefully on its own terms.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        });
    }

    /// <summary>The verb, for example ["apikey", "create"]: the command names below the root.</summary>
    public static IReadOnlyList<string> VerbPath(CommandResult command)
    {
        var names = new List<string>();
        for (var current = command; current.Parent is CommandResult parent; current = parent)
        {
            names.Insert(0, current.Command.Name);
        }
        return names;
    }

    /// <summary>serve when the arguments start with an option (or there are none); `help VERB` as `VERB --help`.</summary>
    private static string[] WithDefaultVerb(IReadOnlyList<string> given) => given.ToArray() switch
    {
        [] => ["serve"],
        ["help", .. var verb] => [.. verb, "--help"],
        [var first, ..] and var args when first.StartsWith('-') && first is not ("-h" or "--help" or "-?" or "--version") => ["serve", .. args],
        var args => args,
    };
}
