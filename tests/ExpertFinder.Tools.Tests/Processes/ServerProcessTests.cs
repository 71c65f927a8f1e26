using System.Text.Json;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Tools.Processes;

namespace ExpertFinder.Tools.Tests.Processes;

/// <summary>
/// The server as an OS process: it answers once started, is gone at once when killed, answers again at the same
/// address with the same index when started again, and a server that cannot start says why, with its own output.
/// </summary>
public sealed class ServerProcessTests
{
    [Fact]
    public async Task A_killed_server_stops_answering_and_started_again_answers_at_the_same_address_with_the_same_index()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ef-process-" + Guid.NewGuid().ToString("N"));
        await using var database = await ScratchDatabase.CreateAsync("process", "run the tests with ./expertfinder test");
        try
        {
            var environment = new ServerEnvironment(database.ConnectionString, database.OwnerConnectionString, Path.Combine(folder, DevelopmentIssuer.KeyFileName));
            await using var server = new ServerProcess("server", environment, Path.Combine(folder, "index"));
            using var http = new HttpClient();

            // An empty database in Development: the server seeds the demo data and builds its index before it answers.
            await server.StartAsync();
            var url = server.Url;
            Assert.Contains("p-mette-lund", await ExpertsAsync(http, url, "videndeling"));

            await server.KillAsync();
            Assert.False(server.IsRunning);
            await Assert.ThrowsAsync<HttpRequestException>(() => ExpertsAsync(http, url, "videndeling"));

            await server.StartAsync();
            Assert.Equal(url, server.Url);
            Assert.Contains("p-mette-lund", await ExpertsAsync(http, url, "videndeling"));
            // Its index survived the kill: the restarted server followed on from it instead of building it again.
            Assert.DoesNotContain("is rebuilt", server.Process.Output, StringComparison.Ordinal);
            Assert.Equal(0, await server.StopAsync());
            Assert.Equal(2, server.Starts);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_server_that_cannot_start_fails_with_what_it_wrote()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ef-process-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Nothing listens on port 1: the server cannot reach its database.
            var environment = new ServerEnvironment("Host=127.0.0.1;Port=1;Database=none;Username=nobody;Timeout=2", null, Path.Combine(folder, DevelopmentIssuer.KeyFileName));
            await using var server = new ServerProcess("server", environment, Path.Combine(folder, "index"));

            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => server.StartAsync(TimeSpan.FromMinutes(2)));

            Assert.Contains("exited", failure.Message, StringComparison.Ordinal);
            Assert.Contains("stderr: ", failure.Message, StringComparison.Ordinal);
            Assert.Contains("127.0.0.1:1", failure.Message, StringComparison.Ordinal);
            Assert.False(server.IsRunning);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<string> ExpertsAsync(HttpClient http, Uri url, string text)
    {
        using var request = ServerProcess.GraphQLRequest(JsonSerializer.SerializeToUtf8Bytes(new
        {
            query = "query($q:String!){experts(query:$q, first:10){edges{node{person{key}}}}}",
            variables = new { q = text },
        }));
        request.RequestUri = new Uri(url, "graphql");
        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
