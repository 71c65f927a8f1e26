using ExpertFinder.Api.Features.People;

namespace ExpertFinder.Api.Data.Model;

/// <summary>
/// A colleague vouching for a competence a person holds. It refers to the person and the competence on its own,
/// not to the held competence, so that an import rewriting people's competences never takes endorsements with it.
/// </summary>
public sealed class Endorsement
{
    public int Id { get; set; }
    public int EndorserId { get; set; }
    public Person? Endorser { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public int CompetenceId { get; set; }
    public Competence? Competence { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset Created { get; set; }
}
