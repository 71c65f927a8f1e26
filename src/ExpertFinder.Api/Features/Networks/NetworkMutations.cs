using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core;
using ExpertFinder.Core.Fields;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Networks;

internal static class NetworkMutations
{
    private const int MaxTopics = 50;

    public static void Add(ObjectGraphType mutation)
    {
        MutationType.Add<CreateNetworkInputType, CreateNetworkPayloadType>(mutation, "createNetwork", AccessPolicy.Admin, "Starts a network or project.", CreateAsync);
        MutationType.Add<UpdateNetworkInputType, UpdateNetworkPayloadType>(mutation, "updateNetwork", AccessPolicy.Employee,
            "Changes the fields given and leaves the others alone.", UpdateAsync);
        MutationType.Add<CloseNetworkInputType, CloseNetworkPayloadType>(mutation, "closeNetwork", AccessPolicy.Employee,
            "Marks a network closed, ended on the date given or today.", CloseAsync);
        MutationType.Add<ChangeNetworkStatusInputType, ChangeNetworkStatusPayloadType>(mutation, "changeNetworkStatus", AccessPolicy.Employee,
            "Moves a network along its lifecycle (proposed, active, testing, evaluated, closed): its facilitators and admins; only the leadership forum (an admin of the owning municipality) evaluates.",
            ChangeStatusAsync);
        MutationType.Add<DeleteNetworkInputType, DeleteNetworkPayloadType>(mutation, "deleteNetwork", AccessPolicy.Admin,
            "Deletes a network with its memberships and topics; its documents stay, without a network.", DeleteAsync);
    }

    private static async Task<MutationPayload> CreateAsync(MutationTransaction tx)
    {
        var name = tx.Input.Text("name", FieldRules.Name, required: true);
        var network = new Network { Key = "", Name = name ?? "", Kind = tx.Input.Word("kind", required: true) ?? "" };
        var status = tx.Input.Word("status") ?? Vocabulary.DefaultNetworkStatus;
        await ReadOptionalFieldsAsync(tx, network);
        await NetworkCreation.StartAsync(tx, network, status);
        if (tx.Failed)
        {
            return tx.Failure();
        }
        return await tx.AnswerAsync(("network", network));
    }

    private static async Task<MutationPayload> UpdateAsync(MutationTransaction tx)
    {
        var network = await tx.FindAsync<Network>(NodeTypeNames.Network, "id", required: true);
        if (network is null)
        {
            return tx.Failure();
        }
        Permissions.Demand(await tx.Permissions.ManagesNetworkAsync(network), "Only the network's facilitators and admins may change it");
        Permissions.Demand(!tx.Input.Has("ownerUnitId") || await tx.Permissions.AdministersNetworkAsync(network), "Only an admin may give a network another owner");
        if (tx.Input.Has("name") && tx.Input.Text("name", FieldRules.Name, required: true) is { } name)
        {
            network.Name = name;
        }
        if (tx.Input.Has("kind"))
        {
            network.Kind = tx.Input.Word("kind", required: true) ?? network.Kind;
        }
        await ReadOptionalFieldsAsync(tx, network);
        Permissions.Demand(!tx.Input.Has("ownerUnitId") || await tx.Permissions.AdministersNetworkAsync(network), "Only an admin of the new owner's municipality may give a network to it");
        if (tx.Input.Word("status") is { } status)
        {
            await DemandMayMoveToAsync(tx, network, status);
            // The date a move implies is the one given with it: started for starting, ended for closing.
            if (ChangeStatus(tx, network, network.Status, status, "status", status == Vocabulary.NetworkStatus.Closed ? tx.Input.Date("ended") : tx.Input.Date("started")) && !tx.Failed)
            {
                CheckDateOrder(tx, network, "status");
            }
        }
        if (tx.Failed)
        {
            return tx.Failure();
        }
        tx.Changed.Networks.Add(network.Key);
        return await tx.AnswerAsync(("network", network));
    }

    private static async Task<MutationPayload> CloseAsync(MutationTransaction tx)
    {
        var network = await tx.FindAsync<Network>(NodeTypeNames.Network, "id", required: true);
        if (network is null)
        {
            return tx.Failure();
        }
        Permissions.Demand(await tx.Permissions.ManagesNetworkAsync(network), "Only the network's facilitators and admins may close it");
        if (!ChangeStatus(tx, network, network.Status, Vocabulary.NetworkStatus.Closed, "id", tx.Input.Date("ended")))
        {
            return tx.Failure();
        }
        CheckDateOrder(tx, network, "ended");
        if (tx.Failed)
        {
            return tx.Failure();
        }
        tx.Changed.Networks.Add(network.Key);
        return await tx.AnswerAsync(("network", network));
    }

