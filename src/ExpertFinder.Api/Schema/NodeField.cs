using ExpertFinder.Api.Features.Competences;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Endorsements;
using ExpertFinder.Api.Features.Meetings;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Features.ThemeProposals;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ExpertFinder.Api.Schema;

/// <summary>node(id:) and nodes(ids:): refetch anything by its global ID, batched by type.</summary>
public static class NodeField
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .Description("The object with this global ID; null when it does not exist or is not visible.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => Load(c, c.GetArgument<string>("id"), "id"));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .Description("The objects with these global IDs, in the same order; null where one does not exist.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "At most as many as a page may hold (ExpertFinder:Paging:MaxPageSize, 50 by default); more is BAD_PAGE_SIZE.")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                var max = c.Paging().MaxPageSize;
                if (ids.Count > max)
                {
                    throw new ExecutionError($"'ids' may hold at most {max} IDs") { Code = "BAD_PAGE_SIZE" };
                }
                var pending = ids.Select(id => Load(c, id, "ids")).ToList();
                var nodes = new List<object?>(pending.Count);
                foreach (var result in pending)
                {
                    nodes.Add(await result.GetResultAsync(c.CancellationToken));
                }
                return nodes;
            });
    }

    private static IDataLoaderResult Load(IResolveFieldContext context, string id, string argument)
    {
        var (typeName, key) = GlobalId.TryDecode(id)
            ?? throw new ExecutionError($"'{argument}' holds '{id}', which is not an ID this API issued") { Code = GlobalId.InvalidCode };
        return typeName switch
        {
            NodeTypeNames.Person => context.PersonByKey(key),
            NodeTypeNames.Unit => context.UnitByKey(key),
            NodeTypeNames.Competence => context.CompetenceByKey(key),
            NodeTypeNames.Network => context.NetworkByKey(key),
            NodeTypeNames.Document => context.DocumentByKey(key),
            NodeTypeNames.Endorsement => context.EndorsementByKey(key),
            NodeTypeNames.Meeting => MeetingLoaders.MeetingByKey(context, key),
            NodeTypeNames.ThemeProposal => ThemeProposalLoaders.ThemeProposalByKey(context, key),
            _ => throw new ExecutionError($"'{argument}' holds an ID of an unknown type") { Code = GlobalId.InvalidCode },
        };
    }
}
