namespace ExpertFinder.Api.Graphs;

public static class GraphServices
{
    public static IServiceCollection AddNetworkGraphs(this IServiceCollection services) => services.AddSingleton<NetworkGraphService>();
}
