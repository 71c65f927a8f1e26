using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// Keeps the server's index in step with PostgreSQL: applies the outbox at start, then whenever a writer
/// (this process, or an import run from the command line) commits and notifies; polls now and then in case a
/// notification was missed while the connection was down.
/// </summary>
public sealed class IndexFollower(IndexSynchronizer synchronizer, NpgsqlDataSource database, ILogger<IndexFollower> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand("LISTEN " + IndexOutbox.Channel, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                await synchronizer.DrainAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(PollInterval, stoppingToken);
                    await synchronizer.DrainAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
            {
                logger.LogWarning(e, "Index follower lost its connection; retrying");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
