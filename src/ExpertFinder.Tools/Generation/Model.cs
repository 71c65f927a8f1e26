using ExpertFinder.Api.Security.Privacy;

namespace ExpertFinder.Tools.Generation;

/// <summary>A unit of the generated organisation tree; kind as in the dataset format.</summary>
internal sealed class OrgUnit(string key, string name, string kind, OrgUnit? parent, Municipality municipality)
{
    public const string MunicipalityKind = "municipality";
    public const string DepartmentKind = "department";
    public const string OfficeKind = "office";
    public const string TeamKind = "team";

    public string Key => key;
    public string Name => name;
    public string Kind => kind;
    public OrgUnit? Parent => parent;
    public Municipality Municipality => municipality;

    public DepartmentTemplate? Department { get; init; }
    public OfficeTemplate? Office { get; init; }

    /// <summary>The people whose unit this is (not those of the units below).</summary>
    public List<Person> Staff { get; } = [];

    /// <summary>For a team: the competences (topics) it works on most; its people hold them and its documents are about them.</summary>
    public List<Competence> Focus { get; } = [];

    public OrgUnit? DepartmentUnit => Kind == DepartmentKind ? this : Parent?.DepartmentUnit;
}

internal sealed record HeldCompetence(Competence Competence, int Level, string Source, string? Since);

/// <summary>A generated employee.</summary>
internal sealed class Person(int index, OrgUnit unit, string title, bool isLeader)
{
    public int Index => index;
    public string Key => "p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public OrgUnit Unit => unit;
    public string Title => title;
    public bool IsLeader => isLeader;

    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public string? Location { get; set; }
    public string? Bio { get; set; }
    public string[] Languages { get; set; } = ["da"];
    public string Visibility { get; set; } = PrivacyPolicy.Organisation;
    public List<string> Roles { get; } = [];
    public List<HeldCompetence> Competences { get; } = [];

    /// <summary>Whether nobody may discover the person, by the privacy policy: queries never name or view such a person.</summary>
    public bool IsHidden => !PrivacyPolicy.IsDiscoverableBySomeone(Visibility);

    public void AddRole(string role)
    {
        if (!Roles.Contains(role))
        {
            Roles.Add(role);
        }
    }
}

internal sealed record NetworkMember(Person Person, string Role);

/// <summary>A generated network or project.</summary>
internal sealed class Network(int index, string name, string kind, OrgUnit owner)
{
    public int Index => index;
    public string Key => "n" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public string Name => name;
    public string Kind => kind;
    public OrgUnit Owner => owner;
    public string Description { get; set; } = "";
    public string Status { get; set; } = "active";
    public DateOnly? Started { get; set; }
    public DateOnly? Ended { get; set; }
    public List<NetworkMember> Members { get; } = [];
    public List<Competence> Topics { get; } = [];
}
