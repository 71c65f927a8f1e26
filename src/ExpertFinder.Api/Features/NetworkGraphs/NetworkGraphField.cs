using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Api.Security.RateLimiting;
using ExpertFinder.Core.Ties;
using ExpertFinder.Graphs.Model;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.NetworkGraphs;

public static class NetworkGraphField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<NetworkGraphType>>("networkGraph")
            .AuthorizeWithPolicy(AccessPolicy.Reader)
            .Description("Collaboration between people, units, departments or municipalities, with centrality, communities and brokers. Only people the caller may discover are counted. PERSON level is for analysts and admins.")
            .Argument<NonNullGraphType<GraphLevelType>>("level", a => a.DefaultValue = GraphLevel.Department)
            .Argument<NetworkGraphFilterInputType>("filter")
            .ResolveAsync(async c =>
            {
                var request = ToRequest(c.GetArgument<GraphLevel>("level"), c.GetArgument<Dictionary<string, object?>?>("filter"));
                if (!GraphAccess.MayRead(c.Caller(), request.Level))
                {
                    throw new ExecutionError(GraphAccess.PersonLevelMessage)
                    {
                        Code = c.Caller().Kind == CallerKind.Anonymous ? AuthorizationValidationRule.Unauthenticated : AuthorizationValidationRule.Forbidden,
                    };
                }
                if (request.Level == GraphLevel.Person)
                {
                    // A graph of every person, like an export: it draws from the caller's heavy budget.
                    HeavyRateLimit.Acquire(c);
                }
                try
                {
                    return await c.RequestServices!.GetRequiredService<NetworkGraphService>().GraphAsync(request, c.Privacy(), c.CancellationToken);
                }
                catch (NetworkGraphException e)
                {
                    throw new ExecutionError(e.Message) { Code = e.Code };
                }
            });

    private static NetworkGraphRequest ToRequest(GraphLevel level, Dictionary<string, object?>? filter)
    {
        filter ??= [];
        var tieKinds = filter.GetValueOrDefault("tieKinds") is IEnumerable<object?> kinds ? ListQueries.CheckFilterList(kinds, "filter.tieKinds").OfType<TieKinds>().ToList() : null;
        return new NetworkGraphRequest
        {
            Level = level,
            Municipality = filter.GetValueOrDefault("municipality") as string,
            Competence = filter.GetValueOrDefault("competence") as string,
            NetworkKinds = ListQueries.CheckFilterList(filter.GetValueOrDefault("networkKinds") as IEnumerable<object?>, "filter.networkKinds").OfType<string>().ToList(),
            From = filter.GetValueOrDefault("from") as DateOnly?,
            To = filter.GetValueOrDefault("to") as DateOnly?,
            TieKinds = tieKinds is null || tieKinds.Count == 0 ? TieKinds.All : tieKinds.Aggregate(TieKinds.None, (all, k) => all | k),
        };
    }
}
