namespace ExpertFinder.Api.Data.Model;

/// <summary>A competence a person holds, at a level from 1 to 5, and who says so.</summary>
public sealed class PersonCompetence
{
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public int CompetenceId { get; set; }
    public Competence? Competence { get; set; }
    public int Level { get; set; }
    public string Source { get; set; } = "self";

    /// <summary>The first day of the month the person has had it since.</summary>
    public DateOnly? Since { get; set; }
}
