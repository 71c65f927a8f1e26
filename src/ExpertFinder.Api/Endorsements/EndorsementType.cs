using System.Globalization;
using ExpertFinder.Api.Competences;
using ExpertFinder.Api.Data;
using ExpertFinder.Api.GraphQL;
using ExpertFinder.Api.People;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Endorsements;

public sealed class EndorsementType : ObjectGraphType<Endorsement>
{
    public const string TypeName = "Endorsement";

    public EndorsementType()
    {
        Name = TypeName;
        Description = "A colleague vouching for a competence a person holds.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => IdOf(c.Source));
        Field<PersonType>("endorser").Description("Who vouches; null when that person is hidden.")
            .ResolveAsync(async c => await VisiblePersonAsync(c, c.Source.EndorserId));
        Field<PersonType>("person").Description("Who is vouched for; null when that person is hidden.")
            .ResolveAsync(async c => await VisiblePersonAsync(c, c.Source.PersonId));
        Field<NonNullGraphType<CompetenceType>>("competence")
            .ResolveAsync(async c => c.Source.Competence ?? await c.FindAsync<Competence>(c.Source.CompetenceId));
        Field(e => e.Comment, nullable: true);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("created").Resolve(c => c.Source.Created);
    }

    /// <summary>Endorsements have no external key: the row id serves, as they are never imported.</summary>
    public static string IdOf(Endorsement endorsement) => GlobalId.Encode(TypeName, endorsement.Id.ToString(CultureInfo.InvariantCulture));

    private static async Task<Person?> VisiblePersonAsync(IResolveFieldContext context, int personId) =>
        await context.WithDbAsync(db => db.People.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == personId && p.Visibility != Vocabulary.HiddenVisibility, context.CancellationToken));
}
