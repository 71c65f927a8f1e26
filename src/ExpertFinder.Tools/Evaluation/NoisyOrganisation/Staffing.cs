using System.Globalization;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Tools.Generation;
using PersonRole = ExpertFinder.Core.Vocabulary.Role;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// The units of <see cref="Structure"/> in each municipality and the people in them: a leader per unit, staff with
/// the office's titles, Danish names, contact details, a visibility and the broad competences of their office.
/// </summary>
internal static class Staffing
{
    private static readonly string[] Sources = ["self", "self", "self", "manager", "manager", "formal", "endorsed"];

    public static void Build(SeededRandom random, Organisation organisation)
    {
        var names = new DanishNames();
        var emails = new HashSet<string>(StringComparer.Ordinal);
        Person Hire(Unit unit, string title, MunicipalityPlan municipality)
        {
            var (first, middle, last) = names.Draw(random);
            var name = middle is null ? $"{first} {last}" : $"{first} {middle} {last}";
            var person = new Person("n-p-" + (organisation.People.Count + 1).ToString("D4", CultureInfo.InvariantCulture), name, unit)
            {
                Title = title,
                Email = UniqueEmail(Ascii.Slug(first).Replace("-", "", StringComparison.Ordinal) + "." + Ascii.Slug(last).Replace("-", "", StringComparison.Ordinal), municipality.Domain, emails),
                Phone = random.Chance(0.8) ? string.Create(CultureInfo.InvariantCulture, $"+45 {random.Between(20, 99)} {random.Between(10, 99)} {random.Between(10, 99)} {random.Between(10, 99)}") : null,
                Location = random.Chance(0.7) ? $"{unit.Name}, {municipality.Address}" : null,
                Visibility = random.Chance(0.025) ? PrivacyPolicy.Hidden : random.Chance(0.12) ? PrivacyPolicy.Public : PrivacyPolicy.Organisation,
            };
            if (random.Chance(0.15))
            {
                person.Languages.Add("en");
            }
            organisation.People.Add(person);
            return person;
        }

        foreach (var municipality in Structure.Municipalities)
        {
            var top = new Unit(municipality.Key, municipality.Name + " Kommune", "municipality", null);
            organisation.Units.Add(top);
            foreach (var plan in Structure.Departments)
            {
                var department = new Unit($"{municipality.Key}-{plan.Code}", municipality.Key == "aarhus" ? plan.AarhusName : plan.Name, "department", top);
                organisation.Units.Add(department);
                var head = Hire(department, "Direktør for " + plan.Name, municipality);
                Lead(head, random);
                foreach (var office in plan.Offices)
                {
                    var officeUnit = new Unit($"{municipality.Key}-{office.Code}", office.Name, "office", department) { Office = office.Code };
                    organisation.Units.Add(officeUnit);
                    Lead(Hire(officeUnit, office.LeaderTitle, municipality), random);
                    var workplaces = office.Teams.Length == 0
                        ? [officeUnit]
                        : office.Teams.Select(team => new Unit($"{officeUnit.Key}-{Ascii.Slug(team)}", team, "team", officeUnit) { Office = office.Code }).ToList();
                    foreach (var workplace in workplaces.Where(w => w != officeUnit))
                    {
                        organisation.Units.Add(workplace);
                        Lead(Hire(workplace, "Teamleder", municipality), random);
                    }
                    foreach (var workplace in workplaces)
                    {
                        var size = (int)Math.Round(office.TeamSize * municipality.Scale * (0.75 + 0.5 * random.NextDouble()));
                        for (var i = 0; i < size; i++)
                        {
                            var person = Hire(workplace, random.Pick(office.Titles), municipality);
                            GiveBroadCompetences(person, office.Code, random);
                        }
                    }
                }
            }
        }
    }

    private static void Lead(Person leader, SeededRandom random)
    {
        leader.IsLeader = true;
        leader.AddRole(PersonRole.Manager);
        leader.Hold("c-ledelse", random.Between(3, 4), random.Chance(0.5) ? "formal" : "manager", Since(random));
        if (leader.Unit.Office is { } office)
        {
            GiveBroadCompetences(leader, office, random);
        }
    }

    /// <summary>
    /// One or two broad competences of the office at level 1-4, and now and then a specific one of the office at a
    /// low level or self-assessed: what most staff write in their profile.
    /// </summary>
    private static void GiveBroadCompetences(Person person, string office, SeededRandom random)
    {
        var broad = Taxonomy.Broad.Where(t => t.Offices.Contains(office)).ToList();
        foreach (var topic in random.Sample(broad, random.Between(1, 2)))
        {
            person.Hold(topic.Key, random.Between(1, 4), random.Pick(Sources), Since(random));
        }
        var specific = Taxonomy.Specific.Where(t => t.Offices.Contains(office)).ToList();
        if (specific.Count > 0 && random.Chance(0.08))
        {
            var level = random.Between(1, 4);
            person.Hold(random.Pick(specific).Key, level, level <= 2 ? random.Pick(Sources) : "self", Since(random));
        }
    }

    public static string Since(SeededRandom random) => string.Create(CultureInfo.InvariantCulture, $"{random.Between(2005, 2025)}-{random.Between(1, 12):D2}");

    private static string UniqueEmail(string local, string domain, HashSet<string> taken)
    {
        var email = $"{local}@{domain}";
        for (var n = 2; !taken.Add(email); n++)
        {
            email = string.Create(CultureInfo.InvariantCulture, $"{local}{n}@{domain}");
        }
        return email;
    }
}
