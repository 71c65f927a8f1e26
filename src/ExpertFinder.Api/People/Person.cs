using ExpertFinder.Api.Units;

namespace ExpertFinder.Api.People;

public sealed class Person
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Location { get; set; }
    public string? Bio { get; set; }
    public List<string> Roles { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public string Visibility { get; set; } = Data.Vocabulary.DefaultVisibility;

    /// <summary>Who may see e-mail, phone and location: readers, municipality or nobody (PrivacyPolicy).</summary>
    public string ContactSharing { get; set; } = Data.Vocabulary.DefaultContactSharing;
    public List<PersonCompetence> Competences { get; } = [];
}
