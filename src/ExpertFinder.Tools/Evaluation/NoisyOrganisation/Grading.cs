using ExpertFinder.Search.Evaluation;
using ExpertFinder.Core;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Search.Experts;
using MemberRole = ExpertFinder.Core.Vocabulary.MemberRole;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>A person's grade for a query and the evidence that gave it.</summary>
internal sealed record Grade(int Value, IReadOnlyList<string> Reasons);

/// <summary>
/// The written rule (seed/evaluation/noisy.md) that grades every person for every query from the generated data
/// alone: competences (level and source), documents by main topic (first or later author), network roles and roles.
/// Passing mentions count for nothing. No engine's answers are involved.
/// </summary>
internal static class Grading
{
    public const string SelfAssessed = "self";

    /// <summary>
    /// The grade for one competence: the best of what the person's competence, documents and networks on it give.
    /// 3: level 5 confirmed (formal, endorsed or manager); first author of at least 3 documents on it; facilitator of a
    /// network on it who also wrote a document on it. 2: level 3-4 confirmed or level 5 self-assessed; first author of 1
    /// or 2; later author of at least 3; facilitator. 1: level 1-2, or self-assessed 3-4; later author of 1 or 2; member
    /// (or external member) of a network on it.
    /// </summary>
    public static Grade OnTopic(Person person, Topic topic, Evidence evidence)
    {
        var best = 0;
        var reasons = new List<string>();
        void Give(int grade, string reason)
        {
            if (grade > best)
            {
                best = grade;
                reasons.Clear();
            }
            if (grade == best)
            {
                reasons.Add(reason);
            }
        }

        foreach (var held in person.Competences.Where(c => c.Competence == topic.Key))
        {
            var confirmed = held.Source != SelfAssessed;
            var grade = held.Level switch
            {
                5 => confirmed ? 3 : 2,
                3 or 4 => confirmed ? 2 : 1,
                _ => 1,
            };
            Give(grade, $"{topic.Name} {held.Level} ({held.Source})");
        }
        var first = evidence.FirstAuthored(person, topic.Key);
        var later = evidence.CoAuthored(person, topic.Key);
        if (first > 0)
        {
            Give(first >= 3 ? 3 : 2, $"first author of {first} document{(first == 1 ? "" : "s")} on {topic.Name}");
        }
        if (later > 0)
        {
            Give(later >= 3 ? 2 : 1, $"co-author of {later} document{(later == 1 ? "" : "s")} on {topic.Name}");
        }
        foreach (var membership in evidence.NetworksOf(person).Where(m => m.Network.Topics.Contains(topic.Key)))
        {
            if (membership.Role == MemberRole.Facilitator)
            {
                var wrote = first + later > 0;
                Give(wrote ? 3 : 2, $"facilitates {membership.Network.Name}{(wrote ? " and wrote on it" : "")}");
            }
            else
            {
                Give(1, $"{membership.Role} of {membership.Network.Name}");
            }
        }
        return new Grade(best, reasons);
    }

    /// <summary>
    /// The grade for a query: the best over its competences; without the query's role, one lower. Zero for anyone the
    /// query must never judge (<see cref="MayBeJudged"/>).
    /// </summary>
    public static Grade For(Person person, QuerySpec query, Evidence evidence, Person? viewer)
    {
        if (!MayBeJudged(person, query, evidence, viewer))
        {
            return new Grade(0, []);
        }
        var best = query.Topics.Select(t => OnTopic(person, Taxonomy.Get(t), evidence)).MaxBy(g => g.Value)!;
        if (query.Role is { } role && !person.Roles.Contains(role) && best.Value > 0)
        {
            return new Grade(best.Value - 1, [.. best.Reasons, $"not a {role}"]);
        }
        return best;
    }

    /// <summary>The viewer signed in, as the privacy policy sees them: an employee of their municipality.</summary>
    private static PrivacyPolicy Audience(Person viewer) => new(
        new Caller { Kind = CallerKind.User, PersonKey = viewer.Key, MunicipalityKey = viewer.Unit.Municipality.Key }, []);

    /// <summary>
    /// Hidden people never; for a colleague query, not the viewer, nobody the viewer may not discover (an
    /// <c>organisation</c> profile of another municipality), and nobody the scope leaves out: the viewer's unit and
    /// networks for outsideMyUnit, the viewer's department and networks for outsideMyDepartment.
    /// </summary>
    public static bool MayBeJudged(Person person, QuerySpec query, Evidence evidence, Person? viewer)
    {
        if (person.IsHidden)
        {
            return false;
        }
        if (viewer is null)
        {
            return true;
        }
        if (person == viewer)
        {
            return false;
        }
        if (!((IPersonAudience)Audience(viewer)).MayDiscover(person.Key, person.Visibility, person.Unit.Municipality.Key))
        {
            return false;
        }
        return query.Scope switch
        {
            JudgmentSet.ScopeName.OutsideMyUnit => person.Unit != viewer.Unit && !evidence.ShareANetwork(viewer, person),
            JudgmentSet.ScopeName.OutsideMyDepartment => person.Unit.Department != viewer.Unit.Department && !evidence.ShareANetwork(viewer, person),
            _ => true,
        };
    }
}
