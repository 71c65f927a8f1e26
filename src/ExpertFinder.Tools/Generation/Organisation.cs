using System.Globalization;

namespace ExpertFinder.Tools.Generation;

/// <summary>
/// The organisation tree and who sits where: every municipality, its departments (more of them the more staff it has),
/// offices of about 35 people and teams of 4 to 20. A department's head sits in the department, an office's leader in
/// the office, everyone else in a team. Names, competences and roles are <see cref="Staff"/>'s work.
/// </summary>
internal sealed class Organisation
{
    private const double MeanOfficeSize = 35;
    private const double MeanTeamSize = 11;
    public const int MinTeamSize = 4;
    public const int MaxTeamSize = 20;

    private Organisation(List<OrgUnit> units, List<Person> people)
    {
        Units = units;
        People = people;
        Teams = [.. units.Where(u => u.Kind == OrgUnit.TeamKind && u.Staff.Count > 0)];
    }

    /// <summary>Parents before children.</summary>
    public IReadOnlyList<OrgUnit> Units { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<OrgUnit> Teams { get; }

    public static Organisation Build(int peopleCount, Taxonomy taxonomy, int seed)
    {
        var random = SeededRandom.For(seed, SeededRandom.Purpose.Organisation, 0);
        var units = new List<OrgUnit>();
        var people = new List<Person>(peopleCount);
        var perMunicipality = Municipalities.Apportion(peopleCount);
        var byShare = Departments.All.OrderByDescending(d => d.Share).ToList();
        for (var m = 0; m < Municipalities.All.Count; m++)
        {
            var municipality = Municipalities.All[m];
            var root = new OrgUnit(municipality.Key, municipality.OfficialName, OrgUnit.MunicipalityKind, null, municipality);
            units.Add(root);
            var staff = perMunicipality[m];
            if (staff == 0)
            {
                continue;
            }
            // A handful of people fill two departments; a city fills all seven.
            var departments = byShare.Take(Math.Clamp((int)Math.Ceiling(staff / 12.0), 1, byShare.Count)).ToList();
            var sizes = Apportionment.LargestRemainder(staff, [.. departments.Select(d => d.Share)]);
            for (var d = 0; d < departments.Count; d++)
            {
                if (sizes[d] > 0)
                {
                    BuildDepartment(root, departments[d], sizes[d], taxonomy, random, units, people);
                }
            }
        }
        return new Organisation(units, people);
    }

    private static void BuildDepartment(OrgUnit root, DepartmentTemplate template, int size, Taxonomy taxonomy, SeededRandom random, List<OrgUnit> units, List<Person> people)
    {
        var department = new OrgUnit($"{root.Key}-{template.Code}", template.NameIn(root.Municipality), OrgUnit.DepartmentKind, root, root.Municipality) { Department = template };
        units.Add(department);
        var remaining = size;
        if (size >= 25)
        {
            Place(department, template.HeadTitle, leader: true, people);
            remaining--;
        }
        var officeCount = Math.Max(1, (int)Math.Round(remaining / MeanOfficeSize));
        var officeSizes = Apportionment.LargestRemainder(remaining, [.. Enumerable.Range(0, officeCount).Select(_ => random.LogNormal(1, 0.35))]);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var o = 0; o < officeCount; o++)
        {
            var officeTemplate = ChooseOffice(template, o, random);
            var name = OfficeName(officeTemplate, names, root.Municipality);
            var office = new OrgUnit($"{department.Key}-{o + 1}", name, OrgUnit.OfficeKind, department, root.Municipality)
            {
                Department = template,
                Office = officeTemplate,
            };
            units.Add(office);
            BuildOffice(office, officeSizes[o], taxonomy, random, units, people);
        }
    }

    /// <summary>Each kind of office once first (the most common kinds first); then more of the institutions.</summary>
    private static OfficeTemplate ChooseOffice(DepartmentTemplate template, int index, SeededRandom random)
    {
        if (index < template.Offices.Length)
        {
            return template.Offices[index];
        }
        var recurring = template.Offices.Where(o => o.Recurs).ToList();
        return recurring.Count == 0 ? template.Offices[random.Next(template.Offices.Length)] : recurring[random.Next(recurring.Count)];
    }

