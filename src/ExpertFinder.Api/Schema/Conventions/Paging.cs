using System.Text;
using ExpertFinder.Api.Hosting;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types.Relay.DataObjects;

namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>Relay paging by position: opaque cursors, a default page size and a hard maximum.</summary>
public static class Paging
{
    private const string Prefix = "ef:";

    public static (int Skip, int Take) Window(IResolveConnectionContext context, PagingOptions options)
    {
        // Read as sent: the context's First hides a negative size, which would give an empty page instead of an error.
        var take = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        CheckSize(take, "first", options);
        var skip = context.After is null ? 0 : Decode(context.After) + 1;
        return (skip, take);
    }

    /// <summary>
    /// The window of a list whose length is known, in either direction: first/after pages forward, last/before
    /// backward; both cursors may bound the window.
    /// </summary>
    public static (int Skip, int Take) Window(IResolveConnectionContext context, PagingOptions options, int totalCount)
    {
        // Read the arguments as sent: the context's First and Last hide a negative size.
        var requestedFirst = context.GetArgument<int?>("first");
        var requestedLast = context.GetArgument<int?>("last");
        if (requestedFirst is not null && requestedLast is not null)
        {
            throw new ExecutionError("Pass 'first' or 'last', not both") { Code = "BAD_PAGE_SIZE" };
        }
        var start = context.After is null ? 0 : Math.Min(totalCount, Decode(context.After) + 1);
        var end = context.Before is null ? totalCount : Math.Min(totalCount, Decode(context.Before));
        end = Math.Max(start, end);
        if (requestedLast is { } last)
        {
            CheckSize(last, "last", options);
            var skip = Math.Max(start, end - last);
            return (skip, end - skip);
        }
        var first = requestedFirst ?? options.DefaultPageSize;
        CheckSize(first, "first", options);
        return (start, Math.Min(first, end - start));
    }

    /// <summary>A connection over a list already in memory, e.g. one parent's share of a batch.</summary>
    public static Page<T> Slice<T>(IResolveConnectionContext context, PagingOptions options, IReadOnlyList<T> all)
    {
        var (skip, take) = Window(context, options, all.Count);
        return ToConnection(all.Skip(skip).Take(take).ToList(), skip, take, all.Count);
    }

    private static void CheckSize(int size, string argument, PagingOptions options)
    {
        if (size < 0)
        {
            throw new ExecutionError($"'{argument}' must not be negative") { Code = "BAD_PAGE_SIZE" };
        }
        if (size > options.MaxPageSize)
        {
            throw new ExecutionError($"'{argument}' must be at most {options.MaxPageSize}") { Code = "BAD_PAGE_SIZE" };
        }
    }

    public static string Encode(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position));

    public static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text.AsSpan(Prefix.Length), out var position) && position >= 0)
            {
                return position;
            }
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError("'after' is not a cursor this API issued") { Code = "BAD_CURSOR" };
    }

    /// <summary>A connection over one page; <paramref name="items"/> may hold one item more than the page, which signals a next page.</summary>
    public static Page<T> ToConnection<T>(IReadOnlyList<T> items, int skip, int take, int totalCount) =>
        ToConnection(new Page<T>(), items, skip, take, totalCount);

    /// <summary>Fills a connection of a derived type (one that carries more than the page) the same way.</summary>
    public static TConnection ToConnection<T, TConnection>(TConnection connection, IReadOnlyList<T> items, int skip, int take, int totalCount)
        where TConnection : Connection<T>
    {
        var page = items.Take(take).ToList();
        var edges = page.Select((item, i) => new Edge<T> { Node = item, Cursor = Encode(skip + i) }).ToList();
        connection.Edges = edges;
        connection.TotalCount = totalCount;
        connection.PageInfo = new PageInfo
        {
            HasNextPage = skip + page.Count < totalCount,
            HasPreviousPage = skip > 0,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return connection;
    }
}

public static class ConnectionBuilderExtensions
{
    /// <summary>A list field always answers with a connection (possibly empty), so its type is non-null.</summary>
    public static ConnectionBuilder<TSource> NonNull<TSource>(this ConnectionBuilder<TSource> builder)
    {
        builder.FieldType.Type = typeof(global::GraphQL.Types.NonNullGraphType<>).MakeGenericType(builder.FieldType.Type!);
        return builder;
    }

    /// <summary>
    /// Resolves through our own paging checks, which report first with last as BAD_PAGE_SIZE; the builder's own
    /// check throws an exception whose message clients never see.
    /// </summary>
    public static void ResolvePage<TSource>(this ConnectionBuilder<TSource> builder, Func<IResolveConnectionContext<TSource>, object?> resolve) =>
        builder.FieldType.Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object?>(
            context => resolve(new ResolveConnectionContext<TSource>(context, isUnidirectional: false, defaultPageSize: null)));

    public static void ResolvePageAsync<TSource>(this ConnectionBuilder<TSource> builder, Func<IResolveConnectionContext<TSource>, Task<object?>> resolve) =>
        builder.FieldType.Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object?>(
            async context => await resolve(new ResolveConnectionContext<TSource>(context, isUnidirectional: false, defaultPageSize: null)));

    /// <summary>A connection of entities: non-null, pageable both ways.</summary>
    public static ConnectionBuilder<TSource> Pageable<TSource>(this ConnectionBuilder<TSource> builder) => builder.Bidirectional().NonNull();
}
