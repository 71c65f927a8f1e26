using ExpertFinder.Core;

namespace ExpertFinder.Api.Data.Model;

public sealed class Person : IKeyed
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
    public string Visibility { get; set; } = Vocabulary.DefaultVisibility;

    /// <summary>Who may see e-mail, phone and location: readers, municipality or nobody (PrivacyPolicy).</summary>
    public string ContactSharing { get; set; } = Vocabulary.DefaultContactSharing;

    /// <summary>What the person is happy to be asked about ("spørg mig om"), in their own words.</summary>
    public List<string> AskMeAbout { get; set; } = [];

    /// <summary>Open to mentoring a colleague.</summary>
    public bool OpenToMentoring { get; set; }

    /// <summary>Open to a day of job rotation ("jobrotation for en dag"), as host or guest.</summary>
    public bool OpenToJobRotation { get; set; }

    /// <summary>Opted in to being suggested to unknown colleagues (and to getting suggestions).</summary>
    public bool OpenToMeetingColleagues { get; set; }
    public List<PersonCompetence> Competences { get; } = [];
}
