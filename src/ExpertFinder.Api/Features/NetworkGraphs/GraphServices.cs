namespace ExpertFinder.Api.Features.NetworkGraphs;

public static class GraphServices
{
    public static IServiceCollection AddNetworkGraphs(this IServiceCollection services) => services.AddSingleton<NetworkGraphService>();
}
