using System.Globalization;
using ExpertFinder.Tools.Generation;
using PersonRole = ExpertFinder.Core.Vocabulary.Role;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// Short bios in the first person, written last: the job, what the person was cast to know in their own words,
/// what their helping roles are for, and now and then that they are new to a field they hold at a low level.
/// </summary>
internal static class Bios
{
    private static readonly string[] Ordinary =
    [
        "Jeg har været ansat i kommunen siden {y}.",
        "Jeg har arbejdet i {n} forskellige afdelinger, før jeg kom hertil.",
        "Jeg sætter pris på et godt samarbejde og en uformel tone.",
        "Jeg er glad for at arbejde tæt på borgerne.",
        "Jeg har tidligere arbejdet i en nabokommune.",
        "Jeg er tovholder på vores fælles kalender og arrangementer.",
        "Jeg kom til kommunen som elev og er blevet hængende.",
    ];

    public static void Write(SeededRandom random, Organisation organisation)
    {
        foreach (var person in organisation.People.Where(p => p.Bio.Length == 0))
        {
            var municipality = person.Unit.Municipality.Name.Replace(" Kommune", "", StringComparison.Ordinal);
            // "Chefkonsulent, arbejdsmiljø" reads badly after "Jeg er"; such titles are said the other way round.
            var job = person.Title.Contains(',', StringComparison.Ordinal)
                ? $"Jeg arbejder i {person.Unit.Name} som {TopicNetworks.Lower(person.Title)}."
                : $"Jeg er {TopicNetworks.Lower(person.Title)} i {person.Unit.Name}.";
            var lines = new List<string> { job };
            if (person.Topic is { } key && Taxonomy.Specific.Any(t => t.Key == key))
            {
                var topic = Taxonomy.Get(key);
                var style = topic.Short is null ? (ShortFormStyle?)null : (ShortFormStyle)random.Next(2);
                var fitting = topic.BioLines.Where(l => Text.Fits(l, style)).ToList();
                if (fitting.Count > 0)
                {
                    lines.Add(Text.Fill(random, random.Pick(fitting), topic, style, municipality));
                }
            }
            else
            {
                lines.Add(Text.Fill(random, random.Pick(Ordinary), Taxonomy.Get("c-ledelse"), null, municipality));
            }
            foreach (var (role, topicKey) in person.RoleTopics)
            {
                lines.Add(RoleLine(role, Taxonomy.Get(topicKey)));
            }
            var beginner = person.Competences.FirstOrDefault(c => c.Level <= 2 && c.Competence != person.Topic && Taxonomy.Specific.Any(t => t.Key == c.Competence));
            if (beginner is not null && random.Chance(0.4))
            {
                lines.Add($"Jeg er ny inden for {TopicNetworks.Lower(Taxonomy.Get(beginner.Competence).Name)} og lærer stadig.");
            }
            person.Bio = string.Join(' ', lines);
        }
    }

    private static string RoleLine(string role, Topic topic)
    {
        var field = TopicNetworks.Lower(topic.Name);
        return (role, topic.Key) switch
        {
            (PersonRole.Mentor, "c-lederudvikling") => "Jeg er mentor for nye ledere.",
            (PersonRole.Mentor, "c-sosu-elever") => "Jeg er mentor for vores SSA- og SSH-elever.",
            (PersonRole.Mentor, _) => $"Jeg er mentor for nye kolleger inden for {field}.",
            (PersonRole.Ambassador, _) => $"Jeg er ambassadør for {field} i min afdeling.",
            (PersonRole.ResourcePerson, _) => $"Jeg er ressourceperson for {field}.",
            (PersonRole.KnowledgeSharer, _) => $"Jeg er videndeler om {field}.",
            _ => string.Create(CultureInfo.InvariantCulture, $"Jeg er {role}."),
        };
    }
}
