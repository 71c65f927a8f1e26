using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Units;

public sealed class UnitsFilter
{
    public string? Kind { get; set; }
    public string? ParentId { get; set; }
    public string? Name { get; set; }
}

public sealed class UnitsFilterInputType : InputObjectGraphType<UnitsFilter>
{
    public UnitsFilterInputType()
    {
        Name = "UnitsFilter";
        Description = "Narrow the unit list; all given conditions must hold.";
        Field<UnitKindType>("kind").Description("E.g. MUNICIPALITY for the roots of the tree.");
        Field<IdGraphType>("parentId").Description("Only units directly below this one.");
        Field<StringGraphType>("name").Description("Only units whose name contains this text (case-insensitive).");
    }
}

public static class UnitsField
{
    /// <summary>The root field that fetches one unit by key.</summary>
    public static void AddByKey(ObjectGraphType query) =>
        query.AddByKey<UnitType, Unit>("unit", "A unit by key.", (c, key) => c.UnitByKey(key));

    public static void Add(ObjectGraphType query)
    {
        query.Connection<UnitType, EdgeType<UnitType>, PageType<UnitType>>("units").Pageable()
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .Description("Units by name.")
            .Argument<UnitsFilterInputType>("filter")
            .Argument<OrderDirectionType>("direction", "Name order (default ascending).", a => a.DefaultValue = OrderDirection.Asc)
            .ResolvePageAsync(c => ListQueries.PageAsync(c, db =>
            {
                var filter = c.GetArgument<UnitsFilter>("filter") ?? new UnitsFilter();
                var units = db.Units.AsNoTracking();
                if (filter.Kind is not null)
                {
                    units = units.Where(u => u.Kind == filter.Kind);
                }
                if (filter.ParentId is not null)
                {
                    var key = GlobalId.KeyOf(NodeTypeNames.Unit, filter.ParentId, "filter.parentId");
                    units = units.Where(u => u.Parent!.Key == key);
                }
                if (!string.IsNullOrWhiteSpace(filter.Name))
                {
                    var pattern = ListQueries.ContainsPattern(filter.Name);
                    units = units.Where(u => EF.Functions.ILike(u.Name, pattern, @"\"));
                }
                return Task.FromResult<IQueryable<Unit>>(units.OrderBy(c.GetArgument<OrderDirection>("direction"), u => u.Name, u => u.Key));
            }));
    }
}
