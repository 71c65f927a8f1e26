using ExpertFinder.Api.Data;
using ExpertFinder.Api.Hosting.CommandLine;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Tests.Http;
using ExpertFinder.Search.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ExpertFinder.Api.Tests.IndexSync;

/// <summary>
/// <c>expertfinder verify [--repair]</c> as the command line runs it, in services of its own as a separate process
/// has them: over an index no one holds it verifies that index itself; over the index the running server holds it asks
/// the server through PostgreSQL and prints the server's report.
/// </summary>
public sealed class IndexVerificationCommandTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>Far longer than the server needs; short enough that a server that never answers fails the test soon.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Over_the_index_the_server_holds_the_server_verifies_and_repairs_on_request_and_its_report_is_printed()
    {
        using var dataset = VerificationDataset.For("cli");
        await server.SeedAsync(dataset);
        await using var command = CommandServices(server.IndexPath);

        var clean = await RunAsync(command, repair: false);
        server.Services.GetRequiredService<ExpertIndex>().DeletePerson("cli-karen");
        server.Services.GetRequiredService<ExpertIndex>().Commit();
        Assert.DoesNotContain("cli-karen", await server.ExpertKeysAsync("sundhedsfremme"));
        var broken = await RunAsync(command, repair: false);
        var repaired = await RunAsync(command, repair: true);

        Assert.Equal((0, "differences: 0\n"), (clean.Exit, clean.Output));
        Assert.Contains("asked the server that holds it to verify it", clean.Errors, StringComparison.Ordinal);
        Assert.Equal((1, "person cli-karen: missing from the index\ndifferences: 1\n"), (broken.Exit, broken.Output));
        Assert.Equal(0, repaired.Exit);
        Assert.Equal("person cli-karen: missing from the index\nrepair: queued 1 entry for this index, applied them and verified again\ndifferences: 0\n",
            repaired.Output);
        Assert.Contains("cli-karen", await server.ExpertKeysAsync("sundhedsfremme"));
        // Each report was collected, and its request forgotten.
        Assert.Equal(0, await server.CountAsync("index_verifications"));
    }

    [Fact]
    public async Task Over_an_index_no_one_holds_the_command_verifies_it_itself_and_exits_0_when_nothing_differs()
    {
        using var dataset = VerificationDataset.For("own");
        await server.SeedAsync(dataset);
        var path = Path.Combine(Path.GetTempPath(), "ef-verify-index-" + Guid.NewGuid().ToString("N"));
        Guid? identity = null;
        try
        {
            await using (var services = CommandServices(path))
            {
                var line = new ExpertFinderCommandLine { PlanFile = null };
                ServerVerbs.Bind(line, (_, work) => work(services, CancellationToken.None));
                using var output = new StringWriter();
                using var errors = new StringWriter();

                var exit = await line.RunAsync(["verify"], output, errors);

                Assert.Equal((0, "differences: 0\n"), (exit, output.ToString()));
                Assert.DoesNotContain("asked the server", errors.ToString(), StringComparison.Ordinal);
                identity = services.GetRequiredService<ExpertIndex>().Identity;
                // The index was built here from PostgreSQL, and holds the server's people too.
                var keys = new List<string>();
                services.GetRequiredService<ExpertIndex>().ReadEntries(e => keys.Add(e.Key));
                Assert.Contains("own-karen", keys);
            }
            Assert.Equal(0, await server.CountAsync("index_verifications"));
        }
        finally
        {
            // The index of this test is gone: it must not hold back the pruning of the server's log.
            if (identity is { } gone)
            {
                await using var forget = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("DELETE FROM index_consumers WHERE index_id = @index");
                forget.Parameters.AddWithValue("index", gone);
                await forget.ExecuteNonQueryAsync();
            }
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(IServiceProvider services, bool repair)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await IndexVerificationCommand.RunAsync(services, repair, output, errors, CancellationToken.None, Wait);
        return (exit, output.ToString(), errors.ToString());
    }

    /// <summary>The services a command gets (the host of <c>ServerVerbs</c>): the server's database as the app role, the given index folder, no follower.</summary>
    private ServiceProvider CommandServices(string indexPath)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DataServices.ConnectionStringName}"] = server.ConnectionString,
            ["ExpertFinder:IndexPath"] = indexPath,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddExpertFinderData(configuration);
        services.AddSearchIndex(follow: false);
        return services.BuildServiceProvider();
    }
}
