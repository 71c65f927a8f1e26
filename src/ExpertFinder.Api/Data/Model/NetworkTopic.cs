namespace ExpertFinder.Api.Data.Model;

/// <summary>A competence a network works on.</summary>
public sealed class NetworkTopic
{
    public int NetworkId { get; set; }
    public Network? Network { get; set; }
    public int CompetenceId { get; set; }
    public Competence? Competence { get; set; }
}
