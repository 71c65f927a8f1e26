using ExpertFinder.Core.Fields;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Endorsements;

public sealed class EndorseCompetenceInputType : InputObjectGraphType
{
    public EndorseCompetenceInputType()
    {
        Name = "EndorseCompetenceInput";
        Field<NonNullGraphType<IdGraphType>>("personId").Description("The person vouched for; they must hold the competence.");
        Field<NonNullGraphType<IdGraphType>>("competenceId");
        Field<StringGraphType>("comment").Description($"Why, in a few words (at most {FieldRules.Comment.MaxLength} characters).");
    }
}

public sealed class WithdrawEndorsementInputType : InputObjectGraphType
{
    public WithdrawEndorsementInputType()
    {
        Name = "WithdrawEndorsementInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
