using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Writes;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Units;

public sealed class CreateUnitInputType : InputObjectGraphType
{
    public CreateUnitInputType()
    {
        Name = "CreateUnitInput";
        MutationInputFields.AddKey(this, madeFrom: "name");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<UnitKindType>>("kind").Description("Must sit below the parent's kind: municipality > department > office > team.");
        Field<IdGraphType>("parentId").Description("The unit above; none for a municipality.");
    }
}

public sealed class UpdateUnitInputType : InputObjectGraphType
{
    public UpdateUnitInputType()
    {
        Name = "UpdateUnitInput";
        Description = "Only the fields given change.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("name");
        Field<IdGraphType>("parentId").Description("Moves the unit (and everything below it); null makes it a root.");
    }
}

public sealed class DeleteUnitInputType() : DeleteInputType("DeleteUnitInput");
