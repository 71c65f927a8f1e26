using System.Globalization;
using ExpertFinder.Api.Security.Privacy;

namespace ExpertFinder.Tools.Generation;

/// <summary>
/// Gives every placed person a Danish name, an e-mail address at their municipality, competences from their team's
/// topics (leaders also in leadership), roles, visibility, and for some a phone, a bio and other languages. Each
/// person draws from a stream of their own, so one person's attributes never shift another's.
/// </summary>
internal static class Staff
{
    public const double HiddenShare = 0.01;
    public const double PublicShare = 0.12;

    private static readonly double[] LevelWeights = [0.10, 0.25, 0.35, 0.20, 0.10];
    private static readonly string[] Sources = ["self", "manager", "formal", "endorsed"];
    private static readonly double[] SourceWeights = [0.45, 0.25, 0.20, 0.10];

    /// <summary>Optional roles and how often a person has them; managers are the leaders the organisation placed.</summary>
    private static readonly (string Role, double Share)[] OptionalRoles =
    [
        ("knowledge-sharer", 0.06), ("resource-person", 0.04), ("mentor", 0.03), ("ambassador", 0.02),
    ];

    public static void Describe(Organisation organisation, Taxonomy taxonomy, int seed)
    {
        var names = new DanishNames();
        var levels = new WeightedTable(LevelWeights);
        var sources = new WeightedTable(SourceWeights);
        var leadership = taxonomy.Area(Departments.LeadershipArea);
        var common = Departments.CommonAreas.Select(taxonomy.Area).ToList();
        var emails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in organisation.People)
        {
            var random = SeededRandom.For(seed, SeededRandom.Purpose.People, person.Index);
            var (first, middle, last) = names.Draw(random);
            person.Name = middle is null ? $"{first} {last}" : $"{first} {middle} {last}";
            person.Email = Email(first, last, person.Unit.Municipality, emails);
            if (random.Chance(0.7))
            {
                person.Phone = string.Create(CultureInfo.InvariantCulture,
                    $"+45 {random.Between(20, 99)} {random.Between(10, 99)} {random.Between(10, 99)} {random.Between(10, 99)}");
            }
            var office = person.Unit.Kind == OrgUnit.TeamKind ? person.Unit.Parent! : person.Unit;
            person.Location = office.Office is { Recurs: true }
                ? $"{office.Name}, {office.Municipality.ShortName}"
                : $"Rådhuset, {office.Municipality.ShortName}";
            var draw = random.NextDouble();
            person.Visibility = draw < HiddenShare ? PrivacyPolicy.Hidden : draw < HiddenShare + PublicShare ? PrivacyPolicy.Public : PrivacyPolicy.Organisation;
            if (person.IsLeader)
            {
                person.AddRole("manager");
            }
            foreach (var (role, share) in OptionalRoles)
            {
                if (random.Chance(share))
                {
                    person.AddRole(role);
                }
            }
            AddCompetences(person, taxonomy, leadership, common, levels, sources, random);
            person.Languages = Languages(random);
            if (random.Chance(0.35))
            {
                person.Bio = Bio(person, random);
            }
        }
    }

    private static void AddCompetences(Person person, Taxonomy taxonomy, Competence leadership, List<Competence> common,
        WeightedTable levels, WeightedTable sources, SeededRandom random)
    {
        var team = person.Unit.Kind == OrgUnit.TeamKind ? person.Unit : null;
        var departmentAreas = person.Unit.Department?.Areas.Select(taxonomy.Area).ToList() ?? [];
        var count = random.Chance(0.15) ? 1 : random.Between(2, 6);
        for (var attempt = 0; person.Competences.Count < count && attempt < 30; attempt++)
        {
            var draw = random.NextDouble();
            Competence competence;
            if (person.IsLeader && draw < 0.35)
            {
                competence = random.Pick(taxonomy.Within[leadership.Index]);
            }
            else if (team is not null && team.Focus.Count > 0 && draw < 0.7)
            {
                competence = random.Pick(team.Focus);
            }
            else if (departmentAreas.Count > 0 && draw < 0.9)
            {
                competence = random.Pick(taxonomy.Within[random.Pick(departmentAreas).Index]);
            }
            else
            {
                competence = random.Pick(taxonomy.Within[random.Pick(common).Index]);
            }
            if (person.Competences.Any(c => c.Competence == competence))
            {
                continue;
            }
            var since = random.Chance(0.6)
                ? string.Create(CultureInfo.InvariantCulture, $"{random.Between(2000, 2025):D4}-{random.Between(1, 12):D2}")
                : null;
            person.Competences.Add(new HeldCompetence(competence, 1 + levels.Draw(random), Sources[sources.Draw(random)], since));
        }
    }

    private static string[] Languages(SeededRandom random)
    {
        var languages = new List<string> { "da" };
        if (random.Chance(0.45))
        {
            languages.Add("en");
        }
        if (random.Chance(0.08))
        {
            languages.Add("de");
        }
        if (random.Chance(0.04))
        {
            languages.Add(random.Pick(["sv", "no", "ar", "tr", "pl", "uk"]));
        }
        return [.. languages];
    }

    private static string Bio(Person person, SeededRandom random)
    {
        var topics = person.Competences.Select(c => Vocabulary.TextCase(c.Competence.Name)).ToList();
        var sentences = new List<string>
        {
            topics.Count > 1
                ? $"Jeg er {Vocabulary.TextCase(person.Title)} i {person.Unit.Name} og arbejder især med {topics[0]} og {topics[1]}."
                : $"Jeg er {Vocabulary.TextCase(person.Title)} i {person.Unit.Name}.",
        };
        var strongest = person.Competences.OrderByDescending(c => c.Level).FirstOrDefault();
        if (strongest is not null)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture,
                $"Jeg har arbejdet med {Vocabulary.TextCase(strongest.Competence.Name)} i {random.Between(2, 25)} år."));
            if (strongest.Competence.Synonyms.Length > 0 && random.Chance(0.6))
            {
                sentences.Add($"Spørg mig gerne om {random.Pick(strongest.Competence.Synonyms)}.");
            }
        }
        if (person.Roles.Contains("knowledge-sharer") && strongest is not null)
        {
            sentences.Add($"Jeg er videndeler for {Vocabulary.TextCase(strongest.Competence.Name)} i {person.Unit.DepartmentUnit?.Name ?? person.Unit.Municipality.OfficialName}.");
        }
        if (person.Roles.Contains("mentor"))
        {
            sentences.Add("Jeg er mentor for nye kolleger.");
        }
        return string.Join(' ', sentences);
    }

    private static string Email(string first, string last, Municipality municipality, HashSet<string> taken)
    {
        var local = $"{Ascii.Slug(first).Replace("-", "", StringComparison.Ordinal)}.{Ascii.Slug(last).Replace("-", "", StringComparison.Ordinal)}";
        var email = $"{local}@{municipality.MailDomain}";
        for (var n = 2; !taken.Add(email); n++)
        {
            email = string.Create(CultureInfo.InvariantCulture, $"{local}{n}@{municipality.MailDomain}");
        }
        return email;
    }
}
