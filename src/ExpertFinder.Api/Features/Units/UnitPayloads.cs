using ExpertFinder.Api.Writes;

namespace ExpertFinder.Api.Features.Units;

public sealed class CreateUnitPayloadType() : PayloadType("CreateUnitPayload", Entity<UnitType>("unit", "The new unit."));

public sealed class UpdateUnitPayloadType() : PayloadType("UpdateUnitPayload", Entity<UnitType>("unit", "The unit as changed."));

public sealed class DeleteUnitPayloadType() : PayloadType("DeleteUnitPayload", Entity<UnitType>("unit", "The unit as it was."), DeletedId());
