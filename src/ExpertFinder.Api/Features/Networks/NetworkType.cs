using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Meetings;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Features.ThemeProposals;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace ExpertFinder.Api.Features.Networks;

public sealed class NetworkType : ObjectGraphType<Network>
{
    public NetworkType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = NodeTypeNames.Network;
        Description = "A learning, welfare, innovation, leadership or professional network, or a project.";
        this.ImplementNode(n => n.Key);
        Field(n => n.Key);
        Field(n => n.Name);
        Field<NonNullGraphType<NetworkKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(n => n.Description, nullable: true);
        Field<NonNullGraphType<NetworkStatusType>>("status").Resolve(c => c.Source.Status);
        Field(n => n.Started, nullable: true).Description("When the network started.");
        Field(n => n.Ended, nullable: true).Description("When it closed; for a project that is still running, its planned end.");
        Field<DateOnlyGraphType>("expectedEnd")
            .Description("When it is expected to end: started plus its kind's usual length (a welfare network in testing: the end of its test phase); a project's planned end; null when open-ended (innovation, leadership, professional) or not started.")
            .Resolve(c => c.Lifecycle().ExpectedEnd(c.Source));
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Running (active or testing) past its expected end.")
            .Resolve(c => c.Lifecycle().Overdue(c.Source, c.RequestServices!.GetRequiredService<TimeProvider>().Today()));
        Connection<PersonType, EdgeType<PersonType>, PageType<PersonType>>("facilitators").Pageable().Description("Its visible facilitators, by name.")
            .ResolvePage(c => c.Page(c.MembersOf(c.Source.Id).Then(members =>
                (IReadOnlyList<Person>?)(members ?? []).Where(m => m.Role == Permissions.FacilitatorRole).Select(m => m.Person!).ToList())));
        Field<UnitType>("owner").Description("The owning unit.")
            .Resolve(c => c.Source.OwnerUnitId is { } owner ? c.UnitById(owner) : null);
        Connection<MembershipType, EdgeType<MembershipType>, PageType<MembershipType>>("members").Pageable()
            .Description("Visible members: facilitators first, then members and externals, by name.")
            .ResolvePage(c => c.Page(c.MembersOf(c.Source.Id)));
        Connection<CompetenceType, EdgeType<CompetenceType>, PageType<CompetenceType>>("topics").Pageable().Description("Competences the network works on, by name.")
            .ResolvePage(c => c.Page(c.TopicsOf(c.Source.Id)));
        Connection<MeetingType, EdgeType<MeetingType>, PageType<MeetingType>>("meetings").Pageable().Description("Its meetings, newest first.")
            .ResolvePage(c => c.Page(MeetingLoaders.MeetingsOf(c, c.Source.Id)));
        Connection<CompetenceInPlayType, EdgeType<CompetenceInPlayType>, PageType<CompetenceInPlayType>>("competencesInPlay").Pageable()
            .Description($"Its topics and the competences its visible members hold, each with how many hold it: topics first, then the most held; at most {CompetenceInPlayLoader.MaxPerNetwork}.")
            .ResolvePage(c => c.Page(c.CompetencesInPlayOf(c.Source.Id)));
        Connection<DocumentType, EdgeType<DocumentType>, PageType<DocumentType>>("documents").Pageable().Description("The network's minutes, templates and other documents, newest first.")
            .ResolvePage(c => c.Page(c.DocumentsOf(c.Source.Id)));
        Field<ThemeProposalType>("proposal").Description("The theme proposal the network was approved from; null when none, or when the reader may not read it (its proposer and the forum may).")
            .Resolve(c => c.Source.ProposalId is { } proposal ? ThemeProposalLoaders.ThemeProposalById(c, proposal) : null);
    }
}

public sealed class MembershipType : ObjectGraphType<Membership>
{
    public MembershipType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "Membership";
        Description = "A person's place in a network.";
        Field<NonNullGraphType<MemberRoleType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<PersonType>>("person")
            .Resolve(c => c.Source.Person is { } loaded ? loaded : c.PersonById(c.Source.PersonId));
        Field<NonNullGraphType<NetworkType>>("network")
            .Resolve(c => c.Source.Network is { } loaded ? loaded : c.NetworkById(c.Source.NetworkId));
    }
}
