using ExpertFinder.Api.Features.Units;
using ExpertFinder.Core;

namespace ExpertFinder.Api.Data.Model;

/// <summary>A learning, welfare, innovation, leadership or professional network, or a project.</summary>
public sealed class Network : IKeyed
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? Description { get; set; }
    public string Status { get; set; } = Vocabulary.DefaultNetworkStatus;
    public int? OwnerUnitId { get; set; }
    public Unit? OwnerUnit { get; set; }
    public DateOnly? Started { get; set; }
    public DateOnly? Ended { get; set; }

    /// <summary>The theme proposal the network was approved from, if any.</summary>
    public int? ProposalId { get; set; }
    public ThemeProposal? Proposal { get; set; }
    public List<Membership> Members { get; } = [];
    public List<NetworkTopic> Topics { get; } = [];
}
