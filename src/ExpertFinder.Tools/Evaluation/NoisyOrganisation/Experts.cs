using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Tools.Generation;
using PersonRole = ExpertFinder.Core.Vocabulary.Role;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// Makes, for every specific competence, its cast among the staff of the offices that work on it, spread over the
/// four municipalities: strong experts of three kinds (and for some competences a hidden one), medium ones, beginners
/// and co-authors. Roles: for a role query's competence, some strong and medium experts have the role and some do not.
/// </summary>
internal static class Experts
{
    private static readonly string[] ConfirmedSources = ["formal", "formal", "endorsed", "manager"];
    private static readonly string[] AnySource = ["self", "self", "manager", "formal", "endorsed"];
    private static readonly string[] HelpingRoles = [PersonRole.KnowledgeSharer, PersonRole.ResourcePerson, PersonRole.Mentor, PersonRole.Ambassador];

    public static IReadOnlyDictionary<string, Cast> Plant(SeededRandom random, Organisation organisation)
    {
        var casts = new Dictionary<string, Cast>(StringComparer.Ordinal);
        for (var i = 0; i < Taxonomy.Specific.Count; i++)
        {
            var topic = Taxonomy.Specific[i];
            var municipalities = Enumerable.Range(0, 4).Select(k => Structure.Municipalities[(i + k) % 4].Key).ToArray();
            Person Pick(int municipality) => Choose(random, organisation, topic, municipalities[municipality % 4]);
            string Since() => Staffing.Since(random);

            var certified = Pick(0);
            certified.Hold(topic.Key, 5, random.Pick(ConfirmedSources), Since());
            // A colleague query's viewer must be able to discover someone strong outside their own unit and networks.
            var seenFromElsewhere = Queries.All.Any(q => q.Viewer?.Topic == topic.Key);
            certified.Visibility = seenFromElsewhere || random.Chance(0.5) ? PrivacyPolicy.Public : PrivacyPolicy.Organisation;
            var writer = Pick(1);
            if (random.Chance(0.5))
            {
                writer.Hold(topic.Key, 4, random.Pick(ConfirmedSources), Since());
            }
            writer.Visibility = random.Chance(seenFromElsewhere ? 0.5 : 0.25) ? PrivacyPolicy.Public : PrivacyPolicy.Organisation;
            var facilitator = Pick(2);
            if (random.Chance(0.5))
            {
                facilitator.Hold(topic.Key, 3, "self", Since());
            }
            Person? hidden = null;
            if (i % 3 == 0)
            {
                hidden = Pick(3);
                hidden.Hold(topic.Key, 5, "formal", Since());
                hidden.Visibility = PrivacyPolicy.Hidden;
            }
            var confirmed = Pick(3);
            confirmed.Hold(topic.Key, random.Between(3, 4), random.Pick(ConfirmedSources), Since());
            var selfRated = Pick(0);
            selfRated.Hold(topic.Key, 5, "self", Since());
            var occasional = new[] { Pick(1), Pick(2) };
            foreach (var person in occasional.Where(_ => random.Chance(0.4)))
            {
                person.Hold(topic.Key, 2, "self", Since());
            }
            var second = i % 2 == 0 ? Pick(3) : null;
            List<Person> taken = [certified, writer, facilitator, confirmed, selfRated, .. occasional];
            if (second is not null)
            {
                taken.Add(second);
            }
            Person Extra(int municipality)
            {
                var person = Anyone(random, organisation, topic, municipalities[municipality % 4], taken);
                taken.Add(person);
                return person;
            }
            var beginners = Enumerable.Range(0, 4).Select(Extra).ToList();
            foreach (var beginner in beginners)
            {
                var level = random.Between(1, 4);
                beginner.Hold(topic.Key, level, level <= 2 ? random.Pick(AnySource) : "self", Since());
            }
            var coAuthors = Enumerable.Range(0, 3).Select(k => Extra(k + 2)).ToList();

            foreach (var person in new[] { certified, writer, facilitator, hidden, confirmed, selfRated }.OfType<Person>())
            {
                person.Title = random.Pick(topic.ExpertTitles);
            }
            var cast = new Cast(topic)
            {
                Certified = certified, Writer = writer, Facilitator = facilitator, Hidden = hidden, Confirmed = confirmed, SelfRated = selfRated,
                OccasionalWriters = occasional, SecondFacilitator = second, Beginners = beginners, CoAuthors = coAuthors,
            };
            GiveRoles(random, cast);
            casts[topic.Key] = cast;
        }
        return casts;
    }

    /// <summary>
    /// For a role query's competence: the certified expert, the writer, the confirmed one, the first occasional writer
    /// and the first beginner have the role; the facilitator and the self-rated do not. Elsewhere roles are drawn.
    /// </summary>
    private static void GiveRoles(SeededRandom random, Cast cast)
    {
        var asked = Queries.All.Where(q => q.Role is not null && q.Topics.Contains(cast.Topic.Key)).Select(q => q.Role!).Distinct().ToList();
        if (asked.Count > 0)
        {
            foreach (var role in asked)
            {
                foreach (var person in (Person[])[cast.Certified, cast.Writer, cast.Confirmed, cast.OccasionalWriters[0], cast.Beginners[0]])
                {
                    person.AddRole(role, cast.Topic.Key);
                }
            }
            return;
        }
        foreach (var person in cast.Strong.Where(_ => random.Chance(0.35)))
        {
            person.AddRole(random.Pick(HelpingRoles), cast.Topic.Key);
        }
        foreach (var person in (Person[])[cast.Confirmed, cast.SelfRated, .. cast.OccasionalWriters])
        {
            if (random.Chance(0.2))
            {
                person.AddRole(random.Pick(HelpingRoles), cast.Topic.Key);
            }
        }
    }

    /// <summary>
    /// Someone not yet cast, visible, in an office that works on the competence: in the municipality if it has anyone
    /// left, else in any municipality, else anywhere in those offices' departments. Unit leaders only now and then.
    /// </summary>
    private static Person Choose(SeededRandom random, Organisation organisation, Topic topic, string municipality)
    {
        var departments = topic.Offices.Select(o => o.Split('-')[0]).ToHashSet(StringComparer.Ordinal);
        bool Free(Person p) => !p.Planted && !p.IsHidden && p.Unit.Office is not null && (!p.IsLeader || random.Chance(0.1));
        bool InOffices(Person p) => topic.Offices.Contains(p.Unit.Office!);
        var candidates = organisation.People.Where(p => p.Unit.Municipality.Key == municipality && Free(p) && InOffices(p)).ToList();
        if (candidates.Count == 0)
        {
            candidates = organisation.People.Where(p => Free(p) && InOffices(p)).ToList();
        }
        if (candidates.Count == 0)
        {
            candidates = organisation.People.Where(p => Free(p) && departments.Contains(p.Unit.Office!.Split('-')[0])).ToList();
        }
        var chosen = candidates.Count > 0 ? random.Pick(candidates) : throw new InvalidOperationException("nobody left to know " + topic.Key);
        chosen.Topic = topic.Key;
        return chosen;
    }

    /// <summary>Anyone visible in an office that works on the competence, cast for another one or not: a beginner or a co-author.</summary>
    private static Person Anyone(SeededRandom random, Organisation organisation, Topic topic, string municipality, IReadOnlyCollection<Person> taken)
    {
        var candidates = organisation.People
            .Where(p => !p.IsHidden && p.Unit.Office is { } office && topic.Offices.Contains(office) && p.Unit.Municipality.Key == municipality && !taken.Contains(p))
            .ToList();
        return random.Pick(candidates);
    }
}
