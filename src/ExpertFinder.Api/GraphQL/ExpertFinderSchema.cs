using GraphQL.Types;

namespace ExpertFinder.Api.GraphQL;

public sealed class ExpertFinderSchema : Schema
{
    public ExpertFinderSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Description = "ExpertFinder: find the colleague who knows, across departments and municipalities.";
        Query = query;
        Mutation = mutation;
        RegisterTypes(MutationErrorTypes.All);
        RegisterVisitor(new Auth.RelayPlumbingPolicy());
    }
}
