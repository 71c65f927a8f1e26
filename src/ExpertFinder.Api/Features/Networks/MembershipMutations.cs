using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Networks;

internal static class MembershipMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        MutationType.Add<AddNetworkMemberInputType, AddNetworkMemberPayloadType>(mutation, "addNetworkMember", AccessPolicy.Employee,
            "Adds a person to a network, or changes their role in it.", AddAsync);
        MutationType.Add<RemoveNetworkMemberInputType, RemoveNetworkMemberPayloadType>(mutation, "removeNetworkMember", AccessPolicy.Employee,
            "Takes a person out of a network.", RemoveAsync);
    }

    private static async Task<MutationPayload> AddAsync(MutationTransaction tx)
    {
        var network = await tx.FindAsync<Network>(NodeTypeNames.Network, "networkId", required: true);
        var person = await tx.FindAsync<Person>(NodeTypeNames.Person, "personId", required: true);
        if (tx.Failed)
        {
            return tx.Failure();
        }
        // Facilitators and admins run the membership; anyone may leave a network.
        Permissions.Demand(await tx.Permissions.ManagesNetworkAsync(network!), "Only the network's facilitators and admins may add members");
        var membership = await tx.Db.Memberships.SingleOrDefaultAsync(m => m.NetworkId == network!.Id && m.PersonId == person!.Id, tx.CancellationToken);
        if (membership is null)
        {
            membership = new Membership { NetworkId = network!.Id, PersonId = person!.Id };
            tx.Db.Memberships.Add(membership);
        }
        membership.Role = tx.Input.Word("role") ?? Vocabulary.DefaultMemberRole;
        membership.Network = network;
        membership.Person = person;
        // Both sides show the membership in search: the person's networks and the network's members.
        tx.Changed.People.Add(person!.Key);
        tx.Changed.Networks.Add(network!.Key);
        return await tx.AnswerAsync(("membership", membership));
    }

    private static async Task<MutationPayload> RemoveAsync(MutationTransaction tx)
    {
        var network = await tx.FindAsync<Network>(NodeTypeNames.Network, "networkId", required: true);
        var person = await tx.FindAsync<Person>(NodeTypeNames.Person, "personId", required: true);
        if (tx.Failed)
        {
            return tx.Failure();
        }
        Permissions.Demand(tx.Permissions.IsSelf(person!) || await tx.Permissions.ManagesNetworkAsync(network!), "Only the member themself, the network's facilitators and admins may remove a member");
        var membership = await tx.Db.Memberships.SingleOrDefaultAsync(m => m.NetworkId == network!.Id && m.PersonId == person!.Id, tx.CancellationToken);
        if (membership is null)
        {
            tx.Errors.Add(new NotFoundError($"{person!.Name} is not in '{network!.Name}'", tx.Input.PathOf("personId")));
            return tx.Failure();
        }
        tx.Db.Memberships.Remove(membership);
        tx.Changed.People.Add(person!.Key);
        tx.Changed.Networks.Add(network!.Key);
        return await tx.AnswerAsync(("network", network));
    }
}
