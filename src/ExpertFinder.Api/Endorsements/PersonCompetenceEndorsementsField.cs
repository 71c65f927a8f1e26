using ExpertFinder.Api.GraphQL;
using ExpertFinder.Api.People;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Endorsements;

/// <summary>
/// The read side of endorsements on a held competence: `PersonCompetenceEndorsementsField.Add(this)` in
/// PersonCompetenceType adds `endorsements: [Endorsement!]!`, newest first. Hidden endorsers stay in the list
/// (they still vouch) with a null endorser.
/// </summary>
public static class PersonCompetenceEndorsementsField
{
    public static void Add(ObjectGraphType<PersonCompetence> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EndorsementType>>>>("endorsements")
            .Description("Colleagues who vouch for this competence, newest first.")
            .ResolveAsync(async c => await ResolveAsync(c));

    public static Task<List<Endorsement>> ResolveAsync(IResolveFieldContext<PersonCompetence> context) =>
        context.WithDbAsync(db => db.Endorsements.AsNoTracking()
            .Where(e => e.PersonId == context.Source.PersonId && e.CompetenceId == context.Source.CompetenceId)
            .OrderByDescending(e => e.Created).ThenByDescending(e => e.Id)
            .ToListAsync(context.CancellationToken));
}
