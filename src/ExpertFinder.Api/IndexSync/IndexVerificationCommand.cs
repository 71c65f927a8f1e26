using ExpertFinder.Api.Hosting;
using ExpertFinder.Search.Indexing;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// <c>expertfinder verify [--repair]</c>: verifies the index the configuration names (ExpertFinder:IndexPath) against
/// PostgreSQL and prints the report (<see cref="IndexVerification.Report"/>); exit 0 when nothing differs (or
/// nothing remains after the repair), else 1. The index is opened here when no other process holds it; a running
/// server that holds it is asked to verify it (<see cref="IndexVerificationRequests"/>), and its report printed.
/// </summary>
public static class IndexVerificationCommand
{
    /// <summary>How long the command waits for a server's report before it gives up.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(10);

    /// <summary>How often the wait says it still waits.</summary>
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(IServiceProvider services, bool repair, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        TimeSpan? wait = null)
    {
        IndexVerifier verifier;
        try
        {
            verifier = services.GetRequiredService<IndexVerifier>();
        }
        catch (LockObtainFailedException)
        {
            return await AskTheServerAsync(services, repair, output, error, wait ?? DefaultWait, cancellationToken);
        }
        var verification = await verifier.VerifyAsync(repair, progress => error.WriteLineAsync($"verify: {progress}"), cancellationToken);
        await output.WriteAsync(verification.Report);
        return verification.Remaining.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// The index is held by another process: the request names the index by the identity its folder's last commit
    /// records (read without taking the index). That is the identity the holder follows the log under; the
    /// registrations in index_consumers are not used, since a folder replaced or restored keeps its old registration
    /// (path and host alike) until the retention forgets it.
    /// </summary>
    private static async Task<int> AskTheServerAsync(IServiceProvider services, bool repair, TextWriter output, TextWriter error, TimeSpan wait,
        CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(services.GetRequiredService<IOptions<ExpertFinderOptions>>().Value.IndexPath);
        if (ExpertIndex.IdentityOf(path) is not { } identity)
        {
            await error.WriteLineAsync($"verify: the index in {path} is held by another process and has recorded no identity yet; try again once it has started");
            return 1;
        }
        var database = services.GetRequiredService<NpgsqlDataSource>();
        var requests = new IndexVerificationRequests(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var listen = new NpgsqlCommand("LISTEN " + IndexVerificationRequests.Channel, connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }
        var id = await requests.RequestAsync(identity, repair, cancellationToken);
        await error.WriteLineAsync($"verify: the index in {path} is held by another process; asked the server that holds it to verify it (request {id})");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var told = TimeSpan.Zero;
        string? lastProgress = null;
        while (true)
        {
            var state = await requests.StateAsync(id, cancellationToken)
                ?? throw new InvalidOperationException($"the verification request {id} is gone");
            if (state.Finished)
            {
                await requests.ForgetAsync(id, onlyIfNotTaken: false, CancellationToken.None);
                if (state.Failure is not null)
                {
                    await error.WriteLineAsync($"verify: the server could not verify the index: {state.Failure}");
                    return 1;
                }
                await output.WriteAsync(state.Report);
                return state.Differences == 0 ? 0 : 1;
            }
            if (state.Progress is { } progress && progress != lastProgress)
            {
                lastProgress = progress;
                await error.WriteLineAsync($"verify: {progress}");
            }
            if (waited.Elapsed >= wait)
            {
                await requests.ForgetAsync(id, onlyIfNotTaken: true, CancellationToken.None);
                await error.WriteLineAsync(state.Taken
                    ? $"verify: the server has not finished within {(int)wait.TotalSeconds} s; it goes on, and its report will be in index_verifications (id {id})"
                    : $"verify: no server took the request within {(int)wait.TotalSeconds} s; is the index held by a server, or by another command?");
                return 1;
            }
            if (waited.Elapsed - told >= ProgressEvery)
            {
                told = waited.Elapsed;
                await error.WriteLineAsync(state.Taken
                    ? $"verify: the server is verifying ({(int)waited.Elapsed.TotalSeconds} s)"
                    : $"verify: waiting for the server to take the request ({(int)waited.Elapsed.TotalSeconds} s)");
            }
            // Woken by the server's notification when it finishes; the state is read again at least every second.
            await connection.WaitAsync(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }
}
