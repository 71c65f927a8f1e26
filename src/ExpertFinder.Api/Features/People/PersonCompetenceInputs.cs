using ExpertFinder.Api.Schema;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.People;

public sealed class SetPersonCompetenceInputType : InputObjectGraphType
{
    public SetPersonCompetenceInputType()
    {
        Name = "SetPersonCompetenceInput";
        Description = "Adds the competence to the person or changes how they hold it.";
        Field<NonNullGraphType<IdGraphType>>("personId");
        HeldCompetenceFields.Add(this);
    }
}

public sealed class RemovePersonCompetenceInputType : InputObjectGraphType
{
    public RemovePersonCompetenceInputType()
    {
        Name = "RemovePersonCompetenceInput";
        Field<NonNullGraphType<IdGraphType>>("personId");
        Field<NonNullGraphType<IdGraphType>>("competenceId");
    }
}

public sealed class SetPersonCompetencesInputType : InputObjectGraphType
{
    public SetPersonCompetencesInputType()
    {
        Name = "SetPersonCompetencesInput";
        Description = "The person's whole list of competences: those left out are removed, with their endorsements.";
        Field<NonNullGraphType<IdGraphType>>("personId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HeldCompetenceInputType>>>>("competences");
    }
}

public sealed class HeldCompetenceInputType : InputObjectGraphType
{
    public HeldCompetenceInputType()
    {
        Name = "HeldCompetenceInput";
        HeldCompetenceFields.Add(this);
    }
}

internal static class HeldCompetenceFields
{
    public static void Add(InputObjectGraphType input)
    {
        input.Field<NonNullGraphType<IdGraphType>>("competenceId");
        input.Field<NonNullGraphType<IntGraphType>>("level").Description("1 (beginner) to 5 (go-to expert).");
        input.Field<CompetenceSourceType>("source").Description("Who says so; SELF for a new competence when absent, unchanged otherwise.");
        input.Field<StringGraphType>("since").Description("Month held since, YYYY-MM; unchanged when absent, cleared by null.");
    }
}
