using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Meetings;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace ExpertFinder.Api.Features.Documents;

public sealed class DocumentType : ObjectGraphType<Document>
{
    public DocumentType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = NodeTypeNames.Document;
        Description = "Written knowledge: minutes, agendas, templates, idea catalogues, reports and notes.";
        this.ImplementNode(d => d.Key);
        Field(d => d.Key);
        Field(d => d.Title);
        Field<DocumentKindType>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The full text; names of people the reader may not discover (the hidden, another municipality's organisation profiles) read \"(navn udeladt)\".")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<NamesInText>().ForReaderAsync(c.Source.Text, c.Privacy(), c.CancellationToken));
        Field(d => d.Date, nullable: true);
        Field(d => d.Language).Description("ISO 639-1 code.");
        Connection<PersonType, EdgeType<PersonType>, PageType<PersonType>>("authors").Pageable().Description("The visible authors, in byline order.")
            .ResolvePage(c => c.Page(c.AuthorsOf(c.Source.Id)));
        Field<NetworkType>("network").Description("The network it came out of.")
            .Resolve(c => c.Source.NetworkId is { } network ? c.NetworkById(network) : null);
        Field<MeetingType>("meeting").Description("The meeting it is the agenda or the minutes of: minutes lead to their agenda, and back.")
            .Resolve(c => MeetingLoaders.MeetingOfDocument(c, c.Source.Id));
        Field<UnitType>("unit").Description("The unit it belongs to.")
            .Resolve(c => c.Source.UnitId is { } unit ? c.UnitById(unit) : null);
    }
}
