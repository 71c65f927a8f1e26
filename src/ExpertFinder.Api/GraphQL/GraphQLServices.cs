using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;

namespace ExpertFinder.Api.GraphQL;

public static class GraphQLServices
{
    public static IServiceCollection AddExpertFinderGraphQL(this IServiceCollection services)
    {
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<ExpertFinderSchema>()
            .AddGraphTypes(typeof(ExpertFinderSchema).Assembly)
            // Danish letters as they are; characters that matter in HTML stay escaped.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .ConfigureExecution(new GraphQLDocumentCache())
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
