using ExpertFinder.Api.GraphQL;
using ExpertFinder.Api.People;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Units;

public sealed class UnitType : ObjectGraphType<Unit>
{
    public UnitType()
    {
        Name = "Unit";
        Description = "An organisational unit: municipality > department > office > team.";
        Field(u => u.Key);
        Field(u => u.Name);
        Field<NonNullGraphType<UnitKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<UnitType>("parent").ResolveAsync(async c => await c.FindAsync<Unit>(c.Source.ParentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("children")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.Units.AsNoTracking()
                .Where(u => u.ParentId == c.Source.Id).OrderBy(u => u.Name).ToListAsync(c.CancellationToken)));
        Connection<PersonType>("people")
            .NonNull()
            .Description("People who work in this unit itself (not in units below it), by name.")
            .ResolveAsync(async c =>
            {
                var (skip, take) = Paging.Window(c, c.Paging());
                return await c.WithDbAsync(async db =>
                {
                    var people = db.People.AsNoTracking().Where(p => p.UnitId == c.Source.Id && p.Visibility != "hidden");
                    var total = await people.CountAsync(c.CancellationToken);
                    var page = await people.OrderBy(p => p.Name).ThenBy(p => p.Key).Skip(skip).Take(take).ToListAsync(c.CancellationToken);
                    return (object)Paging.ToConnection(page, skip, take, total);
                });
            });
    }
}
