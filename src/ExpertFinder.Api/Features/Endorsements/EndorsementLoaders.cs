using System.Globalization;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Endorsements;

/// <summary>Endorsements of a held competence, batched across all competences on the page.</summary>
public static class EndorsementLoaders
{
    public static void AddEndorsementsField(this ObjectGraphType<PersonCompetence> type) =>
        type.Connection<EndorsementType, EdgeType<EndorsementType>, PageType<EndorsementType>>("endorsements").Pageable()
            .Description("Colleagues who vouch for this competence, newest first. Endorsers the reader may not see count, with a null endorser.")
            .ResolvePage(c => c.Page(c.EndorsementsOf(c.Source.PersonId, c.Source.CompetenceId)));

    public static IDataLoaderResult<IReadOnlyList<Endorsement>?> EndorsementsOf(this IResolveFieldContext context, int personId, int competenceId) =>
        context.Loaders().GetGroups<(int PersonId, int CompetenceId), Endorsement>("endorsements-of-competence", async (db, pairs, ct) =>
        {
            var people = pairs.Select(p => p.PersonId).Distinct().ToList();
            var rows = await db.Endorsements.AsNoTracking().Where(e => people.Contains(e.PersonId))
                .OrderByDescending(e => e.Created).ThenByDescending(e => e.Id).ToListAsync(ct);
            var wanted = pairs.ToHashSet();
            return rows.Where(e => wanted.Contains((e.PersonId, e.CompetenceId))).Select(e => ((e.PersonId, e.CompetenceId), e)).ToList();
        }).Load((personId, competenceId));

    public static IDataLoaderResult<Endorsement?> EndorsementByKey(this IResolveFieldContext context, string key) =>
        context.Loaders().Get<int, Endorsement>("endorsement-by-id", async (db, ids, ct) =>
            await db.Endorsements.AsNoTracking().Where(e => ids.Contains(e.Id) && db.VisiblePersonIds(context.Privacy()).Contains(e.PersonId)).ToDictionaryAsync(e => e.Id, ct))
            .Load(int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1);
}
