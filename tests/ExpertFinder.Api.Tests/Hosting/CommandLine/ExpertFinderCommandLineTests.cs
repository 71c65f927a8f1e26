using System.CommandLine;
using ExpertFinder.Api.Hosting.CommandLine;

namespace ExpertFinder.Api.Tests.Hosting.CommandLine;

/// <summary>
/// The one command line: every verb is checked before anything runs (a usage error exits 2 with the verb's usage),
/// and what passes reaches the verb with its values. The verbs' work is replaced here by a recorder; the work itself is
/// tested where it lives (import, apikey, bench, ...).
/// </summary>
public sealed class ExpertFinderCommandLineTests
{
    private static readonly string[] Verbs =
        ["serve", "test", "import", "apikey", "token", "reindex", "verify", "migrate", "bench", "bench-api", "bench-graph", "load", "generate", "evaluate", "evaluation-set", "cluster", "schema", "publish", "stop"];

    [Theory]
    [InlineData("serve", "--port", "0")]
    [InlineData("serve", "--port", "65536")]
    [InlineData("serve", "--port", "80x")]
    [InlineData("serve", "--port", "8080", "--urls", "http://127.0.0.1:9000")]
    [InlineData("--port")]
    [InlineData("serve", "extra")]
    [InlineData("bogus")]
    [InlineData("import")]
    [InlineData("import", "/no/such/folder")]
    [InlineData("import", ".", "second")]
    [InlineData("apikey")]
    [InlineData("apikey", "create")]
    [InlineData("apikey", "list", "extra")]
    [InlineData("apikey", "revoke")]
    [InlineData("token")]
    [InlineData("token", "p-x", "--role", "superuser")]
    [InlineData("reindex", "now")]
    [InlineData("verify", "now")]
    [InlineData("verify", "--repair", "yes")]
    [InlineData("bench", "--rounds", "0")]
    [InlineData("bench", "/no/such/folder")]
    [InlineData("bench-api", ".", "0")]
    [InlineData("bench-graph", "10", "x")]
    [InlineData("load", "--clients", "0")]
    [InlineData("load", "--clients", "257")]
    [InlineData("load", "--seconds", "0")]
    [InlineData("load", "--seconds", "3601")]
    [InlineData("load", "--seconds", "1.5")]
    [InlineData("load", "extra")]
    [InlineData("generate", "out")]
    [InlineData("generate", "--people", "0", "--documents", "1", "out")]
    [InlineData("generate", "--people", "1", "--documents", "1")]
    [InlineData("generate", "--people", "1", "--documents", "1", "--seed", "-3", "out")]
    [InlineData("evaluate", ".", "/no/such/queries.jsonl")]
    [InlineData("cluster", "--servers", "1")]
    [InlineData("cluster", "--seconds", "2")]
    [InlineData("cluster", "--writes-per-second", "0")]
    [InlineData("cluster", "extra")]
    [InlineData("schema", "now")]
    [InlineData("test", "--filter", "x")]
    [InlineData("publish")]
    [InlineData("publish", "out", "second")]
    public async Task A_usage_error_exits_2_with_the_message_and_usage_and_runs_nothing(params string[] args)
    {
        var (line, ran) = Recording();
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await line.RunAsync(args, output, errors);

        Assert.Equal(ExpertFinderCommandLine.UsageError, exit);
        Assert.Empty(ran);
        Assert.Equal("", output.ToString());
        Assert.StartsWith("expertfinder: ", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage:", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_reach_the_verb_typed_and_defaults_fill_the_rest()
    {
        var line = new ExpertFinderCommandLine { PlanFile = null };
        ParseResult? seen = null;
        foreach (var command in All(line.Root))
        {
            command.SetAction(parse =>
            {
                seen = parse;
                return 0;
            });
        }

        Assert.Equal(0, await line.RunAsync(["serve", "--port", "8097"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(8097, seen!.GetValue(line.Serve.Port));
        Assert.Equal(0, await line.RunAsync(["--port", "8098"], TextWriter.Null, TextWriter.Null));
        Assert.Equal((line.Serve.Command, 8098), (seen!.CommandResult.Command, seen.GetValue(line.Serve.Port)));
        Assert.Equal(0, await line.RunAsync([], TextWriter.Null, TextWriter.Null));
        Assert.Equal((line.Serve.Command, (int?)null), (seen!.CommandResult.Command, seen.GetValue(line.Serve.Port)));

        Assert.Equal(0, await line.RunAsync(["bench-graph"], TextWriter.Null, TextWriter.Null));
        Assert.Equal((50_000, 2_000), (seen!.GetValue(line.BenchGraph.People), seen.GetValue(line.BenchGraph.Networks)));
        Assert.Equal(0, await line.RunAsync(["bench", "--json", "out.json"], TextWriter.Null, TextWriter.Null));
        Assert.Equal((10, (DirectoryInfo?)null), (seen!.GetValue(line.Bench.Rounds), seen.GetValue(line.Bench.Dataset)));
        Assert.Equal(0, await line.RunAsync(["bench-api", ".", "2.5"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(2.5, seen!.GetValue(line.BenchApi.Seconds));
        Assert.Equal(0, await line.RunAsync(["load"], TextWriter.Null, TextWriter.Null));
        Assert.Equal((16, 30), (seen!.GetValue(line.Load.Clients), seen.GetValue(line.Load.Seconds)));
        Assert.Equal(0, await line.RunAsync(["load", "--clients", "256", "--seconds", "3600"], TextWriter.Null, TextWriter.Null));
        Assert.Equal((256, 3600), (seen!.GetValue(line.Load.Clients), seen.GetValue(line.Load.Seconds)));

        Assert.Equal(0, await line.RunAsync(["generate", "--documents", "0", "--people", "7", "out"], TextWriter.Null, TextWriter.Null));
        Assert.Equal((7, 0, 42, (int?)null, "out"), (seen!.GetValue(line.Generate.People), seen.GetValue(line.Generate.Documents),
            seen.GetValue(line.Generate.Seed), seen.GetValue(line.Generate.Networks), seen.GetValue(line.Generate.Directory)));

        Assert.Equal(0, await line.RunAsync(["cluster"], TextWriter.Null, TextWriter.Null));
        Assert.Equal((3, 60, 5), (seen!.GetValue(line.Cluster.Servers), seen.GetValue(line.Cluster.Seconds), seen.GetValue(line.Cluster.WritesPerSecond)));
        Assert.Equal(0, await line.RunAsync(["cluster", "--servers", "4", "--seconds", "10", "--writes-per-second", "20"], TextWriter.Null, TextWriter.Null));
        Assert.Equal((4, 10, 20), (seen!.GetValue(line.Cluster.Servers), seen.GetValue(line.Cluster.Seconds), seen.GetValue(line.Cluster.WritesPerSecond)));

        Assert.Equal(0, await line.RunAsync(["verify"], TextWriter.Null, TextWriter.Null));
        Assert.Equal((line.Verify.Command, false), (seen!.CommandResult.Command, seen.GetValue(line.Verify.Repair)));
        Assert.Equal(0, await line.RunAsync(["verify", "--repair"], TextWriter.Null, TextWriter.Null));
        Assert.True(seen!.GetValue(line.Verify.Repair));

        Assert.Equal(0, await line.RunAsync(["token", "p-x", "--role", "analyst", "--role", "admin"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(["analyst", "admin"], seen!.GetValue(line.Token.Roles)!);
        Assert.Equal(0, await line.RunAsync(["apikey", "create", "portal", "--municipality", "k-1"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(("portal", "k-1"), (seen!.GetValue(line.ApiKey.CreateName), seen.GetValue(line.ApiKey.Municipality)));

        Assert.Equal(0, await line.RunAsync(["publish", "out"], TextWriter.Null, TextWriter.Null));
        Assert.Equal((line.Publish.Command, "out"), (seen!.CommandResult.Command, seen.GetValue(line.Publish.Directory)));
    }

    [Fact]
    public async Task Publish_takes_a_new_or_empty_folder_only()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ef-publish-target-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var (line, ran) = Recording();
            using var errors = new StringWriter();

            Assert.Equal(0, await line.RunAsync(["publish", folder], TextWriter.Null, TextWriter.Null));
            await File.WriteAllTextAsync(Path.Combine(folder, "kept"), "");
            Assert.Equal(ExpertFinderCommandLine.UsageError, await line.RunAsync(["publish", folder], TextWriter.Null, errors));
            Assert.Equal(ExpertFinderCommandLine.UsageError, await line.RunAsync(["publish", Path.Combine(folder, "kept")], TextWriter.Null, errors));

            Assert.Equal(["publish"], ran);
            Assert.Contains($"{folder} is not empty", errors.ToString(), StringComparison.Ordinal);
            Assert.Contains("kept is a file", errors.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_help_names_every_verb_and_help_verb_is_that_verb_s_help()
    {
        var (line, ran) = Recording();
        using var help = new StringWriter();
        using var verbHelp = new StringWriter();

        Assert.Equal(0, await line.RunAsync(["--help"], help, TextWriter.Null));
        Assert.Equal(0, await line.RunAsync(["help", "generate"], verbHelp, TextWriter.Null));

        Assert.Empty(ran);
        Assert.Contains("expertfinder [command] [options]", help.ToString(), StringComparison.Ordinal);
        foreach (var verb in Verbs)
        {
            Assert.Matches($@"(?m)^  {verb}\b", help.ToString());
        }
        Assert.Equal(Verbs.Order(), line.Root.Subcommands.Select(c => c.Name).Order());
        Assert.Contains("expertfinder generate <OUT_DIR> [options]", verbHelp.ToString(), StringComparison.Ordinal);
        Assert.Contains("--people <N> (REQUIRED)", verbHelp.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_plan_file_the_verb_is_named_there_and_not_run()
    {
        var plan = Path.GetTempFileName();
        try
        {
            var (line, ran) = Recording(plan);

            Assert.Equal(0, await line.RunAsync(["apikey", "revoke", "portal"], TextWriter.Null, TextWriter.Null));
            Assert.Equal("apikey revoke\n", await File.ReadAllTextAsync(plan));
            Assert.Equal(0, await line.RunAsync(["--port", "8099"], TextWriter.Null, TextWriter.Null));
            Assert.Equal("serve\n", await File.ReadAllTextAsync(plan));

            // Help is printed, and the plan is left empty: there is nothing to provision.
            await File.WriteAllTextAsync(plan, "");
            Assert.Equal(0, await line.RunAsync(["bench", "--help"], TextWriter.Null, TextWriter.Null));
            Assert.Equal("", await File.ReadAllTextAsync(plan));
            Assert.Equal(2, await line.RunAsync(["bench", "--rounds", "x"], TextWriter.Null, TextWriter.Null));
            Assert.Equal("", await File.ReadAllTextAsync(plan));
            Assert.Empty(ran);
        }
        finally
        {
            File.Delete(plan);
        }
    }

    /// <summary>A command line whose every verb records that it ran, instead of doing its work.</summary>
    private static (ExpertFinderCommandLine Line, List<string> Ran) Recording(string? planFile = null)
    {
        var line = new ExpertFinderCommandLine { PlanFile = planFile };
        var ran = new List<string>();
        foreach (var command in All(line.Root).Where(c => c.Subcommands.Count == 0))
        {
            command.SetAction(_ =>
            {
                ran.Add(command.Name);
                return 0;
            });
        }
        return (line, ran);
    }

    private static IEnumerable<Command> All(Command command) => [command, .. command.Subcommands.SelectMany(All)];
}
