using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core;

namespace ExpertFinder.Api.Features.Networks;

/// <summary>
/// The rules every new network passes, whether an admin starts it (createNetwork) or the leadership forum approves a
/// theme proposal: only an admin of the owning unit's municipality may start one, its first status passes the
/// lifecycle rule, it gets a free key from its name, and it is queued for the search index.
/// </summary>
internal static class NetworkCreation
{
    /// <summary>Adds <paramref name="network"/> to the transaction; a refusal throws FORBIDDEN, a problem is left in <c>tx.Errors</c>.</summary>
    public static async Task StartAsync(MutationTransaction tx, Network network, string status)
    {
        Permissions.Demand(await tx.Permissions.AdministersNetworkAsync(network), "Only an admin of the owning unit's municipality may start a network");
        network.Status = Vocabulary.NetworkStatus.Proposed;
        if (!NetworkMutations.ChangeStatus(tx, network, from: null, status, "status", network.Started))
        {
            return;
        }
        network.Key = await tx.NewKeyAsync<Network>(network.Name, "network");
        if (tx.Failed)
        {
            return;
        }
        tx.Db.Networks.Add(network);
        tx.Changed.Networks.Add(network.Key);
    }
}
