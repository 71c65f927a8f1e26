using ExpertFinder.Api.Schema;
using ExpertFinder.Core.Fields;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.ThemeProposals;

public sealed class ProposeThemeInputType : InputObjectGraphType
{
    public ProposeThemeInputType()
    {
        Name = "ProposeThemeInput";
        Description = $"A theme on the theme template's seven questions (each at most {FieldRules.Answer.MaxLength} characters; all but outsidePerspectives required), proposed by the signed-in person to their municipality's leadership forum.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("The theme; the network's name if approved.");
        Field<NonNullGraphType<NetworkKindType>>("kind").Description("The kind of network proposed.");
        ThemeProposalFields.AddAnswers(this, required: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("affectedUnitIds")
            .Description($"The units the theme cuts across: at least {ThemeProposalMutations.MinAffectedUnits}, at most {ThemeProposalMutations.MaxAffectedUnits}, all in the proposer's municipality.");
    }
}

public sealed class UpdateThemeProposalInputType : InputObjectGraphType
{
    public UpdateThemeProposalInputType()
    {
        Name = "UpdateThemeProposalInput";
        Description = "Only the fields given change (null clears outsidePerspectives); affectedUnitIds replaces the units. Only the proposer, while the proposal awaits the forum.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("title");
        Field<NetworkKindType>("kind");
        ThemeProposalFields.AddAnswers(this, required: false);
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("affectedUnitIds");
    }
}

public sealed class DecideThemeProposalInputType : InputObjectGraphType
{
    public DecideThemeProposalInputType()
    {
        Name = "DecideThemeProposalInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<ProposalDecisionType>>("decision");
        Field<StringGraphType>("reason").Description("Why; required to reject.");
    }
}

internal static class ThemeProposalFields
{
    /// <summary>The seven questions of the theme template, in its order: the input field and whether a proposal must answer it.</summary>
    public static readonly (string Field, bool Required, string Description)[] Answers =
    [
        ("citizenValue", true, "1. Better welfare or quality for citizens, and how."),
        ("challenge", true, "2. The current challenge, and for whom it matters."),
        ("crossUnitReason", true, "3. How the theme cuts across the affected units."),
        ("currentShortfall", true, "4. Why current solutions fall short."),
        ("missingLearning", true, "5. The learning that is missing."),
        ("innovationPotential", true, "6. The innovation potential, and the workflows that could be better."),
        ("outsidePerspectives", false, "7. Which outside perspectives to involve."),
    ];

    public static void AddAnswers(InputObjectGraphType input, bool required)
    {
        foreach (var (field, needed, description) in Answers)
        {
            if (required && needed)
            {
                input.Field<NonNullGraphType<StringGraphType>>(field).Description(description);
            }
            else
            {
                input.Field<StringGraphType>(field).Description(description);
            }
        }
    }
}
