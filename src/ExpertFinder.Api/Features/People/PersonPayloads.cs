using ExpertFinder.Api.Writes;

namespace ExpertFinder.Api.Features.People;

public sealed class CreatePersonPayloadType() : PayloadType("CreatePersonPayload", Entity<PersonType>("person", "The new person."));

public sealed class UpdatePersonPayloadType() : PayloadType("UpdatePersonPayload", Entity<PersonType>("person", "The person as changed."));

public sealed class DeletePersonPayloadType() : PayloadType("DeletePersonPayload", Entity<PersonType>("person", "The person as they were."), DeletedId());

public sealed class SetPersonCompetencePayloadType() : PayloadType("SetPersonCompetencePayload",
    Entity<PersonCompetenceType>("personCompetence", "The competence as the person now holds it."),
    Entity<PersonType>("person", "The person."));

public sealed class RemovePersonCompetencePayloadType() : PayloadType("RemovePersonCompetencePayload", Entity<PersonType>("person", "The person."));

public sealed class SetPersonCompetencesPayloadType() : PayloadType("SetPersonCompetencesPayload", Entity<PersonType>("person", "The person with the new list."));
