using System.Linq.Expressions;
using ExpertFinder.Api.Data;
using ExpertFinder.Core.Fields;
using GraphQL;
using GraphQL.Builders;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>Top-level lists: one count and one page query, on a context of their own, and the conditions their filters share.</summary>
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

    /// <summary>Narrows by a filter field only when it was given.</summary>
    public static IQueryable<T> WhereGiven<T, TValue>(this IQueryable<T> items, TValue? value, Func<TValue, Expression<Func<T, bool>>> condition)
        where TValue : class =>
        value is null ? items : items.Where(condition(value));

    public static IQueryable<T> WhereGiven<T, TValue>(this IQueryable<T> items, TValue? value, Func<TValue, Expression<Func<T, bool>>> condition)
        where TValue : struct =>
        value is { } given ? items.Where(condition(given)) : items;

    /// <summary>
    /// Narrows by the object a filter's ID names, when given; an ID of another type is an INVALID_ID error that names
    /// the filter field (<paramref name="argument"/>, e.g. filter.unitId).
    /// </summary>
    public static IQueryable<T> WhereKeyOf<T>(this IQueryable<T> items, string typeName, string? id, string argument, Func<string, Expression<Func<T, bool>>> condition) =>
        id is null ? items : items.Where(condition(GlobalId.KeyOf(typeName, id, argument)));

    /// <summary>Longest free text a filter searches for: no name is longer, and matching costs time with its length.</summary>
    public const int MaxContainsLength = 200;

    /// <summary>
    /// Narrows by free text found anywhere (see <see cref="ContainsPattern"/>), when it is more than white space; text
    /// longer than <see cref="MaxContainsLength"/> is a BAD_FILTER error that names the filter field (<paramref name="argument"/>).
    /// </summary>
    public static IQueryable<T> WhereContains<T>(this IQueryable<T> items, string? text, string argument, Func<string, Expression<Func<T, bool>>> condition)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return items;
        }
        if (text.Trim().Length > MaxContainsLength)
        {
            throw new ExecutionError($"'{argument}' must be at most {MaxContainsLength} characters") { Code = "BAD_FILTER" };
        }
        return items.Where(condition(ContainsPattern(text)));
    }

    /// <summary>Most values a filter's list may hold: more alternatives than any reader means, and each costs work.</summary>
    public const int MaxFilterValues = 100;

    /// <summary>How a list argument's description tells its cap.</summary>
    public const string MaxFilterValuesNote = "At most 100.";

    /// <summary>
    /// A filter's list, refused as a BAD_FILTER error that names it (<paramref name="argument"/>) when it holds more than
    /// <see cref="MaxFilterValues"/> values, before any of them is used.
    /// </summary>
    public static List<T> CheckFilterList<T>(IEnumerable<T>? values, string argument)
    {
        var list = values as List<T> ?? values?.Take(MaxFilterValues + 1).ToList() ?? [];
        if (list.Count > MaxFilterValues)
        {
            throw new ExecutionError($"'{argument}' may hold at most {MaxFilterValues} values") { Code = "BAD_FILTER" };
        }
        return list;
    }

    /// <summary>A filter value that breaks its field rule is a BAD_FILTER error that names the filter field (<paramref name="argument"/>).</summary>
    public static void CheckFilterValue(RangeRule rule, int? value, string argument)
    {
        if (value is { } given && rule.Check(given) is { } problem)
        {
            throw new ExecutionError($"'{argument}' {problem.Reason}") { Code = "BAD_FILTER" };
        }
    }
}
