using ExpertFinder.Api.Writes;

namespace ExpertFinder.Api.Features.Units;

public sealed class SetUnitCompetenceNeedPayloadType() : PayloadType("SetUnitCompetenceNeedPayload",
    Entity<UnitCompetenceNeedType>("need", "The need as recorded."),
    Entity<UnitType>("unit", "The unit."));

public sealed class RemoveUnitCompetenceNeedPayloadType() : PayloadType("RemoveUnitCompetenceNeedPayload", Entity<UnitType>("unit", "The unit without the need."));
