using ExpertFinder.Api.Hosting.CommandLine;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.Security.ApiKeys;

public sealed class ApiKeyCommandTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private ApiKeyStore Store => server.Services.GetRequiredService<ApiKeyStore>();

    [Fact]
    public async Task Create_prints_the_key_alone_on_the_last_line_and_list_never_prints_it()
    {
        using var dataset = Organisations.Of("cmd");
        await server.SeedAsync(dataset);

        var (createExit, created, _) = await RunAsync("create", "cmd-intranet", "--municipality", "cmd-kommune");
        await RunAsync("create", "cmd-old");
        var (revokeExit, _, _) = await RunAsync("revoke", "cmd-old");
        var (listExit, listed, _) = await RunAsync("list");

        Assert.Equal((0, 0, 0), (createExit, revokeExit, listExit));
        var key = created.TrimEnd().Split(Environment.NewLine)[^1];
        Assert.Equal(new ApiKeyIdentity("cmd-intranet", "cmd-kommune"), await Store.FindAsync(key, default));
        var lines = listed.TrimEnd().Split(Environment.NewLine);
        Assert.Matches(@"^cmd-intranet\tcmd-kommune\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\tactive$", Assert.Single(lines, l => l.StartsWith("cmd-intranet", StringComparison.Ordinal)));
        Assert.Matches(@"^cmd-old\t\*\t\S+ \S+\trevoked \S+ \S+$", Assert.Single(lines, l => l.StartsWith("cmd-old", StringComparison.Ordinal)));
        Assert.DoesNotContain("efk_", listed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "create", "dup")]
    [InlineData(1, "create", "elsewhere", "--municipality", "cmdx-afd")]
    [InlineData(1, "revoke", "never-made")]
    [InlineData(2, "create")]
    [InlineData(2, "create", "a", "--municipality")]
    [InlineData(2, "list", "extra")]
    [InlineData(2, "rotate", "dup")]
    public async Task Refusals_exit_1_with_a_message_and_usage_errors_exit_2(int exit, params string[] args)
    {
        using var dataset = Organisations.Of("cmdx");
        await server.SeedAsync(dataset);
        await Store.CreateAsync("dup", null, ExpertFinder.Api.Security.Auth.Caller.CommandLine, default);

        var (actual, output, errors) = await RunAsync(args);

        Assert.Equal(exit, actual);
        Assert.Equal("", output);
        Assert.NotEqual("", errors.Trim());
        // A usage error also shows the verb's usage; a refusal does not.
        Assert.Equal(exit == 2, errors.Contains("Usage:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_host_refuses_usage_errors_before_touching_the_database()
    {
        var line = new ExpertFinderCommandLine();
        ServerVerbs.Bind(line, (_, _) => throw new InvalidOperationException("a usage error reached the database"));
        using var errors = new StringWriter();

        Assert.Equal(2, await line.RunAsync(["apikey"], TextWriter.Null, errors));
        Assert.Equal(2, await line.RunAsync(["apikey", "revoke"], TextWriter.Null, errors));
        Assert.Contains("expertfinder apikey revoke <NAME>", errors.ToString(), StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        // The real command line, its work done with the test server's services (migrated already).
        var line = new ExpertFinderCommandLine();
        ServerVerbs.Bind(line, (_, work) => work(server.Services, CancellationToken.None));
        var exit = await line.RunAsync(["apikey", .. args], output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
