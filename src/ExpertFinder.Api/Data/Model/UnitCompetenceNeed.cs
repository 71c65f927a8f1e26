namespace ExpertFinder.Api.Data.Model;

/// <summary>
/// Core knowledge a unit needs (kerneviden i dag og i morgen): a competence at a level, held by a number of people,
/// now (<see cref="Year"/> null) or by a given year.
/// </summary>
public sealed class UnitCompetenceNeed
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int CompetenceId { get; set; }
    public Competence? Competence { get; set; }

    /// <summary>The year the need is for; null for today.</summary>
    public int? Year { get; set; }

    /// <summary>The lowest level (1-5) that counts.</summary>
    public int Level { get; set; }

    /// <summary>How many people should hold it at that level or above.</summary>
    public int People { get; set; } = 1;
}
