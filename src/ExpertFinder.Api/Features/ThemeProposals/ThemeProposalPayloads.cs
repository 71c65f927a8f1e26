using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Writes;

namespace ExpertFinder.Api.Features.ThemeProposals;

public sealed class ProposeThemePayloadType() : PayloadType("ProposeThemePayload", Entity<ThemeProposalType>("proposal", "The proposal, awaiting its round."));

public sealed class UpdateThemeProposalPayloadType() : PayloadType("UpdateThemeProposalPayload", Entity<ThemeProposalType>("proposal", "The proposal as changed."));

public sealed class DecideThemeProposalPayloadType() : PayloadType("DecideThemeProposalPayload",
    Entity<ThemeProposalType>("proposal", "The proposal as decided."),
    Entity<NetworkType>("network", "The proposed network an approval started; null for a rejection."));
