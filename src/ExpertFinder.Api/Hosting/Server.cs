using ExpertFinder.Api.Data;
using ExpertFinder.Api.Features.Explore;
using ExpertFinder.Api.Features.FindColleague;
using ExpertFinder.Api.Features.Me;
using ExpertFinder.Api.Features.NetworkGraphs;
using ExpertFinder.Api.Features.ThemeProposals;
using ExpertFinder.Api.Http;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Operations;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace ExpertFinder.Api.Hosting;

/// <summary>The web server: GraphQL over HTTP on the PostgreSQL model and the search index.</summary>
public static class Server
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Settings files sit beside the binaries, wherever the server is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        // The clock behind anything that depends on the date (see Clock); tests set their own.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddExpertFinderData(builder.Configuration);
        builder.Services.AddExpertFinderAuthentication(builder.Configuration, builder.Environment);
        builder.Services.AddSearchIndex(follow: true);
        builder.Services.AddExpertFinderGraphQL();
        builder.Services.AddNetworkGraphs();
        builder.Services.AddExpertFinderRateLimits();
        builder.Services.AddThemeProposals();
        builder.AddOperations();

        var app = builder.Build();
        app.UseRequestLogScope();
        app.UseRouting();
        app.UseCallerResolution();
        // Partitions by caller: runs after the caller is resolved.
        app.UseExpertFinderRateLimits();
        app.UseFindPageForUnknownAddresses();
        app.MapGraphQLEndpoint("/graphql");
        app.MapGraphiQLAssets();
        app.MapGraphExports();
        app.MapMe();
        app.MapExplore();
        app.MapDevelopmentLogin();
        app.MapPageSession();
        app.MapFindPage();
        app.MapHealth();
        return app;
    }

    /// <summary>
    /// Checks the database is migrated (migrates it only when given the owner role, see
    /// <see cref="DataServices.EnsureMigratedAsync"/>), imports the seed dataset into an empty database, and brings
    /// the index up to date.
    /// </summary>
    public static async Task PrepareAsync(WebApplication app, string? seedIfEmpty, CancellationToken cancellationToken)
    {
        var services = app.Services;
        await services.EnsureMigratedAsync(cancellationToken);
        if (seedIfEmpty is not null)
        {
            await using var count = services.GetRequiredService<NpgsqlDataSource>().CreateCommand("SELECT EXISTS (SELECT 1 FROM people)");
            if (!(bool)(await count.ExecuteScalarAsync(cancellationToken))!)
            {
                var (summary, counts) = await new DatasetImport(services.GetRequiredService<NpgsqlDataSource>())
                    .RunAsync(seedIfEmpty, progress: null, cancellationToken);
                if (counts is null)
                {
                    throw new InvalidOperationException(
                        $"The seed dataset {seedIfEmpty} is invalid:{Environment.NewLine}{string.Join(Environment.NewLine, summary.Errors)}");
                }
                app.Logger.LogInformation("Imported the seed dataset: {People} people, {Documents} documents", summary.People, summary.Documents);
            }
        }
        await services.BringIndexUpToDateAsync(cancellationToken);
    }
}
