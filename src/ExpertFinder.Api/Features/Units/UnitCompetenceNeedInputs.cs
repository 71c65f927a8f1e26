using ExpertFinder.Core.Fields;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Units;

public sealed class SetUnitCompetenceNeedInputType : InputObjectGraphType
{
    public SetUnitCompetenceNeedInputType()
    {
        Name = "SetUnitCompetenceNeedInput";
        Description = "Records (or changes) what a unit needs of a competence, today or by a year.";
        Field<NonNullGraphType<IdGraphType>>("unitId");
        Field<NonNullGraphType<IdGraphType>>("competenceId");
        Field<IntGraphType>("year").Description($"The year the need is for ({FieldRules.NeedYear.Min}-{FieldRules.NeedYear.Max}); absent or null for today.");
        Field<NonNullGraphType<IntGraphType>>("level").Description("The lowest level that counts, 1 (beginner) to 5 (go-to expert).");
        Field<NonNullGraphType<IntGraphType>>("people").Description($"How many people should hold it at that level or above ({FieldRules.NeededPeople.Min}-{FieldRules.NeededPeople.Max}).");
    }
}

public sealed class RemoveUnitCompetenceNeedInputType : InputObjectGraphType
{
    public RemoveUnitCompetenceNeedInputType()
    {
        Name = "RemoveUnitCompetenceNeedInput";
        Field<NonNullGraphType<IdGraphType>>("unitId");
        Field<NonNullGraphType<IdGraphType>>("competenceId");
        Field<IntGraphType>("year").Description("The year of the need; absent or null for today's.");
    }
}
