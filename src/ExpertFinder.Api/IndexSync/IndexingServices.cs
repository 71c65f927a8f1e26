using ExpertFinder.Api.Hosting;
using ExpertFinder.Search;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ExpertFinder.Api.IndexSync;

public static class IndexingServices
{
    /// <summary>
    /// The search engine and its index, the index's loader, synchronizer and verifier; <paramref name="follow"/> adds
    /// what a server runs in the background: the follower, and verification on request.
    /// </summary>
    public static IServiceCollection AddSearchIndex(this IServiceCollection services, bool follow)
    {
        services.AddSingleton(sp => SearchEngine.Open(
            Path.GetFullPath(sp.GetRequiredService<IOptions<ExpertFinderOptions>>().Value.IndexPath),
            sp.GetRequiredService<IOptions<ExpertFinderOptions>>().Value.Ranking));
        // The engine owns the index; disposing it a second time, as the container does, is harmless.
        services.AddSingleton(sp => sp.GetRequiredService<SearchEngine>().Index);
        services.AddOptions<IndexLogOptions>().BindConfiguration(IndexLogOptions.Section);
        services.AddSingleton<IndexEntryLoader>();
        services.AddSingleton<IndexRebuilder>();
        services.AddSingleton<IndexSynchronizer>();
        services.AddSingleton<IndexVerifier>();
        if (follow)
        {
            services.AddHostedService<IndexFollower>();
            // `expertfinder verify` asks the server that holds the index.
            services.AddHostedService<IndexVerificationService>();
        }
        return services;
    }

    /// <summary>
    /// Rebuilds when the index on disk is lost while PostgreSQL holds data; then follows the log (which rebuilds an
    /// outdated index, or one the log has no record of; see <see cref="IndexSynchronizer"/>).
    /// </summary>
    public static async Task BringIndexUpToDateAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var synchronizer = services.GetRequiredService<IndexSynchronizer>();
        var database = services.GetRequiredService<NpgsqlDataSource>();
        await using var count = database.CreateCommand("SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM documents)");
        var rows = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        var (people, documents) = synchronizer.Index.Count();
        if (rows > 0 && people + documents == 0)
        {
            await synchronizer.RebuildAsync(cancellationToken);
        }
        await synchronizer.DrainAsync(cancellationToken);
    }
}
