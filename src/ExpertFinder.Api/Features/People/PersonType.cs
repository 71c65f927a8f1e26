using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.CommonColleagues;
using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Endorsements;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace ExpertFinder.Api.Features.People;

public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = NodeTypeNames.Person;
        Description = "An employee, as far as the privacy policy lets the caller see them.";
        this.ImplementNode(p => p.Key);
        Field(p => p.Key).Description("Stable external identifier.");
        Field(p => p.Name);
        Field(p => p.Title, nullable: true).Description("Job title, e.g. Sundhedsplejerske.");
        Field<StringGraphType>("email").Description(ContactNote).Resolve(c => Contact(c, c.Source.Email));
        Field<StringGraphType>("phone").Description(ContactNote).Resolve(c => Contact(c, c.Source.Phone));
        Field<StringGraphType>("location").Description("Workplace address or site. " + ContactNote).Resolve(c => Contact(c, c.Source.Location));
        Field<ContactSharingType>("contactSharing")
            .Description("Who may see the contact details; shown to the person and their admins only.")
            .Resolve(c => c.Privacy().MayManage(c.Source) ? c.Source.ContactSharing : null);
        Field(p => p.Bio, nullable: true).Description("Free text in the person's own words.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("askMeAbout")
            .Description("What the person is happy to be asked about (spørg mig om), in their own words.").Resolve(c => c.Source.AskMeAbout);
        Field<NonNullGraphType<BooleanGraphType>>("openToMentoring").Description("Open to mentoring a colleague.").Resolve(c => c.Source.OpenToMentoring);
        Field<NonNullGraphType<BooleanGraphType>>("openToJobRotation").Description("Open to a day of job rotation (jobrotation for en dag), as host or guest.")
            .Resolve(c => c.Source.OpenToJobRotation);
        Field<BooleanGraphType>("openToMeetingColleagues")
            .Description("Opted in to meeting unknown colleagues; shown to the person and their admins only (else null).")
            .Resolve(c => c.Privacy().MayManage(c.Source) ? c.Source.OpenToMeetingColleagues : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRoleType>>>>("roles").Resolve(c => c.Source.Roles);
        Field(p => p.Languages).Description("ISO 639-1 codes.");
        Field<NonNullGraphType<VisibilityType>>("visibility").Resolve(c => c.Source.Visibility);
        Field<NonNullGraphType<UnitType>>("unit").Description("The unit the person works in.")
            .Resolve(c => c.UnitById(c.Source.UnitId));
        Connection<PersonCompetenceType, EdgeType<PersonCompetenceType>, PageType<PersonCompetenceType>>("competences").Pageable()
            .Description("Competences, highest level first.")
            .ResolvePage(c => c.Page(c.CompetencesOf(c.Source.Id)));
        Connection<MembershipType, EdgeType<MembershipType>, PageType<MembershipType>>("networks").Pageable()
            .Description("The networks the person is in, with their role, by network name.")
            .ResolvePage(c => c.Page(c.MembershipsOf(c.Source.Id)));
        Connection<DocumentType, EdgeType<DocumentType>, PageType<DocumentType>>("documents").Pageable()
            .Description("Documents the person wrote, newest first.")
            .ResolvePage(c => c.Page(c.DocumentsBy(c.Source.Id)));
        this.AddColleaguesInCommonField();
    }

    private const string ContactNote = "Null unless the caller is signed in (or a portal key), may see the person, and the person's contact sharing allows it.";

    private static string? Contact(global::GraphQL.IResolveFieldContext<Person> context, string? value) =>
        context.Privacy().MaySeeContact(context.Source) ? value : null;
}

public sealed class ContactSharingType() : VocabularyEnumType("ContactSharing", "Who may see a person's e-mail, phone and location.",
    [PrivacyPolicy.ContactToReaders, PrivacyPolicy.ContactToMunicipality, PrivacyPolicy.ContactToNobody]);

public sealed class PersonCompetenceType : ObjectGraphType<PersonCompetence>
{
    public PersonCompetenceType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "PersonCompetence";
        Description = "A competence a person holds.";
        Field<NonNullGraphType<CompetenceType>>("competence")
            .Resolve(c => c.Source.Competence is { } loaded ? loaded : c.CompetenceById(c.Source.CompetenceId));
        Field<NonNullGraphType<PersonType>>("person").Description("Who holds it.")
            .Resolve(c => c.Source.Person is { } loaded ? loaded : c.PersonById(c.Source.PersonId));
        Field(pc => pc.Level).Description("1 (beginner) to 5 (go-to expert).");
        Field<NonNullGraphType<CompetenceSourceType>>("source").Resolve(c => c.Source.Source);
        Field<StringGraphType>("since").Description("Month held since, YYYY-MM.")
            .Resolve(c => c.Source.Since?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        this.AddEndorsementsField();
    }
}
