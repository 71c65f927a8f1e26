using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using GraphQL.Types.Relay;

namespace ExpertFinder.Api.GraphQL;

/// <summary>
/// A Relay connection whose shortcut list is called <c>nodes</c> and holds no nulls, as in GitHub's and
/// HotChocolate's APIs, rather than graphql-dotnet's <c>items</c>.
/// </summary>
public sealed class PageType<TNodeType> : ConnectionType<TNodeType, EdgeType<TNodeType>>
    where TNodeType : IGraphType
{
    public PageType()
    {
        var items = GetField("items")!;
        items.Name = "nodes";
        items.Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>);
        items.Description = "The nodes of the page, without their edges' cursors.";
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
