using ExpertFinder.Api.Data;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>
/// The root list fields as every listed feature offers them: a non-null connection pageable both ways, narrowed by
/// a <c>filter</c> and sorted by an <c>orderBy</c> (or, for lists sorted by name alone, a <c>direction</c>); each
/// feature states only its filter, its order keys and its query.
/// </summary>
public static class ListFields
{
    private const string FilterArgument = "filter";
    private const string OrderArgument = "orderBy";
    private const string DirectionArgument = "direction";

    public static ConnectionBuilder<object?> AddList<TNodeType>(this ObjectGraphType query, string name, string policy, string description)
        where TNodeType : IGraphType =>
        query.Connection<TNodeType, EdgeType<TNodeType>, PageType<TNodeType>>(name).Pageable()
            .AuthorizeWithPolicy(policy)
            .Description(description);

    public static ConnectionBuilder<object?> WithFilter<TFilterInputType>(this ConnectionBuilder<object?> list) where TFilterInputType : IGraphType =>
        list.Argument<TFilterInputType>(FilterArgument);

    public static ConnectionBuilder<object?> WithOrder<TOrderInputType>(this ConnectionBuilder<object?> list) where TOrderInputType : IGraphType =>
        list.Argument<TOrderInputType>(OrderArgument);

    public static ConnectionBuilder<object?> WithNameDirection(this ConnectionBuilder<object?> list) =>
        list.Argument<OrderDirectionType>(DirectionArgument, "Name order (default ascending).", a => a.DefaultValue = OrderDirection.Asc);

    /// <summary>The filter as sent; an absent one narrows nothing, like an empty one.</summary>
    public static TFilter Filter<TFilter>(this IResolveFieldContext context) where TFilter : new() =>
        context.GetArgument<TFilter>(FilterArgument) ?? new TFilter();

    /// <summary>The order as sent; an absent one sorts by the default field in <paramref name="directionWhenAbsent"/>.</summary>
    public static Order<TField> Order<TField>(this IResolveFieldContext context, OrderDirection directionWhenAbsent = OrderDirection.Asc)
        where TField : struct, Enum =>
        context.GetArgument<Order<TField>>(OrderArgument) ?? new Order<TField> { Direction = directionWhenAbsent };

    public static OrderDirection NameDirection(this IResolveFieldContext context) => context.GetArgument<OrderDirection>(DirectionArgument);

    /// <summary>Resolves to the page of <paramref name="query"/>, built on the list's own context; its errors reach the caller coded.</summary>
    public static void ResolveList<T>(this ConnectionBuilder<object?> list, Func<IResolveConnectionContext<object?>, ExpertFinderDb, IQueryable<T>> query) =>
        list.ResolvePageAsync(c => ListQueries.PageAsync(c, db => Task.FromResult(query(c, db))));

    public static void ResolveListAsync<T>(this ConnectionBuilder<object?> list, Func<IResolveConnectionContext<object?>, ExpertFinderDb, Task<IQueryable<T>>> query) =>
        list.ResolvePageAsync(c => ListQueries.PageAsync(c, db => query(c, db)));
}
