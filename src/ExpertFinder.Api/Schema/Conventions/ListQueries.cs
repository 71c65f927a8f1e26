using ExpertFinder.Api.Data;
using ExpertFinder.Api.Schema;
using GraphQL;
using GraphQL.Builders;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>Top-level lists: one count and one page query, on a context of their own.</summary>
public static class ListQueries
{
    public static async Task<object?> PageAsync<T>(IResolveConnectionContext<object?> context, Func<ExpertFinderDb, Task<IQueryable<T>>> query)
    {
        var options = context.Paging();
        return await context.WithDbAsync(async db =>
        {
            var items = await query(db);
            var total = await items.CountAsync(context.CancellationToken);
            var (skip, take) = Paging.Window(context, options, total);
            var page = take == 0 ? [] : await items.Skip(skip).Take(take).ToListAsync(context.CancellationToken);
            return (object)Paging.ToConnection(page, skip, take, total);
        });
    }

    /// <summary>An ILIKE pattern that finds <paramref name="text"/> anywhere, with the user's wildcards taken literally.</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
}
