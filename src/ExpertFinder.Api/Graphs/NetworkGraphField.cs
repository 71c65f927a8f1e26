using ExpertFinder.Api.RateLimiting;
using ExpertFinder.Graphs.Model;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Graphs;

public static class NetworkGraphField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<NetworkGraphType>>("networkGraph")
            .Description("Collaboration between people, units, departments or municipalities, with centrality, communities and brokers. Hidden people and their ties are never counted.")
            .Argument<NonNullGraphType<GraphLevelType>>("level", a => a.DefaultValue = GraphLevel.Department)
            .Argument<NetworkGraphFilterInputType>("filter")
            .Argument<StringGraphType>("viewer", "Key of the person looking: people who share their profile within their own municipality only are left out for viewers from other municipalities.")
            .ResolveAsync(async c =>
            {
                var level = c.GetArgument<GraphLevel>("level");
                if (level == GraphLevel.Person)
                {
                    // A graph of every person, like an export: it draws from the caller's heavy budget.
                    HeavyRateLimit.Acquire(c);
                }
                var request = ToRequest(level, c.GetArgument<Dictionary<string, object?>?>("filter"), c.GetArgument<string?>("viewer"));
                try
                {
                    return await c.RequestServices!.GetRequiredService<NetworkGraphService>().GraphAsync(request, c.CancellationToken);
                }
                catch (NetworkGraphException e)
                {
                    throw new ExecutionError(e.Message) { Code = e.Code };
                }
            });

    private static NetworkGraphRequest ToRequest(GraphLevel level, Dictionary<string, object?>? filter, string? viewer)
    {
        filter ??= [];
        var tieKinds = filter.GetValueOrDefault("tieKinds") is IEnumerable<object?> kinds ? kinds.OfType<TieKinds>().ToList() : null;
        return new NetworkGraphRequest
        {
            Level = level,
            Municipality = filter.GetValueOrDefault("municipality") as string,
            Competence = filter.GetValueOrDefault("competence") as string,
            NetworkKinds = filter.GetValueOrDefault("networkKinds") is IEnumerable<object?> networkKinds ? networkKinds.OfType<string>().ToList() : [],
            From = filter.GetValueOrDefault("from") as DateOnly?,
            To = filter.GetValueOrDefault("to") as DateOnly?,
            TieKinds = tieKinds is null || tieKinds.Count == 0 ? TieKinds.All : tieKinds.Aggregate(TieKinds.None, (all, k) => all | k),
            Viewer = viewer,
        };
    }
}
