using GraphQL.Builders;
using GraphQL.DataLoader;

namespace ExpertFinder.Api.Schema.Conventions;

public static class ConnectionResults
{
    /// <summary>A page of a parent's rows once the batch that loads them for all parents is in.</summary>
    public static IDataLoaderResult<object> Page<TSource, T>(this IResolveConnectionContext<TSource> context, IDataLoaderResult<IReadOnlyList<T>?> rows)
    {
        var options = context.Paging();
        return rows.Then(list => (object)Paging.Slice(context, options, list ?? []));
    }
}
