using System.Collections.Concurrent;
using ExpertFinder.Api.Data;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>The batch loaders of one request, by name: resolvers of the same field share one loader.</summary>
public sealed class RequestLoaders(IDbContextFactory<ExpertFinderDb> databases)
{
    private readonly ConcurrentDictionary<string, object> loaders = new(StringComparer.Ordinal);

    /// <summary>
    /// The loader called <paramref name="name"/>; <paramref name="fetch"/> runs on a context of its own, as resolvers of
    /// different loaders fetch in parallel. The name must include every argument that changes what is fetched.
    /// </summary>
    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<ExpertFinderDb, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(async (keys, cancellationToken) =>
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            return await fetch(db, keys, cancellationToken);
        }));

    /// <summary>Loads rows grouped by a parent key; a parent without rows gets an empty list.</summary>
    public BatchLoader<TKey, IReadOnlyList<TValue>> GetGroups<TKey, TValue>(string name, Func<ExpertFinderDb, IReadOnlyCollection<TKey>, CancellationToken, Task<List<(TKey Parent, TValue Row)>>> fetch)
        where TKey : notnull =>
        Get<TKey, IReadOnlyList<TValue>>(name, async (db, keys, cancellationToken) =>
        {
            var rows = await fetch(db, keys, cancellationToken);
            var groups = keys.ToDictionary(k => k, _ => (IReadOnlyList<TValue>)new List<TValue>());
            foreach (var (parent, row) in rows)
            {
                ((List<TValue>)groups[parent]).Add(row);
            }
            return groups;
        });
}

public static class RequestLoadersExtensions
{
    public static RequestLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestLoaders>();
}
