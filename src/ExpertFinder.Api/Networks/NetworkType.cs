using ExpertFinder.Api.GraphQL;
using ExpertFinder.Api.People;
using ExpertFinder.Api.Units;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Networks;

public sealed class NetworkType : ObjectGraphType<Network>
{
    public NetworkType()
    {
        Name = "Network";
        Description = "A learning, welfare, innovation, leadership or professional network, or a project.";
        Field(n => n.Key);
        Field(n => n.Name);
        Field<NonNullGraphType<NetworkKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(n => n.Description, nullable: true);
        Field<NonNullGraphType<NetworkStatusType>>("status").Resolve(c => c.Source.Status);
        Field(n => n.Started, nullable: true);
        Field(n => n.Ended, nullable: true);
        Field<UnitType>("owner").Description("The owning unit.").ResolveAsync(async c => await c.FindAsync<Unit>(c.Source.OwnerUnitId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("members")
            .Description("Facilitators first, then members and externals, by name.")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.Memberships.AsNoTracking().Include(m => m.Person)
                .Where(m => m.NetworkId == c.Source.Id && m.Person!.Visibility != "hidden")
                .OrderBy(m => m.Role == "facilitator" ? 0 : m.Role == "member" ? 1 : 2).ThenBy(m => m.Person!.Name)
                .ToListAsync(c.CancellationToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Competences.CompetenceType>>>>("topics")
            .Description("Competences the network works on.")
            .ResolveAsync(async c => await c.WithDbAsync(db => db.NetworkTopics.AsNoTracking()
                .Where(t => t.NetworkId == c.Source.Id).Select(t => t.Competence!).OrderBy(x => x.Name).ToListAsync(c.CancellationToken)));
    }
}

public sealed class MembershipType : ObjectGraphType<Membership>
{
    public MembershipType()
    {
        Name = "Membership";
        Description = "A person's place in a network.";
        Field<NonNullGraphType<MemberRoleType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<PersonType>>("person").ResolveAsync(async c => c.Source.Person
            ?? await c.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == c.Source.PersonId, c.CancellationToken)));
        Field<NonNullGraphType<NetworkType>>("network").ResolveAsync(async c => c.Source.Network
            ?? await c.WithDbAsync(db => db.Networks.AsNoTracking().SingleAsync(n => n.Id == c.Source.NetworkId, c.CancellationToken)));
    }
}
