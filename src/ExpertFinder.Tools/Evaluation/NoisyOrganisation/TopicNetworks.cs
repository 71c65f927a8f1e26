using System.Globalization;
using ExpertFinder.Tools.Generation;
using MemberRole = ExpertFinder.Core.Vocabulary.MemberRole;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// A network per specific competence, facilitated by its cast's facilitator, and a second one for some, facilitated
/// by someone who writes nothing on it; members from the cast and the offices that work on it; leadership networks
/// per department. Each colleague query's viewer joins the first network on its competence.
/// </summary>
internal static class TopicNetworks
{
    private static readonly (string Kind, string Prefix)[] Kinds =
    [
        ("learning", "Læringsnetværk om"), ("professional", "Fagligt netværk:"), ("welfare", "Velfærdsnetværk:"),
        ("innovation", "Innovationsnetværk om"), ("project", "Projekt:"),
    ];

    public static Dictionary<string, Person> Build(SeededRandom random, Organisation organisation, IReadOnlyDictionary<string, Cast> casts)
    {
        var index = 0;
        Network Open(Topic topic, Person facilitator, int kind)
        {
            var (kindName, prefix) = Kinds[kind % Kinds.Length];
            var network = new Network("n-net-" + (++index).ToString("D3", CultureInfo.InvariantCulture), $"{prefix} {Lower(topic.Name)}", kindName, facilitator.Unit.Parent?.Kind == "office" ? facilitator.Unit.Parent : facilitator.Unit)
            {
                Started = new DateOnly(random.Between(2022, 2025), random.Between(1, 12), 1),
                Status = random.Chance(0.8) ? "active" : "testing",
            };
            network.Description = $"Netværket samler kolleger fra flere kommuner om {Text.Term(random, topic)}. {random.Pick(topic.Sentences).Replace("{a}", topic.Short?.Short ?? "", StringComparison.Ordinal)}";
            network.Description = Text.Fill(random, network.Description, topic, null, "Aarhus");
            network.Topics.Add(topic.Key);
            network.Members.Add(new NetworkMember(facilitator, MemberRole.Facilitator));
            organisation.Networks.Add(network);
            return network;
        }
        void Join(Network network, Person person)
        {
            if (!network.Has(person))
            {
                var role = person.Unit.Municipality != network.Owner.Municipality && random.Chance(0.5) ? MemberRole.External : MemberRole.Member;
                network.Members.Add(new NetworkMember(person, role));
            }
        }

        for (var i = 0; i < Taxonomy.Specific.Count; i++)
        {
            var cast = casts[Taxonomy.Specific[i].Key];
            var topic = cast.Topic;
            var first = Open(topic, cast.Facilitator, i);
            foreach (var person in (Person[])[cast.Confirmed, cast.Beginners[1], cast.CoAuthors[0], .. Staff(random, organisation, topic, random.Between(3, 6))])
            {
                Join(first, person);
            }
            if (cast.SecondFacilitator is { } second)
            {
                var other = Open(topic, second, i + 2);
                foreach (var person in Staff(random, organisation, topic, random.Between(3, 5)))
                {
                    Join(other, person);
                }
            }
        }

        foreach (var department in organisation.Units.Where(u => u.Kind == "department").ToList())
        {
            var leaders = organisation.People.Where(p => p.IsLeader && p.Unit.Department == department && !p.IsHidden).ToList();
            var network = new Network("n-net-" + (++index).ToString("D3", CultureInfo.InvariantCulture), "Ledernetværk " + department.Name + ", " + department.Municipality.Name, "leadership", department)
            {
                Started = new DateOnly(2021, 1, 1),
                Description = "Ledernetværket mødes hver anden måned og drøfter drift, økonomi og personale i forvaltningen.",
            };
            network.Topics.Add("c-ledelse");
            foreach (var leader in leaders)
            {
                network.Members.Add(new NetworkMember(leader, network.Members.Count == 0 ? MemberRole.Facilitator : MemberRole.Member));
            }
            organisation.Networks.Add(network);
        }
        return ChooseViewers(random, organisation, casts);
    }

    /// <summary>
    /// A colleague query's viewer: someone not cast, in the same unit as one of the query's experts in the query's
    /// municipality, who joins the first network on the competence, so that the scope leaves out both.
    /// </summary>
    private static Dictionary<string, Person> ChooseViewers(SeededRandom random, Organisation organisation, IReadOnlyDictionary<string, Cast> casts)
    {
        var viewers = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var query in Queries.All.Where(q => q.Viewer is not null))
        {
            var choice = query.Viewer!;
            var cast = casts[choice.Topic];
            var experts = ((Person[])[cast.Certified, cast.Writer, cast.Facilitator, cast.Confirmed, cast.SelfRated, .. cast.OccasionalWriters])
                .Where(p => p.Unit.Municipality.Key == choice.Municipality).ToList();
            var units = choice.Office is { } office
                ? organisation.Units.Where(u => u.Office == office && u.Municipality.Key == choice.Municipality).ToHashSet()
                : experts.Select(e => e.Unit).ToHashSet();
            var candidates = organisation.People
                .Where(p => !p.Planted && !p.IsHidden && !p.IsLeader && units.Contains(p.Unit) && !viewers.ContainsValue(p))
                .ToList();
            if (candidates.Count == 0)
            {
                candidates = organisation.People
                    .Where(p => !p.Planted && !p.IsHidden && !p.IsLeader && p.Unit.Municipality.Key == choice.Municipality && p.Unit.Office is { } office && cast.Topic.Offices.Contains(office))
                    .ToList();
            }
            var viewer = random.Pick(candidates);
            var network = organisation.Networks.First(n => n.Topics.Contains(choice.Topic));
            network.Members.Add(new NetworkMember(viewer, MemberRole.Member));
            viewers[query.Id] = viewer;
        }
        return viewers;
    }

    /// <summary>People of the offices that work on the competence, in any municipality, not hidden.</summary>
    private static List<Person> Staff(SeededRandom random, Organisation organisation, Topic topic, int count) =>
        random.Sample(organisation.People.Where(p => !p.IsHidden && p.Unit.Office is { } office && topic.Offices.Contains(office)).ToList(), count);

    public static string Lower(string name) => name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}
