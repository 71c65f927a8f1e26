using System.Text.Encodings.Web;
using System.Text.Unicode;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Http;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Schema;

public static class GraphQLServices
{
    public static IServiceCollection AddExpertFinderGraphQL(this IServiceCollection services)
    {
        services.AddScoped<RequestLoaders>();
        services.AddSingleton<PrivacyPolicies>();
        services.AddSingleton<NamesInText>();
        services.AddNetworkLifecycle();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<ExpertFinderSchema>()
            .AddGraphTypes(typeof(ExpertFinderSchema).Assembly)
            // Danish letters as they are; characters that matter in HTML stay escaped.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .ConfigureExecution(new GraphQLDocumentCache())
            // A span per execution (operation name and type); never the document, which holds what was searched for.
            .UseTelemetry(telemetry => telemetry.RecordDocument = false)
            .AddErrorInfoProvider(options =>
            {
                // Errors carry codes, never exception messages or stack traces.
                options.ExposeExceptionDetails = false;
                options.ExposeCode = true;
                options.ExposeCodes = true;
            })
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var options = provider.GetRequiredService<IOptions<ExpertFinderOptions>>().Value;
                QueryCost.Configure(complexity, options.GraphQL, options.Paging);
            })
            .AddValidationRule(provider => new MaxAliasesRule(Limits(provider).MaxAliases))
            .AddValidationRule(provider => new MaxFieldsRule(Limits(provider).MaxComplexity))
            // Who may use a field depends on the caller, not the document: cached documents are checked again.
            .AddValidationRule<AuthorizationValidationRule>(useForCachedDocuments: true)
            .ConfigureExecutionOptions(options =>
            {
                if (!Limits(options.RequestServices!).Introspection)
                {
                    options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(NoIntrospectionValidationRule.Instance).ToList();
                }
            })
            .UsePersistedDocuments<PersistedDocumentFolder>(global::GraphQL.DI.ServiceLifetime.Singleton, (persisted, provider) =>
                persisted.AllowOnlyPersistedDocuments = Limits(provider).OnlyPersistedDocuments));
        return services;
    }

    private static GraphQLOptions Limits(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<ExpertFinderOptions>>().Value.GraphQL;
}
