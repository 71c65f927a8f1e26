using ExpertFinder.Api.GraphQL;
using ExpertFinder.Api.GraphQL.Batching;
using ExpertFinder.Api.People;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace ExpertFinder.Api.Units;

public sealed class UnitType : ObjectGraphType<Unit>
{
    public UnitType()
    {
        this.AuthorizeWithPolicy(Auth.AccessPolicy.Reader);
        Name = "Unit";
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
    }
}
