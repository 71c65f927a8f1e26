using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Endorsements;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace ExpertFinder.Api.Features.Me;

/// <summary>
/// The signed-in person's own data. Every list is a connection with its <c>totalCount</c>, so nothing is cut off:
/// page with <c>first</c>/<c>after</c> for all of it, or download it whole from /me/export.json.
/// </summary>
public sealed class MeType : ObjectGraphType<Myself>
{
    public MeType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Employee);
        Name = "Me";
        Description = "Everything stored about the signed-in person. Every list is complete: page through it, or download it all from GET /me/export.json. Other people show only as far as the privacy policy lets the person see them (else null).";
        Field<NonNullGraphType<PersonType>>("person").Description("The person's profile, with their contact details and contact sharing.")
            .Resolve(c => c.PersonById(c.Source.PersonId));
        Connection<PersonCompetenceType, EdgeType<PersonCompetenceType>, PageType<PersonCompetenceType>>("competences").Pageable()
            .Description("The competences the person holds with level, source and since, highest level first.")
            .ResolvePage(c => c.Page(c.CompetencesOf(c.Source.PersonId)));
        Connection<EndorsementType, EdgeType<EndorsementType>, PageType<EndorsementType>>("endorsementsGiven").Pageable()
            .Description("Endorsements the person gave, with comment and date, newest first; the endorsed person is null when the person may not see them.")
            .ResolvePage(c => c.Page(c.EndorsementsGivenBy(c.Source.PersonId)));
        Connection<EndorsementType, EdgeType<EndorsementType>, PageType<EndorsementType>>("endorsementsReceived").Pageable()
            .Description("Endorsements the person received, with comment and date, newest first; the endorser is null when the person may not see them.")
            .ResolvePage(c => c.Page(c.EndorsementsReceivedBy(c.Source.PersonId)));
        Connection<MembershipType, EdgeType<MembershipType>, PageType<MembershipType>>("memberships").Pageable()
            .Description("The networks the person is in, with their role, by network name.")
            .ResolvePage(c => c.Page(c.MembershipsOf(c.Source.PersonId)));
        Connection<DocumentType, EdgeType<DocumentType>, PageType<DocumentType>>("authorships").Pageable()
            .Description("The documents the person is an author of, newest first.")
            .ResolvePage(c => c.Page(c.DocumentsBy(c.Source.PersonId)));
        Connection<OwnAuditEntryType, EdgeType<OwnAuditEntryType>, PageType<OwnAuditEntryType>>("auditEntries").Pageable()
            .Description("The audit log's entries of changes the person made or that were made to their profile, newest first.")
            .ResolvePageAsync(async c => (object?)Paging.Slice(c, c.Paging(), await c.AuditEntriesAboutAsync(c.Source.PersonKey)));
    }
}

/// <summary>
/// An audit entry as its person sees it: when, what and which fields, and whether they made it themself. Who else
/// made a change is not shown, and a person the reader may not see is not named (the entity key is null).
/// </summary>
public sealed class OwnAuditEntryType : ObjectGraphType<AuditEntry>
{
    public OwnAuditEntryType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Employee);
        Name = "OwnAuditEntry";
        Description = "A change in the audit log that the signed-in person made, or that was made to their profile: the names of the fields changed, never their values.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When the change was made.").Resolve(c => c.Source.At);
        Field(e => e.Operation).Description("The mutation that made the change.");
        Field(e => e.EntityType, nullable: true).Description("The type of the object changed (Person, Network …).");
        Field<StringGraphType>("entityKey").Description("The key of the object changed; null for a person the caller may not see.")
            .Resolve(c => EntityKey(c));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields")
            .Description("The input fields given (for an import: the files imported).").Resolve(c => c.Source.Fields);
        Field<NonNullGraphType<BooleanGraphType>>("byYou").Description("Whether the signed-in person made the change themself (else, for instance, an admin of their municipality did).")
            .Resolve(c => c.Source.Actor == c.Caller().Actor);
    }

    private static object? EntityKey(IResolveFieldContext<AuditEntry> context)
    {
        var entry = context.Source;
        if (entry.EntityType != NodeTypeNames.Person || entry.EntityKey is not { } key || key == context.Caller().PersonKey)
        {
            return entry.EntityKey;
        }
        return context.PersonByKey(key).Then(person => person is null ? null : key);
    }
}
