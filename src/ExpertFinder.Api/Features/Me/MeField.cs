using System.Diagnostics.CodeAnalysis;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;

[assembly: SuppressMessage("Naming", "CA1716", Scope = "namespace", Target = "~N:ExpertFinder.Api.Features.Me",
    Justification = "Named after the GraphQL field it serves, like every feature folder; no Visual Basic code uses this assembly.")]

namespace ExpertFinder.Api.Features.Me;

/// <summary>Whose data <c>me</c> answers with: the signed-in person, as the door resolved them for this request.</summary>
public sealed record Myself(int PersonId, string PersonKey);

/// <summary>
/// <c>me</c>: everything stored about the signed-in person (the GDPR rights of access and, through the ordinary
/// mutations, rectification). Other people appear in it only as the privacy policy lets the caller see them.
/// </summary>
public static class MeField
{
    public const string NoPersonMessage = "'me' is the data of a person: these credentials name no person in the data";

    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<MeType>>("me")
            .AuthorizeWithPolicy(AccessPolicy.Employee)
            .Description("Everything stored about the signed-in person: profile with contact details, competences, endorsements given and received, memberships, documents and the audit entries by or about them. The same as one download: GET /me/export.json.")
            .Resolve(c => Of(c.Caller()));

    /// <summary>An admin meets the Employee policy without being a person; they have no data of their own to see.</summary>
    public static Myself Of(Caller caller) =>
        caller is { Kind: CallerKind.User, PersonId: { } id, PersonKey: { } key }
            ? new Myself(id, key)
            : throw new ExecutionError(NoPersonMessage) { Code = AuthorizationValidationRule.Forbidden };
}
