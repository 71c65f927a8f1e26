using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace ExpertFinder.Api.Features.Meetings;

public sealed class MeetingType : ObjectGraphType<Meeting>
{
    public MeetingType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = NodeTypeNames.Meeting;
        Description = "A network meeting shared before and after: the agenda goes out for comment before, the minutes after, with the templates used to prepare and debrief it.";
        this.ImplementNode(m => m.Key);
        Field(m => m.Key);
        Field(m => m.Title);
        Field(m => m.Date).Description("The day it is held.");
        Field<NonNullGraphType<NetworkType>>("network").Resolve(c => c.NetworkById(c.Source.NetworkId));
        Field<DocumentType>("agenda").Description("Shared before the meeting, for comment.")
            .Resolve(c => c.Source.AgendaDocumentId is { } agenda ? c.DocumentById(agenda) : null);
        Field<DocumentType>("minutes").Description("Shared after the meeting: what the network learned.")
            .Resolve(c => c.Source.MinutesDocumentId is { } minutes ? c.DocumentById(minutes) : null);
        Field<NonNullGraphType<BooleanGraphType>>("sharedBeforeAndAfter").Description("Whether both the agenda and the minutes are shared.")
            .Resolve(c => c.Source.AgendaDocumentId is not null && c.Source.MinutesDocumentId is not null);
        Connection<DocumentType, EdgeType<DocumentType>, PageType<DocumentType>>("templates").Pageable().Description("Templates used to prepare and debrief it, by title.")
            .ResolvePage(c => c.Page(c.TemplatesOf(c.Source.Id)));
        Connection<PersonType, EdgeType<PersonType>, PageType<PersonType>>("participants").Pageable().Description("The visible participants, by name.")
            .ResolvePage(c => c.Page(c.ParticipantsOf(c.Source.Id)));
    }
}
