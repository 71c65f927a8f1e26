using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Schema;

/// <summary>Relay's Node: anything with a global ID can be fetched again with node(id:).</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "Node";
        Description = "An object with an opaque global ID that node(id:) accepts.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID; stable across re-imports.");
    }
}

public static class NodeFieldExtensions
{
    /// <summary>Makes a type a Node whose ID is made from <paramref name="key"/>.</summary>
    public static void ImplementNode<T>(this ObjectGraphType<T> type, Func<T, string> key)
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID; stable across re-imports.")
            .Resolve(c => GlobalId.Encode(type.Name, key(c.Source)));
    }
}
