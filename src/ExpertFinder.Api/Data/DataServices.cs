using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ExpertFinder.Api.Data;

public static class DataServices
{
    /// <summary>The role the server runs as (the app role), or the one role of a single-role server.</summary>
    public const string ConnectionStringName = "ExpertFinder";

    /// <summary>Optional: the role that owns the schema and runs migrations. The server never serves with it.</summary>
    public const string OwnerConnectionStringName = "ExpertFinderOwner";

    /// <summary>A pooled context factory: GraphQL resolvers run in parallel and each needs its own context.</summary>
    public static IServiceCollection AddExpertFinderData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = AppConnectionString(configuration);
        // EF logs its probe of a not-yet-created migrations table as a failed command; real failures surface as exceptions.
        services.AddLogging(logging => logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
        // One data source, one connection pool: EF and the raw SQL (import, index, auth) share it. The container owns
        // and disposes it; EF only borrows it.
        services.AddNpgsqlDataSource(connectionString);
        services.AddPooledDbContextFactory<ExpertFinderDb>((provider, options) => options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<ApiKeyStore>();
        services.AddOptions<ExpertFinderOptions>().BindConfiguration(ExpertFinderOptions.Section);
        return services;
    }

    public static string AppConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException($"Connection string '{ConnectionStringName}' is not set (ConnectionStrings__{ConnectionStringName}).");

    /// <summary>The owner's connection string, or null when there is none (blank counts as none).</summary>
    public static string? OwnerConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(OwnerConnectionStringName) is { } owner && !string.IsNullOrWhiteSpace(owner) ? owner : null;

    /// <summary>Migrates as the owner when one is configured (then grants the app role its rights), else with the one connection string.</summary>
    public static Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        return DatabaseMigration.MigrateAsync(AppConnectionString(configuration), OwnerConnectionString(configuration), cancellationToken);
    }

    /// <summary>
    /// For the server: migrates only when it was given an owner connection; without one, pending migrations are an
    /// error, because the app role cannot (and must not be able to) change the schema.
    /// </summary>
    public static async Task EnsureMigratedAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (OwnerConnectionString(configuration) is not null)
        {
            await services.MigrateDatabaseAsync(cancellationToken);
            return;
        }
        var pending = await DatabaseMigration.PendingAsync(AppConnectionString(configuration), cancellationToken);
        if (pending.Count > 0)
        {
            throw new PendingMigrationsException(pending);
        }
    }
}
