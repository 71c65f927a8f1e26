using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>
/// A Relay connection whose shortcut list is called <c>nodes</c> and holds no nulls, as in GitHub's and
/// HotChocolate's APIs, rather than graphql-dotnet's <c>items</c>.
/// </summary>
public sealed class PageType<TNodeType> : ConnectionType<TNodeType, EdgeType<TNodeType>>
    where TNodeType : IGraphType
{
    public PageType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        NodesField.Replace<TNodeType>(this, "The nodes of the page, without their edges' cursors.");
    }
}

public static class NodesField
{
    /// <summary>Turns a connection type's <c>items</c> into non-null <c>nodes</c>, read from an <see cref="IPage"/>.</summary>
    public static void Replace<TNodeType>(IComplexGraphType connection, string description) where TNodeType : IGraphType
    {
        var items = connection.GetField("items")!;
        items.Name = "nodes";
        items.Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>);
        items.Description = description;
        items.Resolver = new FuncFieldResolver<object?>(c => ((IPage)c.Source!).Nodes);
    }
}

/// <summary>What <see cref="PageType{TNodeType}"/> reads its nodes from, whatever the node type.</summary>
public interface IPage
{
    IEnumerable<object?> Nodes { get; }
}

public sealed class Page<T> : Connection<T>, IPage
{
    public IEnumerable<object?> Nodes => Edges?.Select(e => (object?)e.Node) ?? [];
}
