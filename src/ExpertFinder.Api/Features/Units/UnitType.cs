using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Core.Fields;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace ExpertFinder.Api.Features.Units;

public sealed class UnitType : ObjectGraphType<Unit>
{
    public UnitType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = NodeTypeNames.Unit;
        Description = "An organisational unit: municipality > department > office > team.";
        this.ImplementNode(u => u.Key);
        Field(u => u.Key);
        Field(u => u.Name);
        Field<NonNullGraphType<UnitKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<UnitType>("parent").Description("The unit above; null for a municipality.")
            .Resolve(c => c.Source.ParentId is { } parent ? c.UnitById(parent) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("ancestors")
            .Description("The units above, from the municipality down to the parent.")
            .Resolve(c => c.AncestorsOf(c.Source.Id).Then(units => units ?? []));
        Connection<UnitType, EdgeType<UnitType>, PageType<UnitType>>("children").Pageable().Description("The units directly below, by name.")
            .ResolvePage(c => c.Page(c.ChildrenOf(c.Source.Id)));
        Connection<PersonType, EdgeType<PersonType>, PageType<PersonType>>("people").Pageable()
            .Description("People who work in this unit, by name; with includeSubunits also those in the units below it.")
            .Argument<BooleanGraphType>("includeSubunits", "Also people in the units below (default false).", a => a.DefaultValue = false)
            .ResolvePage(c => c.Page(c.PeopleIn(c.Source.Id, c.GetArgument<bool>("includeSubunits"))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitCompetenceNeedType>>>>("competenceNeeds")
            .Description($"What the unit needs (kerneviden), by competence name (at most {UnitCompetenceNeedMutations.MaxNeedsPerUnit}).")
            .Argument<IntGraphType>("year", "The needs for this year; absent or null for today's.")
            .Resolve(c => c.NeedsOf(c.Source.Id, Horizon(c, "year")).Then(n => n ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetenceGapType>>>>("competenceGap")
            .Description("The unit's needs for a horizon set against what its people (the unit and every unit below it) hold at the level or above: "
                + "most missing first, only needs not met unless includeMet, each with the people elsewhere who could help close it.")
            .Argument<IntGraphType>("horizon", "The year whose needs to compare; absent or null for today's.")
            .Argument<BooleanGraphType>("includeMet", "Also needs that are met (missing 0); default false.", a => a.DefaultValue = false)
            .Resolve(c => c.GapsOf(c.Source.Id, Horizon(c, "horizon"), c.GetArgument<bool>("includeMet")).Then(g => g ?? []));
    }

    private static int? Horizon(global::GraphQL.IResolveFieldContext context, string argument)
    {
        var year = context.GetArgument<int?>(argument);
        if (year is { } given && FieldRules.NeedYear.Check(given) is { } problem)
        {
            throw new ExecutionError($"'{argument}' {problem.Reason}") { Code = "BAD_ARGUMENT" };
        }
        return year;
    }
}
