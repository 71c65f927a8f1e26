using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// The loop of a background service that works when PostgreSQL notifies a channel: it listens on a connection of
/// its own and hands it to the work, which does what is waiting and then waits for the next notification. Nothing
/// stops it but the server stopping: a failure (a lost connection, anything the work throws) is logged and tried
/// again after a pause that doubles up to 30 s and starts again at 1 s once listening works again.
/// </summary>
internal static class Listening
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(NpgsqlDataSource database, string channel, Func<NpgsqlConnection, CancellationToken, Task> work,
        ILogger logger, string what, CancellationToken stoppingToken)
    {
        var pause = FirstPause;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand("LISTEN " + channel, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                pause = FirstPause;
                await work(connection, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "{What} failed; trying again in {Pause}", what, pause);
                try
                {
                    await Task.Delay(pause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }
}
