using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Core;

namespace ExpertFinder.Api.Data.Model;

/// <summary>
/// A theme for a new network on the theme template (temaskabelon) of seven questions, proposed by anyone and decided
/// by the leadership forum (the admins of the municipality) in the round its submission date falls in. An approved
/// proposal becomes a <c>proposed</c> network linked to it (<see cref="Network.ProposalId"/>).
/// </summary>
public sealed class ThemeProposal : IKeyed
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }

    /// <summary>The kind of network proposed (<see cref="Vocabulary.NetworkKinds"/>).</summary>
    public required string Kind { get; set; }

    public int? ProposerId { get; set; }
    public Person? Proposer { get; set; }

    /// <summary>The municipality whose leadership forum decides: the proposer's when proposed.</summary>
    public int MunicipalityId { get; set; }
    public Unit? Municipality { get; set; }

    /// <summary>When it was received; the round follows from it (<c>ExpertFinder:Practices:Rounds</c>).</summary>
    public DateOnly Submitted { get; set; }

    /// <summary>1. Better welfare or quality for citizens, and how.</summary>
    public string? CitizenValue { get; set; }

    /// <summary>2. The current challenge, and for whom it matters.</summary>
    public string? Challenge { get; set; }

    /// <summary>3. How the theme cuts across the affected units (listed in <see cref="AffectedUnits"/>).</summary>
    public string? CrossUnitReason { get; set; }

    /// <summary>4. Why current solutions fall short.</summary>
    public string? CurrentShortfall { get; set; }

    /// <summary>5. The learning that is missing.</summary>
    public string? MissingLearning { get; set; }

    /// <summary>6. The innovation potential, and the workflows that could be better.</summary>
    public string? InnovationPotential { get; set; }

    /// <summary>7. Which outside perspectives to involve.</summary>
    public string? OutsidePerspectives { get; set; }

    /// <summary><c>submitted</c>, <c>approved</c> or <c>rejected</c> (<see cref="Vocabulary.ProposalStatuses"/>).</summary>
    public string Status { get; set; } = Vocabulary.DefaultProposalStatus;

    public string? DecisionReason { get; set; }
    public int? DecidedById { get; set; }
    public Person? DecidedBy { get; set; }
    public DateOnly? Decided { get; set; }

    public List<ThemeProposalUnit> AffectedUnits { get; } = [];
}

/// <summary>A unit a proposed theme affects; a theme must cut across units.</summary>
public sealed class ThemeProposalUnit
{
    public int ProposalId { get; set; }
    public ThemeProposal? Proposal { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}
