using ExpertFinder.Api.Data;
using ExpertFinder.Api.GraphQL;
using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using GraphQL;
using GraphQL.Builders;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Experts;

internal static class ExpertSearchField
{
    public const int MaxQueryLength = 500;

    /// <summary>Searches the index, then loads what the page refers to in one query per kind, keeping the index's order.</summary>
    public static async Task<object?> ResolveAsync(IResolveConnectionContext<object?> context)
    {
        var text = context.GetArgument<string>("query");
        if (text.Length > MaxQueryLength)
        {
            throw new ExecutionError($"'query' must be at most {MaxQueryLength} characters") { Code = "QUERY_TOO_LONG" };
        }
        var (skip, take) = Paging.Window(context, context.Paging());
        var scope = context.GetArgument("scope", ExpertScope.Anyone);
        var viewer = await ViewerAsync(context, context.GetArgument<string?>("viewer"), scope);
        var index = context.RequestServices!.GetRequiredService<ExpertIndex>();
        var evidence = Selects(context.FieldAst, "evidence") || Selects(context.FieldAst, "introductionPath");
        var results = index.Search(new ExpertQuery(text, skip, take)
        {
            Viewer = viewer,
            Scope = scope,
            Filter = ExpertFilterInputType.ToFilter(context.GetArgument<Dictionary<string, object?>?>("filter")),
            WithFacets = Selects(context.FieldAst, "facets"),
            WithEvidence = evidence,
        });
        var page = await context.WithDbAsync(db => ExpertPage.LoadAsync(db, results.Hits, evidence || Selects(context.FieldAst, "documents"), context.CancellationToken));
        // A person hidden or removed since the index last refreshed is dropped rather than shown.
        var matches = results.Hits.Where(h => page.People.ContainsKey(h.PersonKey)).Select(h => new ExpertMatch(page.People[h.PersonKey], h, page)).ToList();
        var connection = new ExpertConnection { DidYouMean = results.DidYouMean, ExpandedWith = results.ExpandedWith, Facets = results.Facets };
        return Paging.ToConnection(connection, matches, skip, take, results.TotalCount);
    }

    /// <summary>The viewer as the database knows them (a hidden viewer may search too, though nobody finds them).</summary>
    private static async Task<ExpertViewer?> ViewerAsync(IResolveFieldContext context, string? key, ExpertScope scope)
    {
        if (key is null)
        {
            return scope == ExpertScope.Anyone
                ? null
                : throw new ExecutionError("'scope' other than ANYONE needs a 'viewer'") { Code = "VIEWER_REQUIRED" };
        }
        var viewer = await context.WithDbAsync(async db =>
        {
            var person = await db.People.AsNoTracking().Where(p => p.Key == key)
                .Select(p => new { p.Key, p.UnitId, Networks = db.Memberships.Where(m => m.PersonId == p.Id).Select(m => m.Network!.Key).ToList() })
                .SingleOrDefaultAsync(context.CancellationToken);
            if (person is null)
            {
                return null;
            }
            // Only the viewer's own path up the tree, not the whole tree: this runs on every search with a viewer.
            var path = await db.Database.SqlQuery<UnitOnPath>($"""
                WITH RECURSIVE path AS (
                    SELECT id, key, kind, parent_id, 0 AS depth FROM units WHERE id = {person.UnitId}
                    UNION ALL SELECT u.id, u.key, u.kind, u.parent_id, p.depth + 1 FROM units u JOIN path p ON u.id = p.parent_id WHERE p.depth < 64
                )
                SELECT key AS "Key", kind AS "Kind" FROM path ORDER BY depth
                """).ToListAsync(context.CancellationToken);
            return new ExpertViewer(person.Key, path[0].Key,
                path.Where(u => u.Kind == "department").Select(u => u.Key).FirstOrDefault(),
                path.Where(u => u.Kind == "municipality").Select(u => u.Key).FirstOrDefault(),
                person.Networks);
        });
        return viewer ?? throw new ExecutionError($"There is no person with key '{key}' to search as") { Code = "UNKNOWN_VIEWER" };
    }

    private sealed record UnitOnPath(string Key, string Kind);

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
}
