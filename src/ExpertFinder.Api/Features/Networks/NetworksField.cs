using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Networks;

public sealed class NetworksFilter
{
    public string? Kind { get; set; }
    public string? Status { get; set; }
    public string? OwnerUnitId { get; set; }
    public string? TopicId { get; set; }
    public string? MemberId { get; set; }
}

public sealed class NetworksFilterInputType : InputObjectGraphType<NetworksFilter>
{
    public NetworksFilterInputType()
    {
        Name = "NetworksFilter";
        Description = "Narrow the network list; all given conditions must hold.";
        Field<NetworkKindType>("kind");
        Field<NetworkStatusType>("status");
        Field<IdGraphType>("ownerUnitId").Description("Only networks this unit owns.");
        Field<IdGraphType>("topicId").Description("Only networks that work on this competence.");
        Field<IdGraphType>("memberId").Description("Only networks this person is in.");
    }
}

public enum NetworkOrderField
{
    Name,
    Started,
}

public sealed class NetworkOrderInputType() : OrderInputType<NetworkOrderField>("NetworkOrder", "How to sort networks.", NetworkOrderField.Name);

public static class NetworksField
{
    /// <summary>The root field that fetches one network by key.</summary>
    public static void AddByKey(ObjectGraphType query) =>
        query.AddByKey<NetworkType, Network>("network", "A network by key.", (c, key) => c.NetworkByKey(key));

    public static void Add(ObjectGraphType query) =>
        query.AddList<NetworkType>("networks", AccessPolicy.Reader, "Networks, by name unless orderBy says otherwise.")
            .WithFilter<NetworksFilterInputType>()
            .WithOrder<NetworkOrderInputType>()
            .ResolveList((c, db) =>
            {
                var filter = c.Filter<NetworksFilter>();
                var order = c.Order<NetworkOrderField>();
                var networks = db.Networks.AsNoTracking()
                    .WhereGiven(filter.Kind, kind => n => n.Kind == kind)
                    .WhereGiven(filter.Status, status => n => n.Status == status)
                    .WhereKeyOf(NodeTypeNames.Unit, filter.OwnerUnitId, "filter.ownerUnitId", key => n => n.OwnerUnit!.Key == key)
                    .WhereKeyOf(NodeTypeNames.Competence, filter.TopicId, "filter.topicId", key => n => n.Topics.Any(t => t.Competence!.Key == key))
                    .WhereKeyOf(NodeTypeNames.Person, filter.MemberId, "filter.memberId", key =>
                    {
                        var member = db.VisiblePeople(c.Privacy()).Where(p => p.Key == key).Select(p => p.Id);
                        return n => n.Members.Any(m => member.Contains(m.PersonId));
                    });
                return order.Field switch
                {
                    NetworkOrderField.Started => networks.OrderBy(order.Direction, n => n.Started, n => n.Key),
                    _ => networks.OrderBy(order.Direction, n => n.Name, n => n.Key),
                };
            });
}
