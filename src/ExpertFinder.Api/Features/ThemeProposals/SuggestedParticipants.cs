using ExpertFinder.Api.Data;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Experts;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.ThemeProposals;

/// <summary>A person the forum could invite to a proposed theme's network, and why, in Danish.</summary>
public sealed record SuggestedParticipant(Person Person, string Reason, string? DepartmentName);

/// <summary>
/// Who knows most about a proposal's theme in the units it affects: the expert search over the proposal's text, seen by
/// the caller's privacy policy (so nobody they may not discover is suggested), then spread across departments so
/// that the network does not come from one department alone.
/// </summary>
internal static class SuggestedParticipants
{
    public const int DefaultCount = 8;
    public const int MaxCount = 20;

    /// <summary>How many ranked people to spread from: enough that other departments' best have a turn.</summary>
    private static int PoolSize(int count) => Math.Clamp(count * 4, 20, 80);

    public static async Task<object?> ResolveAsync(IResolveFieldContext<ThemeProposal> context)
    {
        var count = context.GetArgument("first", DefaultCount);
        if (count is < 0 or > MaxCount)
        {
            throw new ExecutionError($"'first' must be between 0 and {MaxCount}") { Code = "BAD_PAGE_SIZE" };
        }
        if (count == 0)
        {
            return Array.Empty<SuggestedParticipant>();
        }
        var proposal = context.Source;
        var privacy = context.Privacy();
        var scope = await context.WithDbAsync(async db => new
        {
            Municipality = await db.Units.Where(u => u.Id == proposal.MunicipalityId).Select(u => u.Key).SingleAsync(context.CancellationToken),
            Units = await db.ThemeProposalUnits.Where(a => a.ProposalId == proposal.Id).Select(a => a.Unit!.Key).ToListAsync(context.CancellationToken),
        });
        var text = ProposalQueryText.For(proposal);
        var results = context.RequestServices!.GetRequiredService<Search.SearchEngine>().Search(
            new ExpertQuery(text, 0, PoolSize(count))
            {
                Audience = privacy,
                // Within the affected units' subtrees, and never outside the municipality whose forum decides.
                Filter = new ExpertFilter { Municipalities = [scope.Municipality], Units = scope.Units },
                WithEvidence = true,
            });
        var query = ProposalQueryText.Words(text).ToList();
        var candidates = (await context.WithDbAsync(db => CandidatesAsync(db, privacy, results.Hits, proposal.ProposerId, context.CancellationToken)))
            .Select(c => c with { Reason = Reason(c.Hit, c.Person, query) })
            // A hit without evidence or profile words on the theme matched on where the person works, which says nothing of what they know.
            .Where(c => c.Reason is not null).ToList();
        return Spread(candidates, count).Select(c => new SuggestedParticipant(c.Person, c.Reason!, c.DepartmentName)).ToList();
    }

    /// <summary>A ranked person with the department they count for (their own unit when they are in none), and why.</summary>
    internal sealed record Candidate(Person Person, ExpertHit Hit, string DepartmentKey, string? DepartmentName, string? Reason = null);

    /// <summary>
    /// Takes the candidates department by department in turns, each department's best first and the departments in the
    /// order of their best: with D departments none gets more than ceil(count / D) unless the others run out.
    /// </summary>
    internal static List<Candidate> Spread(IReadOnlyList<Candidate> ranked, int count)
    {
        var queues = ranked.GroupBy(c => c.DepartmentKey, StringComparer.Ordinal).Select(g => new Queue<Candidate>(g)).ToList();
        var chosen = new List<Candidate>(count);
        while (chosen.Count < count && queues.Count > 0)
        {
            foreach (var queue in queues)
            {
                if (chosen.Count < count)
                {
                    chosen.Add(queue.Dequeue());
                }
            }
            queues.RemoveAll(q => q.Count == 0);
        }
        return chosen;
    }