    private static async Task<MutationPayload> ChangeStatusAsync(MutationTransaction tx)
    {
        var network = await tx.FindAsync<Network>(NodeTypeNames.Network, "id", required: true);
        var status = tx.Input.Word("status", required: true);
        if (network is null || status is null)
        {
            return tx.Failure();
        }
        await DemandMayMoveToAsync(tx, network, status);
        if (!ChangeStatus(tx, network, network.Status, status, "status", tx.Input.Date("date")))
        {
            return tx.Failure();
        }
        CheckDateOrder(tx, network, "date");
        if (tx.Failed)
        {
            return tx.Failure();
        }
        tx.Changed.Networks.Add(network.Key);
        return await tx.AnswerAsync(("network", network));
    }

    /// <summary>Its facilitators and admins move a network along; evaluating it is the leadership forum's (an admin's) alone.</summary>
    private static async Task DemandMayMoveToAsync(MutationTransaction tx, Network network, string status)
    {
        Permissions.Demand(await tx.Permissions.ManagesNetworkAsync(network), "Only the network's facilitators and admins may change its status");
        Permissions.Demand(!NetworkLifecycle.NeedsForum(status) || status == network.Status || await tx.Permissions.AdministersNetworkAsync(network),
            "Only the leadership forum (an admin of the owning municipality) evaluates a network");
    }

    /// <summary>
    /// Moves the network to <paramref name="to"/> as the lifecycle rule allows, with the dates it implies; a refused
    /// move is reported at <paramref name="field"/> and changes nothing.
    /// </summary>
    internal static bool ChangeStatus(MutationTransaction tx, Network network, string? from, string to, string field, DateOnly? date)
    {
        if (tx.Services.GetRequiredService<NetworkLifecycle>().Check(network.Kind, from, to) is { } refusal)
        {
            tx.Errors.Add(new ConflictError($"'{network.Name}': {refusal.Message}", refusal.Code, tx.Input.PathOf(field)));
            return false;
        }
        NetworkLifecycle.Apply(network, to, date, tx.Services.GetRequiredService<TimeProvider>().Today());
        return true;
    }

    private static async Task<MutationPayload> DeleteAsync(MutationTransaction tx)
    {
        var network = await tx.FindAsync<Network>(NodeTypeNames.Network, "id", required: true);
        if (network is null)
        {
            return tx.Failure();
        }
        Permissions.Demand(await tx.Permissions.AdministersNetworkAsync(network), "Only an admin of the owning unit's municipality may delete a network");
        // Queued while the memberships still lead to the members; the documents lose their network in the index too.
        tx.Changed.Networks.Add(network.Key);
        tx.Changed.Documents.UnionWith(await tx.Db.Documents.Where(d => d.NetworkId == network.Id).Select(d => d.Key).ToListAsync(tx.CancellationToken));
        // Its meetings go with it, and their agenda and minutes (wherever they belong) no longer name the participants.
        tx.Changed.Documents.UnionWith(await tx.Db.Meetings.Where(m => m.NetworkId == network.Id)
            .SelectMany(m => tx.Db.Documents.Where(d => d.Id == m.AgendaDocumentId || d.Id == m.MinutesDocumentId)).Select(d => d.Key)
            .ToListAsync(tx.CancellationToken));
        await tx.QueueIndexWorkAsync();
        tx.Db.Networks.Remove(network);
        return await tx.AnswerDeletedAsync("network", network, NodeTypeNames.Network, network.Key);
    }

    /// <summary>The fields create and update share: on update only those given, with null clearing them.</summary>
    private static async Task ReadOptionalFieldsAsync(MutationTransaction tx, Network network)
    {
        var input = tx.Input;
        if (input.Has("description"))
        {
            network.Description = input.Text("description", FieldRules.LongText);
        }
        if (input.Has("ownerUnitId"))
        {
            network.OwnerUnitId = (await tx.FindAsync<Unit>(NodeTypeNames.Unit, "ownerUnitId"))?.Id;
        }
        if (input.Has("started"))
        {
            network.Started = input.Date("started");
        }
        if (input.Has("ended"))
        {
            network.Ended = input.Date("ended");
        }
        CheckDateOrder(tx, network, input.Has("ended") ? "ended" : "started");
        if (input.Has("topicIds"))
        {
            var topics = await tx.FindAllAsync<Competence>(NodeTypeNames.Competence, "topicIds", MaxTopics);
            if (network.Id != 0)
            {
                await tx.Db.NetworkTopics.Where(t => t.NetworkId == network.Id).LoadAsync(tx.CancellationToken);
            }
            network.Topics.RemoveAll(t => topics.All(c => c.Id != t.CompetenceId));
            foreach (var topic in topics.Where(c => network.Topics.All(t => t.CompetenceId != c.Id)))
            {
                network.Topics.Add(new NetworkTopic { Competence = topic });
            }
        }
    }

    private static void CheckDateOrder(MutationTransaction tx, Network network, string field)
    {
        if (network.Started is { } started && network.Ended is { } ended && ended < started)
        {
            tx.Input.Invalid(field, MutationErrorCode.DateOrder, $"'ended' ({ended:yyyy-MM-dd}) is before 'started' ({started:yyyy-MM-dd})");
        }
    }
}
