using GraphQL.Types;

namespace ExpertFinder.Api.Schema.Conventions;

public enum OrderDirection
{
    Asc,
    Desc,
}

public sealed class OrderDirectionType : EnumerationGraphType<OrderDirection>
{
    public OrderDirectionType()
    {
        Name = "OrderDirection";
        Description = "Ascending or descending.";
    }
}

/// <summary>How a list is sorted: a field of <typeparamref name="TField"/> and a direction; ties always break on the key.</summary>
public sealed class Order<TField> where TField : struct, Enum
{
    public TField Field { get; set; }

    public OrderDirection Direction { get; set; }
}

/// <summary>An input like GitHub's: <c>orderBy: { field: NAME, direction: DESC }</c>.</summary>
public abstract class OrderInputType<TField> : InputObjectGraphType<Order<TField>> where TField : struct, Enum
{
    protected OrderInputType(string name, string description, TField defaultField)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<EnumerationGraphType<TField>>>("field").DefaultValue(defaultField);
        Field<NonNullGraphType<OrderDirectionType>>("direction").DefaultValue(OrderDirection.Asc);
    }
}

public static class OrderingExtensions
{
    /// <summary>Sorts by <paramref name="key"/> in the order's direction, then by the stable <paramref name="tieBreak"/>.</summary>
    public static IOrderedQueryable<T> OrderBy<T, TKey>(this IQueryable<T> items, OrderDirection direction,
        System.Linq.Expressions.Expression<Func<T, TKey>> key, System.Linq.Expressions.Expression<Func<T, string>> tieBreak) =>
        direction == OrderDirection.Desc
            ? items.OrderByDescending(key).ThenByDescending(tieBreak)
            : items.OrderBy(key).ThenBy(tieBreak);
}
