using ExpertFinder.Api.Data;
using ExpertFinder.Api.Hosting;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Schema;

internal static class ResolverExtensions
{
    /// <summary>Runs a query on a context of its own: resolvers run in parallel and a DbContext is not thread-safe.</summary>
    public static async Task<T> WithDbAsync<T>(this IResolveFieldContext context, Func<ExpertFinderDb, Task<T>> query)
    {
        var factory = context.RequestServices!.GetRequiredService<IDbContextFactory<ExpertFinderDb>>();
        await using var db = await factory.CreateDbContextAsync(context.CancellationToken);
        return await query(db);
    }

    public static PagingOptions Paging(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<Microsoft.Extensions.Options.IOptions<ExpertFinderOptions>>().Value.Paging;
}
