using ExpertFinder.Api.Writes;

namespace ExpertFinder.Api.Features.Networks;

public sealed class CreateNetworkPayloadType() : PayloadType("CreateNetworkPayload", Entity<NetworkType>("network", "The new network."));

public sealed class UpdateNetworkPayloadType() : PayloadType("UpdateNetworkPayload", Entity<NetworkType>("network", "The network as changed."));

public sealed class CloseNetworkPayloadType() : PayloadType("CloseNetworkPayload", Entity<NetworkType>("network", "The closed network."));

public sealed class ChangeNetworkStatusPayloadType() : PayloadType("ChangeNetworkStatusPayload", Entity<NetworkType>("network", "The network in its new status."));

public sealed class DeleteNetworkPayloadType() : PayloadType("DeleteNetworkPayload", Entity<NetworkType>("network", "The network as it was."), DeletedId());

public sealed class AddNetworkMemberPayloadType() : PayloadType("AddNetworkMemberPayload", Entity<MembershipType>("membership", "The person's place in the network."));

public sealed class RemoveNetworkMemberPayloadType() : PayloadType("RemoveNetworkMemberPayload", Entity<NetworkType>("network", "The network without the person."));
