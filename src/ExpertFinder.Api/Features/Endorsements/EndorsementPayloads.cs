using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Writes;

namespace ExpertFinder.Api.Features.Endorsements;

public sealed class EndorseCompetencePayloadType() : PayloadType("EndorseCompetencePayload",
    Entity<EndorsementType>("endorsement", "The new endorsement."),
    Entity<PersonCompetenceType>("personCompetence", "The endorsed competence; a self-assessed one is now ENDORSED."));

public sealed class WithdrawEndorsementPayloadType() : PayloadType("WithdrawEndorsementPayload",
    Entity<EndorsementType>("endorsement", "The endorsement as it was."),
    Entity<PersonCompetenceType>("personCompetence", "The competence; back to SELF when its last endorsement went. Null when the caller may not see its holder."),
    DeletedId());
