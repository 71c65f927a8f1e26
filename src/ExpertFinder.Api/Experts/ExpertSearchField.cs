using ExpertFinder.Api.GraphQL;
using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using GraphQL;
using GraphQL.Builders;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Experts;

internal static class ExpertSearchField
{
    public const int MaxQueryLength = 500;

    /// <summary>Searches the index, then loads the page's people in one query and keeps the index's order.</summary>
    public static async Task<object?> ResolveAsync(IResolveConnectionContext<object?> context)
    {
        var text = context.GetArgument<string>("query");
        if (text.Length > MaxQueryLength)
        {
            throw new ExecutionError($"'query' must be at most {MaxQueryLength} characters") { Code = "QUERY_TOO_LONG" };
        }
        var (skip, take) = Paging.Window(context, context.Paging());
        var index = context.RequestServices!.GetRequiredService<ExpertIndex>();
        var results = index.Search(new ExpertQuery(text, skip, take));
        var keys = results.Hits.Select(h => h.PersonKey).ToList();
        var people = await context.WithDbAsync(db => db.People.AsNoTracking()
            .Where(p => keys.Contains(p.Key) && p.Visibility != "hidden").ToDictionaryAsync(p => p.Key, context.CancellationToken));
        // A person hidden or removed since the index last refreshed is dropped rather than shown.
        var matches = results.Hits.Where(h => people.ContainsKey(h.PersonKey)).Select(h => new ExpertMatch(people[h.PersonKey], h)).ToList();
        return Paging.ToConnection(matches, skip, take, results.TotalCount);
    }
}
