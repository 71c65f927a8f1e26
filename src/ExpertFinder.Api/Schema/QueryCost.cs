using ExpertFinder.Api.Hosting;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace ExpertFinder.Api.Schema;

/// <summary>
/// Depth and complexity limits on graphql-dotnet's complexity analyzer, with an error code for each.
/// A connection's items count as many times as the page asked for ('first'), or the default page size.
/// </summary>
public static class QueryCost
{
    private static readonly Func<FieldImpactContext, FieldComplexityResult> LibraryImpact =
        new ComplexityOptions().DefaultComplexityImpactDelegate;

    public static void Configure(ComplexityOptions complexity, GraphQLOptions limits, PagingOptions paging)
    {
        // The analyzer's own checks share one error code; ours tell depth and complexity apart.
        complexity.MaxDepth = null;
        complexity.MaxComplexity = null;
        complexity.DefaultComplexityImpactDelegate = context => Impact(context, paging.DefaultPageSize);
        complexity.ValidateComplexityDelegate = context =>
        {
            if (context.MaxDepth > limits.MaxDepth)
            {
                context.Error = new global::GraphQL.Validation.ValidationError($"The query is nested {context.MaxDepth} levels deep; at most {limits.MaxDepth} are allowed") { Code = "QUERY_TOO_DEEP" };
            }
            else if (context.TotalImpact > limits.MaxComplexity)
            {
                context.Error = new global::GraphQL.Validation.ValidationError($"The query's complexity is {context.TotalImpact:0}; at most {limits.MaxComplexity} is allowed") { Code = "QUERY_TOO_COMPLEX" };
            }
            return Task.CompletedTask;
        };
    }

    private static FieldComplexityResult Impact(FieldImpactContext context, int defaultPageSize)
    {
        if (context.FieldDefinition.Name is "__schema" or "__type")
        {
            // Introspection reads the in-memory schema and is bounded by it (and by the depth limit); GraphiQL's
            // standard introspection query would otherwise count close to a million.
            return new FieldComplexityResult(1, 0);
        }
        var impact = LibraryImpact(context);
        // Without 'first' the library guesses a list's length; a connection's page is known to be the default size.
        if (IsList(context.FieldDefinition) && !AsksForPageSize(context.Arguments))
        {
            var ownPage = TakesPageSize(context.FieldDefinition);
            var parentPage = context.Parent is { } parent && !IsList(parent.FieldDefinition)
                && TakesPageSize(parent.FieldDefinition) && !AsksForPageSize(parent.Arguments);
            if (ownPage || parentPage)
            {
                return new FieldComplexityResult(impact.FieldImpact, defaultPageSize);
            }
        }
        return impact;
    }

    private static bool IsList(FieldType field) =>
        field.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType };

    private static bool TakesPageSize(FieldType field) => field.Arguments?.Find("first") is not null;

    private static bool AsksForPageSize(IDictionary<string, ArgumentValue>? arguments) =>
        arguments is not null && arguments.TryGetValue("first", out var first) && first.Value is int;
}