    /// <summary>
    /// Why, from the hit's evidence: its best competences, a document and a network on the theme; without such evidence,
    /// the words of the query that the person's title, bio or "ask me about" use. Null when there is neither.
    /// </summary>
    internal static string? Reason(ExpertHit hit, Person person, IReadOnlyList<QueryWord> query)
    {
        var parts = hit.Competences.Take(2).Select(c => $"Kompetence: {c.Name} (niveau {c.Level})").ToList();
        if (hit.Documents.OrderBy(d => d.Association).FirstOrDefault() is { } document)
        {
            parts.Add(document.Association == DocumentAssociation.Author ? $"skrev «{document.Title}»" : $"nævnt i «{document.Title}»");
        }
        if (hit.Networks is [var network, ..])
        {
            parts.Add(network.Role switch
            {
                "facilitator" => $"facilitator i «{network.Name}»",
                "external" => $"ekstern deltager i «{network.Name}»",
                _ => $"medlem af «{network.Name}»",
            });
        }
        if (parts.Count == 0 && ProfileReason(person, query) is { } profile)
        {
            parts.Add(profile);
        }
        if (parts.Count == 0)
        {
            return null;
        }
        var reason = string.Join("; ", parts);
        return char.ToUpperInvariant(reason[0]) + reason[1..];
    }

    private static string? ProfileReason(Person person, IReadOnlyList<QueryWord> query)
    {
        static HashSet<string> Stems(IEnumerable<string?> texts) =>
            texts.SelectMany(ProposalQueryText.Words).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        var title = Stems([person.Title]);
        if (person.Title is { } named && query.Any(w => title.Contains(w.Stem)))
        {
            return $"stilling: {named}";
        }
        var profile = Stems([person.Bio, .. person.AskMeAbout]);
        var words = query.Where(w => profile.Contains(w.Stem)).Select(w => w.Surface).Take(3).ToList();
        return words.Count == 0 ? null : $"profilen nævner {string.Join(", ", words)}";
    }

    /// <summary>
    /// The hits' people the reader may discover (the index may lag a change to visibility by moments), in rank order,
    /// without the proposer, each with the department above their unit.
    /// </summary>
    private static async Task<List<Candidate>> CandidatesAsync(ExpertFinderDb db, PrivacyPolicy privacy, IReadOnlyList<ExpertHit> hits, int? proposerId, CancellationToken cancellationToken)
    {
        if (hits.Count == 0)
        {
            return [];
        }
        var keys = hits.Select(h => h.PersonKey).ToList();
        var people = await db.People.AsNoTracking().Where(privacy.Discoverable()).Where(p => keys.Contains(p.Key) && p.Id != proposerId)
            .ToDictionaryAsync(p => p.Key, StringComparer.Ordinal, cancellationToken);
        var unitIds = people.Values.Select(p => p.UnitId).Distinct().ToArray();
        var departments = (await db.Database.SqlQuery<DepartmentOfUnit>($"""
            WITH RECURSIVE up AS (
                SELECT id AS start, id, kind, name, parent_id, 0 AS depth FROM units WHERE id = ANY({unitIds})
                UNION ALL SELECT up.start, u.id, u.kind, u.name, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 64)
            SELECT DISTINCT ON (start) start AS "UnitId", id AS "DepartmentId", name AS "DepartmentName"
            FROM up WHERE kind = 'department' ORDER BY start, depth
            """).ToListAsync(cancellationToken)).ToDictionary(d => d.UnitId);
        return hits.Where(h => people.ContainsKey(h.PersonKey)).Select(h =>
        {
            var person = people[h.PersonKey];
            return departments.TryGetValue(person.UnitId, out var department)
                ? new Candidate(person, h, "department:" + department.DepartmentId, department.DepartmentName)
                : new Candidate(person, h, "unit:" + person.UnitId, null);
        }).ToList();
    }

    private sealed record DepartmentOfUnit(int UnitId, int DepartmentId, string DepartmentName);
}
