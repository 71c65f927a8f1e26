using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;

namespace ExpertFinder.Api.Schema;

public sealed class ExpertFinderSchema : global::GraphQL.Types.Schema
{
    public ExpertFinderSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Description = "ExpertFinder: find the colleague who knows, across departments and municipalities.";
        Query = query;
        Mutation = mutation;
        RegisterTypes(MutationErrorTypes.All);
        RegisterVisitor(new RelayPlumbingPolicy());
        StorableText.UseIn(this);
    }
}
