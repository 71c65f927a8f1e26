using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace ExpertFinder.Tools.Processes;

/// <summary>
/// The real server as an OS process of its own (`ExpertFinder.Api.dll serve`) with its index in a folder of its own:
/// started and waited for until it answers GraphQL, killed outright (SIGKILL) or stopped gracefully (SIGTERM), and
/// started again on the same port with the same index folder. Its output is kept for the message of a failure
/// (<see cref="Output"/>). The first start takes a free port; every later start takes that port again, as a load
/// balancer expects a restarted server where it was.
/// </summary>
public sealed partial class ServerProcess(string name, ServerEnvironment environment, string indexPath) : IAsyncDisposable
{
    /// <summary>A start on a busy machine (the index rebuilt or caught up before the server answers) may take long.</summary>
    public static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromMinutes(3);

    private static readonly byte[] Probe = Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}""");

    private ApiProcess? process;
    private int port;
    private string previousOutput = "";

    public string Name { get; } = name;

    public string IndexPath { get; } = indexPath;

    /// <summary>The server's address; known once it has first started.</summary>
    public Uri Url => port > 0 ? new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/") : throw new InvalidOperationException($"{Name} has not started");

    /// <summary>True from when a start has returned until it is killed or stopped (or exits on its own).</summary>
    public bool IsRunning => process is { HasExited: false };

    /// <summary>How many times it was started.</summary>
    public int Starts { get; private set; }

    /// <summary>The output of this run of the process (and the last lines of the run before, when there was one).</summary>
    public string Output => (previousOutput.Length > 0 ? $"{previousOutput}\n--- started again ---\n" : "") + (process?.Output ?? "");

    /// <summary>The running process, for waiting on what it logs.</summary>
    public ApiProcess Process => process ?? throw new InvalidOperationException($"{Name} is not running");

    /// <summary>
    /// Starts the server and returns once it answers a GraphQL request (the index brought up to date, as a server does
    /// before it listens); throws with its output when it exits first or <paramref name="timeout"/> passes.
    /// </summary>
    public async Task StartAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is running already");
        }
        if (process is not null)
        {
            previousOutput = process.Output;
            process.Dispose();
        }
        var wait = timeout ?? DefaultStartTimeout;
        var clock = Stopwatch.StartNew();
        string[] address = port > 0 ? ["--port", port.ToString(CultureInfo.InvariantCulture)] : ["--urls", "http://127.0.0.1:0"];
        process = ApiProcess.Start(environment.StartInfo(IndexPath, ["serve", .. address]));
        Starts++;
        var serving = await process.WaitForLineAsync(line => ServingLine().IsMatch(line), wait, $"answer from {Name}");
        port = int.Parse(ServingLine().Match(serving).Groups["port"].Value, CultureInfo.InvariantCulture);
        await WaitUntilAnsweringAsync(wait - clock.Elapsed, cancellationToken);
    }

    /// <summary>SIGKILL: gone at once, whatever it was doing; what it had not committed is lost, as in a crash.</summary>
    public async Task KillAsync()
    {
        if (process is not null)
        {
            await process.KillAsync();
        }
    }

    /// <summary>SIGTERM, then waits for the graceful shutdown; returns the exit code (0 when it stopped as it should).</summary>
    public async Task<int> StopAsync(TimeSpan? timeout = null) =>
        process is null ? 0 : await process.TerminateAsync(timeout ?? TimeSpan.FromSeconds(60));

    /// <summary>A POST of one GraphQL request; the caller reads the answer.</summary>
    public static HttpRequestMessage GraphQLRequest(byte[] body, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return request;
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        string last = "no answer yet";
        while (deadline.Elapsed < timeout)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited ({process.ExitCode}) before it answered:\n{Output}");
            }
            try
            {
                using var request = GraphQLRequest(Probe);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            await Task.Delay(50, cancellationToken);
        }
        throw new TimeoutException($"{Name} did not answer within {timeout.TotalSeconds:F0} s ({last}):\n{Output}");
    }

    /// <summary>What `serve` prints once it listens.</summary>
    [GeneratedRegex(@"serving GraphQL at http://127\.0\.0\.1:(?<port>\d+)/graphql")]
    private static partial Regex ServingLine();

    /// <summary>Kills the process if it still runs; the index folder is the caller's.</summary>
    public ValueTask DisposeAsync()
    {
        process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
