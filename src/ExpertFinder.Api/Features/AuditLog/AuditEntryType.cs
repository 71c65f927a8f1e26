using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.AuditLog;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One change in the audit log: who made it, what kind, on which object, and the names of the fields it changed (never their values).";
        // On the type as well as on the field that lists entries, so no other field can hand entries out unguarded.
        this.AuthorizeWithPolicy(AccessPolicy.Admin);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When the change was made (the start of its transaction).").Resolve(c => c.Source.At);
        Field(e => e.Actor).Description("Who made it: person:KEY, user:SUBJECT, apikey:NAME or command-line.");
        Field(e => e.ActorMunicipality, nullable: true).Description("The municipality (key) of whoever made it, when they belong to one.");
        Field(e => e.Operation).Description("The mutation, or import, apikey create, apikey revoke.");
        Field(e => e.EntityType, nullable: true).Description("The type of the object changed (Person, Unit, ApiKey …); null for an import.");
        Field(e => e.EntityKey, nullable: true).Description("The key of the object changed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields")
            .Description("The input fields given (for an import: the files imported).").Resolve(c => c.Source.Fields);
        Field(e => e.RequestId, nullable: true).Description("The HTTP request that made the change, to match server logs.");
    }
}
