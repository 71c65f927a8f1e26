using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Utilities;

namespace ExpertFinder.Api.Security.Auth;

/// <summary>
/// graphql-dotnet's own Relay types (PageInfo, Edge) only carry what the field that returned the connection already
/// answered, under that field's policy; their fields are open to any reader. Our own types declare their policies
/// in their constructors.
/// </summary>
internal sealed class RelayPlumbingPolicy : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        var graphType = type.GetType();
        if (type is PageInfoType || (graphType.IsGenericType && graphType.GetGenericTypeDefinition() == typeof(EdgeType<>)))
        {
            type.AuthorizeWithPolicy(AccessPolicy.Reader);
        }
    }
}
