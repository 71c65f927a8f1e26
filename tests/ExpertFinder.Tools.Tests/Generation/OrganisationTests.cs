using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Tests.Generation;

/// <summary>The organisation and its staff at a moderate size, built without documents (no dictionary needed).</summary>
public sealed class OrganisationTests
{
    private const int People = 20_000;

    private static readonly Lazy<Organisation> Built = new(() =>
    {
        var organisation = Organisation.Build(People, Taxonomy.Default, GeneratorOptions.DefaultSeed);
        Staff.Describe(organisation, Taxonomy.Default, GeneratorOptions.DefaultSeed);
        return organisation;
    });

    private static readonly Lazy<Dictionary<OrgUnit, int>> StaffCounts = new(() =>
    {
        var counts = new Dictionary<OrgUnit, int>();
        foreach (var unit in Organisation.People.SelectMany(p => Ancestors(p.Unit)))
        {
            counts[unit] = counts.GetValueOrDefault(unit) + 1;
        }
        return counts;
    });

    private static Organisation Organisation => Built.Value;

    /// <summary>People in the unit or below it.</summary>
    private static int StaffBelow(OrgUnit unit) => StaffCounts.Value.GetValueOrDefault(unit);

    private static IEnumerable<OrgUnit> Ancestors(OrgUnit unit)
    {
        for (OrgUnit? u = unit; u is not null; u = u.Parent)
        {
            yield return u;
        }
    }

    [Fact]
    public void All_98_municipalities_are_there_and_staff_follows_population()
    {
        var municipalities = Organisation.Units.Where(u => u.Kind == OrgUnit.MunicipalityKind).ToList();
        Assert.Equal(98, municipalities.Count);
        Assert.Equal(98, municipalities.Select(m => m.Key).Distinct().Count());
        Assert.Equal(People, Organisation.People.Count);

        var staff = municipalities.ToDictionary(m => m.Municipality.ShortName, StaffBelow);
        Assert.Equal("København", staff.MaxBy(s => s.Value).Key);
        Assert.InRange(staff["København"], People * 0.09, People * 0.13);
        Assert.True(staff["Aarhus"] > staff["Odense"] && staff["Odense"] > staff["Ærø"], "Aarhus > Odense > Ærø");
        Assert.InRange(staff["Læsø"], 1, 20);
    }

    [Fact]
    public void Teams_have_four_to_twenty_people_and_offices_a_few_teams()
    {
        var teams = Organisation.Units.Where(u => u.Kind == OrgUnit.TeamKind).Select(t => t.Staff.Count).ToList();
        Assert.True(teams.Count(size => size is >= Organisation.MinTeamSize and <= Organisation.MaxTeamSize) >= 0.95 * teams.Count,
            "at least 95% of teams have 4 to 20 people");
        Assert.All(teams, size => Assert.InRange(size, 1, Organisation.MaxTeamSize));
        Assert.InRange(teams.Average(), 8, 14);

        var offices = Organisation.Units.Where(u => u.Kind == OrgUnit.OfficeKind).Select(StaffBelow).ToList();
        Assert.InRange(offices.Average(), 20, 60);
    }

    [Fact]
    public void Units_nest_municipality_department_office_team_and_people_sit_in_the_lower_three()
    {
        string? ParentKind(string kind) => kind switch
        {
            OrgUnit.MunicipalityKind => null,
            OrgUnit.DepartmentKind => OrgUnit.MunicipalityKind,
            OrgUnit.OfficeKind => OrgUnit.DepartmentKind,
            _ => OrgUnit.OfficeKind,
        };
        Assert.All(Organisation.Units, unit => Assert.Equal(ParentKind(unit.Kind), unit.Parent?.Kind));
        Assert.Equal(Organisation.Units.Count, Organisation.Units.Select(u => u.Key).Distinct().Count());
        Assert.All(Organisation.People, person => Assert.NotEqual(OrgUnit.MunicipalityKind, person.Unit.Kind));
        var copenhagen = Organisation.Units.Single(u => u.Key == "k101");
        var departments = Organisation.Units.Where(u => u.Parent == copenhagen).Select(u => u.Name).ToList();
        Assert.Contains("Børne- og Ungdomsforvaltningen", departments);
        Assert.Contains("Sundheds- og Omsorgsforvaltningen", departments);
        Assert.Contains("Teknik- og Miljøforvaltningen", departments);
    }

    [Fact]
    public void Most_full_names_are_unique_but_some_are_shared()
    {
        var names = Organisation.People.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Count());
        var unique = Organisation.People.Count(p => names[p.Name] == 1) / (double)People;
        Assert.InRange(unique, 0.75, 0.98);
        Assert.All(Organisation.People, p => Assert.InRange(p.Name.Split(' ').Length, 2, 4));
        Assert.Equal(People, Organisation.People.Select(p => p.Email).Distinct().Count());
    }

    [Fact]
    public void Roles_visibility_and_competences_come_at_plausible_rates()
    {
        double Share(Func<Person, bool> has) => Organisation.People.Count(has) / (double)People;
        Assert.InRange(Share(p => p.IsHidden), 0.005, 0.02);
        Assert.InRange(Share(p => p.Visibility == "public"), 0.08, 0.16);
        Assert.InRange(Share(p => p.Roles.Contains("manager")), 0.04, 0.12);
        Assert.InRange(Share(p => p.Roles.Contains("knowledge-sharer")), 0.03, 0.09);
        Assert.InRange(Share(p => p.Roles.Contains("mentor")), 0.01, 0.05);
        Assert.InRange(Share(p => p.Bio is not null), 0.25, 0.45);
        Assert.All(Organisation.People, p => Assert.InRange(p.Competences.Count, 1, 6));
        Assert.All(Organisation.People.SelectMany(p => p.Competences), c => Assert.InRange(c.Level, 1, 5));
        // A team's people mostly hold the competences the team works on.
        var inTeams = Organisation.People.Where(p => p.Unit.Kind == OrgUnit.TeamKind).SelectMany(p => p.Competences.Select(c => (p.Unit, c.Competence))).ToList();
        Assert.True(inTeams.Count(x => x.Unit.Focus.Contains(x.Competence)) > 0.5 * inTeams.Count, "most competences are the team's focus");
    }

    [Fact]
    public void The_taxonomy_is_a_few_hundred_competences_in_areas_with_synonyms()
    {
        var taxonomy = Taxonomy.Default;
        Assert.InRange(taxonomy.All.Count, 200, 400);
        Assert.InRange(taxonomy.All.Count(c => c.Parent is null), 15, 40);
        Assert.Contains(taxonomy.All, c => c.Parent?.Parent is not null);
        Assert.True(taxonomy.All.Count(c => c.Synonyms.Length > 0) > 0.9 * taxonomy.All.Count, "nearly every competence has synonyms");
        Assert.Equal(taxonomy.All.Count, taxonomy.All.Select(c => c.Key).Distinct().Count());
        // Every area a department or office template names exists (Taxonomy.Area throws otherwise).
        Assert.All(Departments.All.SelectMany(d => d.Areas.Concat(d.Offices.Select(o => o.Area))), area => taxonomy.Area(area));
    }
}
