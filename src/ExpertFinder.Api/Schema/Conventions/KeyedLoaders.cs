using ExpertFinder.Api.Data;
using ExpertFinder.Api.Data.Model;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>
/// Loaders of keyed entities by row number and by key, batched per request; each feature says what its readers may
/// load (<paramref name="readable"/>), and what they may not resolves to null.
/// </summary>
public static class KeyedLoaders
{
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, string name, int id, Func<ExpertFinderDb, IQueryable<T>> readable)
        where T : class, IKeyed =>
        context.Loaders().Get<int, T>(name, async (db, ids, ct) =>
            await readable(db).Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct)).Load(id);

    public static IDataLoaderResult<T?> LoadByKey<T>(this IResolveFieldContext context, string name, string key, Func<ExpertFinderDb, IQueryable<T>> readable)
        where T : class, IKeyed =>
        context.Loaders().Get<string, T>(name, async (db, keys, ct) =>
            await readable(db).Where(e => keys.Contains(e.Key)).ToDictionaryAsync(e => e.Key, StringComparer.Ordinal, ct)).Load(key);
}
