using GraphQL.Types;

namespace ExpertFinder.Api.Features.Competences;

public sealed class CreateCompetenceInputType : InputObjectGraphType
{
    public CreateCompetenceInputType()
    {
        Name = "CreateCompetenceInput";
        Field<StringGraphType>("key").Description("Stable external identifier; made from the name when absent. Never changes.");
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

public sealed class DeleteCompetenceInputType : InputObjectGraphType
{
    public DeleteCompetenceInputType()
    {
        Name = "DeleteCompetenceInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
