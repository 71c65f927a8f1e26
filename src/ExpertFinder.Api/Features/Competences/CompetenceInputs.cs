using ExpertFinder.Api.Writes;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Competences;

public sealed class CreateCompetenceInputType : InputObjectGraphType
{
    public CreateCompetenceInputType()
    {
        Name = "CreateCompetenceInput";
        MutationInputFields.AddKey(this, madeFrom: "name");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("synonyms").Description("Other words people use for it.");
        Field<StringGraphType>("description");
        Field<IdGraphType>("parentId").Description("The broader competence.");
    }
}

public sealed class UpdateCompetenceInputType : InputObjectGraphType
{
    public UpdateCompetenceInputType()
    {
        Name = "UpdateCompetenceInput";
        Description = "Only the fields given change; null clears synonyms, description or parent.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("name");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("synonyms").Description("Replaces the synonyms.");
        Field<StringGraphType>("description");
        Field<IdGraphType>("parentId");
    }
}

public sealed class DeleteCompetenceInputType() : DeleteInputType("DeleteCompetenceInput");
