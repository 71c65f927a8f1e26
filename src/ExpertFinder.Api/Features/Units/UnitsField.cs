using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL.Types;
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
        Field<StringGraphType>("name").Description("Only units whose name contains this text (case-insensitive); at most 200 characters.");
    }
}

public static class UnitsField
{
    /// <summary>The root field that fetches one unit by key.</summary>
    public static void AddByKey(ObjectGraphType query) =>
        query.AddByKey<UnitType, Unit>("unit", "A unit by key.", (c, key) => c.UnitByKey(key));

    public static void Add(ObjectGraphType query) =>
        query.AddList<UnitType>("units", AccessPolicy.Reader, "Units by name.")
            .WithFilter<UnitsFilterInputType>()
            .WithNameDirection()
            .ResolveList((c, db) =>
            {
                var filter = c.Filter<UnitsFilter>();
                return db.Units.AsNoTracking()
                    .WhereGiven(filter.Kind, kind => u => u.Kind == kind)
                    .WhereKeyOf(NodeTypeNames.Unit, filter.ParentId, "filter.parentId", key => u => u.Parent!.Key == key)
                    .WhereContains(filter.Name, "filter.name", pattern => u => EF.Functions.ILike(u.Name, pattern, @"\"))
                    .OrderBy(c.NameDirection(), u => u.Name, u => u.Key);
            });
}
