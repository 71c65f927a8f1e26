using ExpertFinder.Api.Operations;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Search;
using ExpertFinder.Search.Experts;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;
using Npgsql;

namespace ExpertFinder.Api.Features.Experts;

internal static class ExpertSearchField
{
    public const int MaxQueryLength = 500;

    /// <summary>The root field: people ranked for a query in the reader's own words.</summary>
    public static void Add(ObjectGraphType query)
    {
        query.Connection<ExpertHitType, ExpertEdgeType, ExpertConnectionType>("experts")
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .NonNull()
            .Description("People ranked by how well they know about the query: Danish words, any inflection or spelling.")
            .Argument<NonNullGraphType<StringGraphType>>("query", $"What you need to know about, in your own words; at most {MaxQueryLength} characters.")
            .Argument<ExpertScopeType>("scope", "Whom to search among, seen from the signed-in person (their colleagues rank lower; each hit gets an introduction path from them). Scopes other than ANYONE need one.", a => a.DefaultValue = ExpertScope.Anyone)
            .Argument<ExpertFilterInputType>("filter", "Narrow by municipality, department, unit, competence and level, role or network kind.")
            .ResolveAsync(ResolveAsync);
    }

    /// <summary>Searches the index, then loads what the page refers to in one query per kind, keeping the index's order.</summary>
    public static async Task<object?> ResolveAsync(IResolveConnectionContext<object?> context)
    {
        var text = context.GetArgument<string>("query");
        if (text.Length > MaxQueryLength)
        {
            throw new ExecutionError($"'query' must be at most {MaxQueryLength} characters") { Code = "QUERY_TOO_LONG" };
        }
        var (skip, take) = Paging.Window(context, context.Paging());
        // Read before any work, so that a filter over its caps costs nothing.
        var filter = ExpertFilterInputType.ToFilter(context.GetArgument<Dictionary<string, object?>?>("filter"));
        var scope = context.GetArgument("scope", ExpertScope.Anyone);
        var viewer = await ViewerAsync(context, scope);
        var privacy = context.Privacy();
        var engine = context.RequestServices!.GetRequiredService<SearchEngine>();
        var evidence = Selects(context.FieldAst, "evidence") || Selects(context.FieldAst, "introductionPath");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var results = engine.Search(new ExpertQuery(text, skip, take)
        {
            Viewer = viewer,
            Audience = privacy,
            Scope = scope,
            Filter = filter,
            WithFacets = Selects(context.FieldAst, "facets"),
            WithEvidence = evidence,
        });
        context.RequestServices!.GetRequiredService<ExpertFinderMetrics>().RecordSearch(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        var entities = evidence || Selects(context.FieldAst, "documents");
        var page = !entities && SelectsOnlyPersonKeys(context.FieldAst)
            ? await context.WithDbAsync(db => HitReferences.LoadKeysAsync(db, privacy, results.Hits, context.CancellationToken))
            : await context.WithDbAsync(db => HitReferences.LoadAsync(db, privacy, results.Hits, entities, context.CancellationToken));
        // A person hidden or removed since the index last refreshed is dropped rather than shown.
        // (Counts and facets come from the index, which asked the same policy through the audience.)
        var matches = results.Hits.Where(h => page.People.ContainsKey(h.PersonKey)).Select(h => new ExpertMatch(page.People[h.PersonKey], h, page)).ToList();
        var connection = new ExpertConnection { DidYouMean = results.DidYouMean, ExpandedWith = results.ExpandedWith, Facets = results.Facets };
        return Paging.ToConnection(connection, matches, skip, take, results.TotalCount);
    }

    /// <summary>
    /// The caller as a viewer, when they are a person: their colleagues rank lower and each hit gets an introduction
    /// path from them (a hidden viewer may search too, though nobody finds them). Never taken from an argument.
    /// </summary>
    private static async Task<ExpertViewer?> ViewerAsync(IResolveFieldContext context, ExpertScope scope)
    {
        if (context.Caller().PersonKey is not { } key)
        {
            return scope == ExpertScope.Anyone
                ? null
                : throw new ExecutionError("'scope' other than ANYONE needs a signed-in person: it is seen from them") { Code = "VIEWER_REQUIRED" };
        }
        return await ExpertViewers.FindAsync(context.RequestServices!.GetRequiredService<NpgsqlDataSource>(), key, context.CancellationToken)
            // Deleted since the request began: search as nobody in particular.
            ?? (scope == ExpertScope.Anyone ? null : throw new ExecutionError("The signed-in person no longer exists") { Code = "VIEWER_REQUIRED" });
    }

    /// <summary>
    /// Whether the selection below the field names <paramref name="name"/> anywhere (fragments included), so that costly
    /// parts (facets, snippets, paths) are only computed when asked for. A named fragment counts as asking.
    /// </summary>
    private static bool Selects(ASTNode node, string name) => node switch
    {
        GraphQLField field when field.Name.Value == name => true,
        GraphQLField field => field.SelectionSet is { } set && set.Selections.Any(s => Selects(s, name)),
        GraphQLInlineFragment fragment => fragment.SelectionSet.Selections.Any(s => Selects(s, name)),
        GraphQLFragmentSpread => true,
        _ => false,
    };

    /// <summary>
    /// Whether every <c>person</c> under the field asks for its key (or type name) alone, so that the people need not
    /// be loaded. Without evidence, <c>person</c> is the only field that reads a person. A named fragment anywhere
    /// counts as asking for more.
    /// </summary>
    private static bool SelectsOnlyPersonKeys(ASTNode node) => node switch
    {
        GraphQLField field when field.Name.Value == "person" => field.SelectionSet is { } set && set.Selections.All(IsKeyOnly),
        GraphQLField field => field.SelectionSet is null || field.SelectionSet.Selections.All(SelectsOnlyPersonKeys),
        GraphQLInlineFragment fragment => fragment.SelectionSet.Selections.All(SelectsOnlyPersonKeys),
        _ => false,
    };

    private static bool IsKeyOnly(ASTNode node) => node switch
    {
        GraphQLField field => field.Name.Value == "key" || field.Name.Value == "id" || field.Name.Value == "__typename",
        GraphQLInlineFragment fragment => fragment.SelectionSet.Selections.All(IsKeyOnly),
        _ => false,
    };
}
