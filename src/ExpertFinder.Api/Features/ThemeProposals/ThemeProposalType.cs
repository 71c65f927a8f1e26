using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Core;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.ThemeProposals;

public sealed class ThemeProposalType : ObjectGraphType<ThemeProposal>
{
    public ThemeProposalType()
    {
        // Any reader may ask; only the proposer and the forum (admins of its municipality) get one back.
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = NodeTypeNames.ThemeProposal;
        Description = "A theme for a new network on the theme template (temaskabelon), decided by the leadership forum in its round. Readable by its proposer and the admins of its municipality.";
        this.ImplementNode(p => p.Key);
        Field(p => p.Key);
        Field(p => p.Title);
        Field<NonNullGraphType<NetworkKindType>>("kind").Description("The kind of network proposed.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ProposalStatusType>>("status").Resolve(c => c.Source.Status);
        Field<PersonType>("proposer").Description("Who proposed it; null when they are gone or hidden from the reader.")
            .Resolve(c => c.Source.ProposerId is { } proposer ? c.PersonById(proposer) : null);
        Field<NonNullGraphType<UnitType>>("municipality").Description("The municipality whose leadership forum decides.")
            .Resolve(c => c.UnitById(c.Source.MunicipalityId));
        Field(p => p.Submitted).Description("When it was received.");
        Field<NonNullGraphType<ProposalRoundType>>("round").Description("The decision round its submission date falls in.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ProposalRoundCalendar>().RoundOf(c.Source.Submitted));
        Field(p => p.CitizenValue, nullable: true).Description("1. Better welfare or quality for citizens, and how.");
        Field(p => p.Challenge, nullable: true).Description("2. The current challenge, and for whom it matters.");
        Field(p => p.CrossUnitReason, nullable: true).Description("3. How the theme cuts across the affected units.");
        Field(p => p.CurrentShortfall, nullable: true).Description("4. Why current solutions fall short.");
        Field(p => p.MissingLearning, nullable: true).Description("5. The learning that is missing.");
        Field(p => p.InnovationPotential, nullable: true).Description("6. The innovation potential, and the workflows that could be better.");
        Field(p => p.OutsidePerspectives, nullable: true).Description("7. Which outside perspectives to involve.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("affectedUnits").Description("The units the theme cuts across, by name.")
            .Resolve(c => c.AffectedUnitsOf(c.Source.Id).Then(units => units ?? []));
        Field(p => p.DecisionReason, nullable: true).Description("The forum's reason for its decision.");
        Field<PersonType>("decidedBy").Description("Who decided; null while submitted, or when they are gone or hidden from the reader.")
            .Resolve(c => c.Source.DecidedById is { } decider ? c.PersonById(decider) : null);
        Field(p => p.Decided, nullable: true).Description("When the forum decided.");
        Field<NetworkType>("network").Description("The network an approved proposal became.")
            .Resolve(c => c.NetworkOfProposal(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestedParticipantType>>>>("suggestedParticipants")
            .Description("People with the most relevant expertise in the affected units, from the expert search over the proposal's text, spread across departments; only people the reader may discover.")
            .Argument<IntGraphType>("first", $"How many (at most {SuggestedParticipants.MaxCount}).", a => a.DefaultValue = SuggestedParticipants.DefaultCount)
            .ResolveAsync(c => SuggestedParticipants.ResolveAsync(c));
    }
}

public sealed class ProposalRoundType : ObjectGraphType<ProposalRound>
{
    public ProposalRoundType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "ProposalRound";
        Description = "A round in which the leadership forum decides theme proposals, e.g. received by 1 May, decided in June.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The decision month, e.g. 2027-06; themeProposals(round:) takes it.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<DateOnlyGraphType>>("deadline").Description("The last day a proposal is received for the round.").Resolve(c => c.Source.Deadline);
        Field<NonNullGraphType<StringGraphType>>("decisionMonth").Description("The month the forum decides, written YYYY-MM.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("name").Description("In Danish, e.g. Junirunden 2027.").Resolve(c => c.Source.Name);
    }
}

public sealed class SuggestedParticipantType : ObjectGraphType<SuggestedParticipant>
{
    public SuggestedParticipantType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "SuggestedParticipant";
        Description = "A person to invite to a proposed theme's network, and why.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, in Danish, from the search's evidence, e.g. Kompetence: Sundhedsfremme (niveau 4); skrev «…».")
            .Resolve(c => c.Source.Reason);
        Field<StringGraphType>("departmentName").Description("The department (forvaltning) the person works in; null outside any.").Resolve(c => c.Source.DepartmentName);
    }
}

public sealed class ProposalStatusType() : VocabularyEnumType("ProposalStatus", "Where a theme proposal stands: submitted, then approved or rejected by the forum.", Vocabulary.ProposalStatuses);

public sealed class ProposalDecisionType : EnumerationGraphType
{
    public const string Approve = "approve";
    public const string Reject = "reject";

    public ProposalDecisionType()
    {
        Name = "ProposalDecision";
        Description = "The forum's decision on a theme proposal.";
        Add("APPROVE", Approve, "Approve: the theme becomes a proposed network with the proposer as facilitator.");
        Add("REJECT", Reject, "Reject, with a reason.");
    }
}
