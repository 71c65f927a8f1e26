using GraphQL.DataLoader;

namespace ExpertFinder.Api.Schema.Conventions;

public static class DataLoaderResultExtensions
{
    /// <summary>A result that transforms a loaded value once it is there, still batched with its siblings.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> transform) =>
        new Transformed<T, TResult>(result, transform);

    private sealed class Transformed<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> transform) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            transform(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