    private static string OfficeName(OfficeTemplate template, HashSet<string> taken, Municipality municipality)
    {
        foreach (var candidate in template.Names)
        {
            var name = candidate.Replace("{town}", municipality.ShortName, StringComparison.Ordinal);
            if (taken.Add(name))
            {
                return name;
            }
        }
        for (var i = 2; ; i++)
        {
            var name = $"{template.Names[0]} {i.ToString(CultureInfo.InvariantCulture)}";
            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    private static void BuildOffice(OrgUnit office, int size, Taxonomy taxonomy, SeededRandom random, List<OrgUnit> units, List<Person> people)
    {
        var template = office.Office!;
        var remaining = size;
        if (size >= 6)
        {
            Place(office, template.LeaderTitle, leader: true, people);
            remaining--;
        }
        if (remaining == 0)
        {
            return;
        }
        var teamCount = Math.Max(1, (int)Math.Round(remaining / MeanTeamSize));
        while ((double)remaining / teamCount > MaxTeamSize)
        {
            teamCount++;
        }
        while (teamCount > 1 && (double)remaining / teamCount < MinTeamSize)
        {
            teamCount--;
        }
        var teamSizes = Apportionment.LargestRemainder(remaining, [.. Enumerable.Range(0, teamCount).Select(_ => 0.75 + random.NextDouble() / 2)]);
        Rebalance(teamSizes);
        var teamNames = template.Teams.Concat(Departments.FallbackTeams().Where(n => !template.Teams.Contains(n))).GetEnumerator();
        var area = taxonomy.Area(template.Area);
        var departmentAreas = office.Department!.Areas.Select(taxonomy.Area).ToList();
        var crossCutting = Departments.CrossCuttingAreas.Select(taxonomy.Area).ToList();
        for (var t = 0; t < teamCount; t++)
        {
            teamNames.MoveNext();
            var team = new OrgUnit($"{office.Key}-{t + 1}", teamNames.Current, OrgUnit.TeamKind, office, office.Municipality)
            {
                Department = office.Department,
                Office = template,
            };
            units.Add(team);
            team.Focus.AddRange(FocusOf(area, departmentAreas, crossCutting, taxonomy, random));
            var titles = WeightedTable.Zipf(template.Titles.Length, 1.0);
            for (var i = 0; i < teamSizes[t]; i++)
            {
                // A team of twelve or more has a team leader of its own.
                var leads = i == 0 && teamSizes[t] >= 12;
                Place(team, leads ? "Teamleder" : template.Titles[titles.Draw(random)], leads, people);
            }
        }
    }

    /// <summary>Moves people from teams above the maximum to the smallest teams.</summary>
    private static void Rebalance(int[] sizes)
    {
        for (var i = 0; i < sizes.Length; i++)
        {
            while (sizes[i] > MaxTeamSize)
            {
                var smallest = Array.IndexOf(sizes, sizes.Min());
                if (sizes[smallest] >= MaxTeamSize)
                {
                    return;
                }
                sizes[i]--;
                sizes[smallest]++;
            }
        }
    }

    /// <summary>
    /// Three to six topics, mostly from the office's area, some from the department's other areas, and some that every
    /// part of a municipality works on (videndeling, ledelse, arbejdsmiljø, innovation).
    /// </summary>
    private static List<Competence> FocusOf(Competence area, List<Competence> departmentAreas, List<Competence> crossCutting, Taxonomy taxonomy, SeededRandom random)
    {
        var count = random.Between(3, 6);
        var focus = new List<Competence>();
        for (var attempt = 0; focus.Count < count && attempt < 50; attempt++)
        {
            var draw = random.NextDouble();
            var from = draw < 0.65 ? area : draw < 0.85 ? random.Pick(departmentAreas) : random.Pick(crossCutting);
            var candidates = taxonomy.Within[from.Index];
            var topic = candidates[random.Next(candidates.Count)];
            if (!focus.Contains(topic))
            {
                focus.Add(topic);
            }
        }
        return focus;
    }

    private static void Place(OrgUnit unit, string title, bool leader, List<Person> people)
    {
        var person = new Person(people.Count + 1, unit, title, leader);
        people.Add(person);
        unit.Staff.Add(person);
    }
}
