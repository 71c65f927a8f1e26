using ExpertFinder.Api.Documents;
using ExpertFinder.Api.GraphQL;
using ExpertFinder.Api.Networks;
using ExpertFinder.Api.Units;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.People;

public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        Description = "An employee. Hidden people are never exposed.";
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
        Field<NonNullGraphType<UnitType>>("unit")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == c.Source.UnitId, c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonCompetenceType>>>>("competences")
            .Description("Competences, highest level first.")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.PersonCompetences.AsNoTracking().Include(pc => pc.Competence)
                .Where(pc => pc.PersonId == c.Source.Id).OrderByDescending(pc => pc.Level).ThenBy(pc => pc.Competence!.Name)
                .ToListAsync(c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("networks")
            .Description("The networks the person is in, with their role.")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.Memberships.AsNoTracking().Include(m => m.Network)
                .Where(m => m.PersonId == c.Source.Id).OrderBy(m => m.Network!.Name).ToListAsync(c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description("Documents the person wrote, newest first.")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.Authorships.AsNoTracking()
                .Where(a => a.PersonId == c.Source.Id).Select(a => a.Document!)
                .OrderByDescending(d => d.Date).ThenBy(d => d.Key).ToListAsync(c.CancellationToken)));
    }
}

public sealed class PersonCompetenceType : ObjectGraphType<PersonCompetence>
{
    public PersonCompetenceType()
    {
        Name = "PersonCompetence";
        Description = "A competence a person holds.";
        Field<NonNullGraphType<Competences.CompetenceType>>("competence").Resolve(c => c.Source.Competence);
        Field(pc => pc.Level).Description("1 (beginner) to 5 (go-to expert).");
        Field<NonNullGraphType<CompetenceSourceType>>("source").Resolve(c => c.Source.Source);
        Field<StringGraphType>("since").Description("Month held since, YYYY-MM.")
            .Resolve(c => c.Source.Since?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
    }
}
