using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ExpertFinder.Api.Operations;
using Npgsql;

namespace ExpertFinder.Api.Tests.Operations;

/// <summary>Readiness fails, with 503, when what the server depends on fails; liveness does not, as it asks nothing.</summary>
public sealed class UnhealthyServerTests
{
    [Fact]
    public async Task Ready_is_503_on_a_database_that_needs_migrations_while_live_stays_200()
    {
        await using var server = await OwnServer.StartAsync(migrate: false);

        var (liveStatus, _) = await GetAsync(server, HealthEndpoints.LivePath);
        var (readyStatus, ready) = await GetAsync(server, HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", ready.GetProperty("status").GetString());
        var checks = HealthTests.Checks(ready).ToDictionary(c => c.Name);
        Assert.Equal("Healthy", checks["database"].Status);
        Assert.Equal("Healthy", checks["search-index"].Status);
        Assert.Equal("Unhealthy", checks["migrations"].Status);
        Assert.Matches("^[0-9]+ migration\\(s\\) not applied$", checks["migrations"].Description);
    }

    [Fact]
    public async Task Ready_is_503_without_the_database_and_the_answer_tells_nothing_of_where_it_is()
    {
        var app = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("ConnectionStrings__ExpertFinder")
            ?? throw new InvalidOperationException("ConnectionStrings__ExpertFinder is not set: run the tests with ./expertfinder test"));
        var unreachable = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Port = ClosedPort(), Timeout = 2 };
        await using var server = await OwnServer.StartAsync(connectionString: unreachable.ConnectionString);

        var (liveStatus, _) = await GetAsync(server, HealthEndpoints.LivePath);
        var (readyStatus, ready) = await GetAsync(server, HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        var checks = HealthTests.Checks(ready).ToDictionary(c => c.Name);
        Assert.Equal(("Unhealthy", "the check failed; the server's log has the reason"), (checks["database"].Status, checks["database"].Description));
        Assert.Equal("Unhealthy", checks["migrations"].Status);
        Assert.Equal("Healthy", checks["search-index"].Status);
        var text = ready.GetRawText();
        Assert.DoesNotContain(unreachable.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.DoesNotContain(unreachable.Host!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(unreachable.Username!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("xception", text, StringComparison.Ordinal);
    }

    /// <summary>A loopback port that nothing listens on: taken from the system, then let go.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(OwnServer server, string path)
    {
        using var response = await server.Http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
