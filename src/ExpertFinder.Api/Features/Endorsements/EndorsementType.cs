using System.Globalization;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Endorsements;

public sealed class EndorsementType : ObjectGraphType<Endorsement>
{
    public EndorsementType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = NodeTypeNames.Endorsement;
        Description = "A colleague vouching for a competence a person holds.";
        this.ImplementNode(KeyOf);
        Field<PersonType>("endorser").Description("Who vouches; null when that person is hidden.")
            .Resolve(c => c.PersonById(c.Source.EndorserId));
        Field<PersonType>("person").Description("Who is vouched for; null when that person is hidden.")
            .Resolve(c => c.PersonById(c.Source.PersonId));
        Field<NonNullGraphType<CompetenceType>>("competence")
            .Resolve(c => c.Source.Competence is { } loaded ? loaded : c.CompetenceById(c.Source.CompetenceId));
        Field(e => e.Comment, nullable: true);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("created").Resolve(c => c.Source.Created);
    }

    /// <summary>Endorsements have no external key: the row id serves, as they are never imported.</summary>
    public static string KeyOf(Endorsement endorsement) => endorsement.Id.ToString(CultureInfo.InvariantCulture);

    public static string IdOf(Endorsement endorsement) => GlobalId.Encode(NodeTypeNames.Endorsement, KeyOf(endorsement));
}
