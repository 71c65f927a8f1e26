using ExpertFinder.Api.Writes;

namespace ExpertFinder.Api.Features.Competences;

public sealed class CreateCompetencePayloadType() : PayloadType("CreateCompetencePayload", Entity<CompetenceType>("competence", "The new competence."));

public sealed class UpdateCompetencePayloadType() : PayloadType("UpdateCompetencePayload", Entity<CompetenceType>("competence", "The competence as changed."));

public sealed class DeleteCompetencePayloadType() : PayloadType("DeleteCompetencePayload", Entity<CompetenceType>("competence", "The competence as it was."), DeletedId());
