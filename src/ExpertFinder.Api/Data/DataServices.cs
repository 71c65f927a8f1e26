using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ExpertFinder.Api.Data;

public static class DataServices
{
    public const string ConnectionStringName = "ExpertFinder";

    /// <summary>A pooled context factory: GraphQL resolvers run in parallel and each needs its own context.</summary>
    public static IServiceCollection AddExpertFinderData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionStringName}' is not set (ConnectionStrings__{ConnectionStringName}).");
        // EF logs its probe of a not-yet-created migrations table as a failed command; real failures surface as exceptions.
        services.AddLogging(logging => logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
        services.AddPooledDbContextFactory<ExpertFinderDb>(options => options.UseNpgsql(connectionString));
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddOptions<ExpertFinderOptions>().BindConfiguration(ExpertFinderOptions.Section);
        return services;
    }

    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ExpertFinderDb>>().CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
