using ExpertFinder.Api.GraphQL;
using ExpertFinder.Api.Networks;
using ExpertFinder.Api.People;
using ExpertFinder.Api.Units;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Documents;

public sealed class DocumentType : ObjectGraphType<Document>
{
    public DocumentType()
    {
        Name = "Document";
        Description = "Written knowledge: minutes, agendas, templates, idea catalogues, reports and notes.";
        Field(d => d.Key);
        Field(d => d.Title);
        Field<DocumentKindType>("kind").Resolve(c => c.Source.Kind);
        Field(d => d.Text).Description("The full text.");
        Field(d => d.Date, nullable: true);
        Field(d => d.Language).Description("ISO 639-1 code.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("authors")
            .Description("The visible authors, in byline order.")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.Authorships.AsNoTracking()
                .Where(a => a.DocumentId == c.Source.Id && a.Person!.Visibility != "hidden")
                .OrderBy(a => a.Position).Select(a => a.Person!).ToListAsync(c.CancellationToken)));
        Field<NetworkType>("network").ResolveAsync(async c => await c.FindAsync<Network>(c.Source.NetworkId));
        Field<UnitType>("unit").ResolveAsync(async c => await c.FindAsync<Unit>(c.Source.UnitId));
    }
}
