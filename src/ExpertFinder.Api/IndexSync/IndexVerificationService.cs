using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// Verifies the server's index when the command line asks (<c>expertfinder verify</c> while the server holds the
/// index; see <see cref="IndexVerificationRequests"/>): wakes when a request is notified, and polls now and then
/// for one made while the connection was down. A verification that fails is recorded as failed; nothing stops the server.
/// </summary>
public sealed class IndexVerificationService(IndexVerifier verifier, IndexSynchronizer synchronizer, NpgsqlDataSource database,
    ILogger<IndexVerificationService> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    private readonly IndexVerificationRequests requests = new(database);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Listening.RunAsync(database, IndexVerificationRequests.Channel, async (connection, token) =>
        {
            while (!token.IsCancellationRequested)
            {
                await ServeWaitingAsync(token);
                await connection.WaitAsync(PollInterval, token);
            }
        }, logger, "Waiting for index verification requests", stoppingToken);

    /// <summary>Carries out every request for this server's index that nobody has taken.</summary>
    private async Task ServeWaitingAsync(CancellationToken stoppingToken)
    {
        while (await requests.TakeAsync(synchronizer.Index.Identity, stoppingToken) is { } request)
        {
            var (id, repair) = request;
            logger.LogInformation("Verifying the search index (repair: {Repair}) for request {Id}", repair, id);
            IndexVerification verification;
            try
            {
                verification = await verifier.VerifyAsync(repair, progress => requests.ReportProgressAsync(id, progress, stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The one who waits learns at once, not when their wait runs out.
                await requests.FinishAsync(id, verification: null, failure: "the server stopped before it finished", CancellationToken.None);
                throw;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Verifying the search index for request {Id} failed", id);
                await requests.FinishAsync(id, verification: null, failure: $"{e.GetType().Name}: {e.Message}", stoppingToken);
                continue;
            }
            await requests.FinishAsync(id, verification, failure: null, stoppingToken);
        }
    }
}
