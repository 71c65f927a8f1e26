using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Networks;

/// <summary>A competence a network works with: one of its topics, or held by its members, with how many visible members hold it.</summary>
public sealed record CompetenceInPlay(Competence Competence, bool Topic, int Holders);

public sealed class CompetenceInPlayType : ObjectGraphType<CompetenceInPlay>
{
    public CompetenceInPlayType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "CompetenceInPlay";
        Description = "A competence a network works with: one of its topics or one its members hold.";
        Field<NonNullGraphType<CompetenceType>>("competence").Resolve(c => c.Source.Competence);
        Field<NonNullGraphType<BooleanGraphType>>("topic").Description("Whether the network works on it as a topic.").Resolve(c => c.Source.Topic);
        Field<NonNullGraphType<IntGraphType>>("holders").Description("How many of its visible members hold it, at any level.").Resolve(c => c.Source.Holders);
    }
}

public static class CompetenceInPlayLoader
{
    /// <summary>At most this many per network: its topics, then the competences most of its members hold.</summary>
    public const int MaxPerNetwork = 100;

    /// <summary>Topics first, then by how many visible members hold it, then by name; capped at <see cref="MaxPerNetwork"/>.</summary>
    public static IDataLoaderResult<IReadOnlyList<CompetenceInPlay>?> CompetencesInPlayOf(this IResolveFieldContext context, int networkId) =>
        context.Loaders().GetGroups<int, CompetenceInPlay>("competences-in-play", async (db, ids, ct) =>
        {
            var visible = db.VisiblePersonIds(context.Privacy());
            // Per network (a lateral join), the competences its visible members hold most, capped in the database.
            var held = await db.Networks.AsNoTracking().Where(n => ids.Contains(n.Id))
                .SelectMany(n => db.Memberships.Where(m => m.NetworkId == n.Id && visible.Contains(m.PersonId))
                    .Join(db.PersonCompetences, m => m.PersonId, pc => pc.PersonId, (m, pc) => pc.CompetenceId)
                    .GroupBy(competence => competence)
                    .Select(g => new { CompetenceId = g.Key, Holders = g.Count() })
                    .OrderByDescending(x => x.Holders).ThenBy(x => x.CompetenceId)
                    .Take(MaxPerNetwork)
                    .Select(x => new { NetworkId = n.Id, x.CompetenceId, x.Holders }))
                .ToListAsync(ct);
            // Topics are few (an input caps them); each with its holders counted, whether or not it made the cut above.
            var topics = await db.NetworkTopics.AsNoTracking().Where(t => ids.Contains(t.NetworkId))
                .Select(t => new
                {
                    t.NetworkId, t.CompetenceId,
                    Holders = db.Memberships.Count(m => m.NetworkId == t.NetworkId && visible.Contains(m.PersonId)
                        && db.PersonCompetences.Any(pc => pc.PersonId == m.PersonId && pc.CompetenceId == t.CompetenceId)),
                })
                .ToListAsync(ct);
            var competenceIds = held.Select(h => h.CompetenceId).Concat(topics.Select(t => t.CompetenceId)).Distinct().ToList();
            var competences = await db.Competences.AsNoTracking().Where(c => competenceIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
            var rows = new List<(int, CompetenceInPlay)>();
            foreach (var networkId in ids)
            {
                var ofTopics = topics.Where(t => t.NetworkId == networkId).Select(t => new CompetenceInPlay(competences[t.CompetenceId], true, t.Holders));
                var topicIds = topics.Where(t => t.NetworkId == networkId).Select(t => t.CompetenceId).ToHashSet();
                var ofMembers = held.Where(h => h.NetworkId == networkId && !topicIds.Contains(h.CompetenceId))
                    .Select(h => new CompetenceInPlay(competences[h.CompetenceId], false, h.Holders));
                rows.AddRange(ofTopics.Concat(ofMembers)
                    .OrderByDescending(c => c.Topic).ThenByDescending(c => c.Holders).ThenBy(c => c.Competence.Name, StringComparer.Ordinal).ThenBy(c => c.Competence.Key, StringComparer.Ordinal)
                    .Take(MaxPerNetwork)
                    .Select(c => (networkId, c)));
            }
            return rows;
        }).Load(networkId);
}
