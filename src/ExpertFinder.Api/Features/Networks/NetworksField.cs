using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
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

    public static void Add(ObjectGraphType query)
    {
        query.Connection<NetworkType, EdgeType<NetworkType>, PageType<NetworkType>>("networks").Pageable()
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .Description("Networks, by name unless orderBy says otherwise.")
            .Argument<NetworksFilterInputType>("filter")
            .Argument<NetworkOrderInputType>("orderBy")
            .ResolvePageAsync(c => ListQueries.PageAsync(c, db =>
            {
                var filter = c.GetArgument<NetworksFilter>("filter") ?? new NetworksFilter();
                var order = c.GetArgument<Order<NetworkOrderField>>("orderBy") ?? new Order<NetworkOrderField>();
                var networks = db.Networks.AsNoTracking();
                if (filter.Kind is not null)
                {
                    networks = networks.Where(n => n.Kind == filter.Kind);
                }
                if (filter.Status is not null)
                {
                    networks = networks.Where(n => n.Status == filter.Status);
                }
                if (filter.OwnerUnitId is not null)
                {
                    var key = GlobalId.KeyOf(NodeTypeNames.Unit, filter.OwnerUnitId, "filter.ownerUnitId");
                    networks = networks.Where(n => n.OwnerUnit!.Key == key);
                }
                if (filter.TopicId is not null)
                {
                    var key = GlobalId.KeyOf(NodeTypeNames.Competence, filter.TopicId, "filter.topicId");
                    networks = networks.Where(n => n.Topics.Any(t => t.Competence!.Key == key));
                }
                if (filter.MemberId is not null)
                {
                    var key = GlobalId.KeyOf(NodeTypeNames.Person, filter.MemberId, "filter.memberId");
                    var member = db.VisiblePeople(c.Privacy()).Where(p => p.Key == key).Select(p => p.Id);
                    networks = networks.Where(n => n.Members.Any(m => member.Contains(m.PersonId)));
                }
                return Task.FromResult<IQueryable<Network>>(order.Field switch
                {
                    NetworkOrderField.Started => networks.OrderBy(order.Direction, n => n.Started, n => n.Key),
                    _ => networks.OrderBy(order.Direction, n => n.Name, n => n.Key),
                });
            }));
    }
}
