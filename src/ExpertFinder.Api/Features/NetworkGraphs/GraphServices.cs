namespace ExpertFinder.Api.Features.NetworkGraphs;

public static class GraphServices
{
    public static IServiceCollection AddNetworkGraphs(this IServiceCollection services) =>
        services.AddSingleton(provider => new NetworkGraphService(
            provider.GetRequiredService<Npgsql.NpgsqlDataSource>(),
            provider.GetRequiredService<IndexSync.IndexSynchronizer>(),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hosting.ExpertFinderOptions>>().Value.Graphs));
}
