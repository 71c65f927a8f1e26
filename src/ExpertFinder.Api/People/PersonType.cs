using ExpertFinder.Api.Competences;
using ExpertFinder.Api.Documents;
using ExpertFinder.Api.Endorsements;
using ExpertFinder.Api.GraphQL;
using ExpertFinder.Api.GraphQL.Batching;
using ExpertFinder.Api.Networks;
using ExpertFinder.Api.Units;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace ExpertFinder.Api.People;

public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        Description = "An employee. Hidden people are never exposed.";
        this.ImplementNode(p => p.Key);
        Field(p => p.Key).Description("Stable external identifier.");
        Field(p => p.Name);
        Field(p => p.Title, nullable: true).Description("Job title, e.g. Sundhedsplejerske.");
        Field(p => p.Email, nullable: true);
        Field(p => p.Phone, nullable: true);
        Field(p => p.Location, nullable: true).Description("Workplace address or site.");
        Field(p => p.Bio, nullable: true).Description("Free text in the person's own words.");
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
    }
}

public sealed class PersonCompetenceType : ObjectGraphType<PersonCompetence>
{
    public PersonCompetenceType()
    {
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
