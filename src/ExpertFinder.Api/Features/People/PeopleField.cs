using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.People;

public sealed class PeopleFilter
{
    public string? UnitId { get; set; }
    public bool IncludeSubunits { get; set; } = true;
    public string? CompetenceId { get; set; }
    public int MinLevel { get; set; } = 1;
    public string? Role { get; set; }
    public string? Name { get; set; }
}

public sealed class PeopleFilterInputType : InputObjectGraphType<PeopleFilter>
{
    public PeopleFilterInputType()
    {
        Name = "PeopleFilter";
        Description = "Narrow the people list; all given conditions must hold.";
        Field<IdGraphType>("unitId").Description("Only people in this unit.");
        Field<BooleanGraphType>("includeSubunits").DefaultValue(true).Description("With unitId: also people in the units below it.");
        Field<IdGraphType>("competenceId").Description("Only people who hold this competence.");
        Field<IntGraphType>("minLevel").DefaultValue(1).Description("With competenceId: at this level (1-5) or above.");
        Field<PersonRoleType>("role").Description("Only people with this role, e.g. KNOWLEDGE_SHARER.");
        Field<StringGraphType>("name").Description("Only people whose name contains this text (case-insensitive); at most 200 characters.");
    }
}

public enum PersonOrderField
{
    Name,
    Title,
}

public sealed class PersonOrderInputType() : OrderInputType<PersonOrderField>("PersonOrder", "How to sort people.", PersonOrderField.Name);

public static class PeopleField
{
    /// <summary>The root field that fetches one person by key.</summary>
    public static void AddByKey(ObjectGraphType query) =>
        query.AddByKey<PersonType, Person>("person", "A visible person by key.", (c, key) => c.PersonByKey(key));

    public static void Add(ObjectGraphType query) =>
        query.AddList<PersonType>("people", AccessPolicy.Reader, "Visible people, by name unless orderBy says otherwise.")
            .WithFilter<PeopleFilterInputType>()
            .WithOrder<PersonOrderInputType>()
            .ResolveListAsync<Person>(async (c, db) =>
            {
                var filter = c.Filter<PeopleFilter>();
                var order = c.Order<PersonOrderField>();
                var people = (await db.VisiblePeople(c.Privacy()).InUnitAsync(db, filter.UnitId, filter.IncludeSubunits, c.CancellationToken))
                    .HoldingCompetence(filter.CompetenceId, filter.MinLevel)
                    .WhereGiven(filter.Role, role => p => p.Roles.Contains(role))
                    .WhereContains(filter.Name, "filter.name", pattern => p => EF.Functions.ILike(p.Name, pattern, @"\"));
                return order.Field switch
                {
                    PersonOrderField.Title => people.OrderBy(order.Direction, p => p.Title, p => p.Key),
                    _ => people.OrderBy(order.Direction, p => p.Name, p => p.Key),
                };
            });
}
