using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;
using static ExpertFinder.Api.Data.CheckConstraints;
using static ExpertFinder.Core.Vocabulary;

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
        Field<StringGraphType>("name").Description("Only people whose name contains this text (case-insensitive).");
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

    public static void Add(ObjectGraphType query)
    {
        query.Connection<PersonType, EdgeType<PersonType>, PageType<PersonType>>("people").Pageable()
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .Description("Visible people, by name unless orderBy says otherwise.")
            .Argument<PeopleFilterInputType>("filter")
            .Argument<PersonOrderInputType>("orderBy")
            .ResolvePageAsync(c => ListQueries.PageAsync<Person>(c, async db =>
            {
                var filter = c.GetArgument<PeopleFilter>("filter") ?? new PeopleFilter();
                var order = c.GetArgument<Order<PersonOrderField>>("orderBy") ?? new Order<PersonOrderField>();
                var people = db.VisiblePeople(c.Privacy());
                if (filter.UnitId is not null)
                {
                    var key = GlobalId.KeyOf(NodeTypeNames.Unit, filter.UnitId, "filter.unitId");
                    var unit = await db.Units.Where(u => u.Key == key).Select(u => (int?)u.Id).FirstOrDefaultAsync(c.CancellationToken);
                    var units = unit is null ? [] : filter.IncludeSubunits ? await UnitLoaders.SubtreeAsync(db, unit.Value, c.CancellationToken) : [unit.Value];
                    people = people.Where(p => units.Contains(p.UnitId));
                }
                if (filter.CompetenceId is not null)
                {
                    if (filter.MinLevel is < 1 or > 5)
                    {
                        throw new ExecutionError("'filter.minLevel' must be between 1 and 5") { Code = "BAD_FILTER" };
                    }
                    var key = GlobalId.KeyOf(NodeTypeNames.Competence, filter.CompetenceId, "filter.competenceId");
                    people = people.Where(p => p.Competences.Any(pc => pc.Competence!.Key == key && pc.Level >= filter.MinLevel));
                }
                if (filter.Role is not null)
                {
                    people = people.Where(p => p.Roles.Contains(filter.Role));
                }
                if (!string.IsNullOrWhiteSpace(filter.Name))
                {
                    var pattern = ListQueries.ContainsPattern(filter.Name);
                    people = people.Where(p => EF.Functions.ILike(p.Name, pattern, @"\"));
                }
                return order.Field switch
                {
                    PersonOrderField.Title => people.OrderBy(order.Direction, p => p.Title, p => p.Key),
                    _ => (IQueryable<Person>)people.OrderBy(order.Direction, p => p.Name, p => p.Key),
                };
            }));
    }
}
