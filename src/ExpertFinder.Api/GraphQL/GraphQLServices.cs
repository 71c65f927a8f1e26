using GraphQL;

namespace ExpertFinder.Api.GraphQL;

public static class GraphQLServices
{
    public static IServiceCollection AddExpertFinderGraphQL(this IServiceCollection services)
    {
        services.AddScoped<Batching.RequestLoaders>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<ExpertFinderSchema>()
            .AddGraphTypes(typeof(ExpertFinderSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider(options =>
            {
                // Errors carry codes, never exception messages or stack traces.
                options.ExposeExceptionDetails = false;
                options.ExposeCode = true;
                options.ExposeCodes = true;
            }));
        return services;
    }
}
