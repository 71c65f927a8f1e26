using System.Globalization;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Core.Ties;
using ExpertFinder.Graphs.Model;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.NetworkGraphs;

public sealed class GraphLevelType : EnumerationGraphType<GraphLevel>
{
    public GraphLevelType()
    {
        Name = "GraphLevel";
        Description = "What a node stands for: a person, or everyone in one unit (the person's own), department or municipality.";
    }
}

public sealed class TieKindType : EnumerationGraphType
{
    public TieKindType()
    {
        Name = "TieKind";
        Description = string.Create(CultureInfo.InvariantCulture, $"Why people are tied: a shared network ({TieRules.GraphWeight(TieKind.Network)} per network), a co-written document ({TieRules.GraphWeight(TieKind.Document)} per document), the same unit ({TieRules.GraphWeight(TieKind.Unit)}, PERSON level, units of at most {TieRules.CollaborationGraphs.UnitTieMaxPeople} people).");
        Add("NETWORK", TieKinds.Network);
        Add("DOCUMENT", TieKinds.Document);
        Add("UNIT", TieKinds.Unit);
    }

    public static IEnumerable<TieKinds> Split(TieKinds kinds) =>
        new[] { TieKinds.Network, TieKinds.Document, TieKinds.Unit }.Where(k => kinds.HasFlag(k));
}

/// <summary>The ID a node answers node(id:) with: the person's, or the unit's at the other levels.</summary>
public static class GraphIds
{
    public static string Of(GraphLevel kind, string key) => GlobalId.Encode(kind == GraphLevel.Person ? NodeTypeNames.Person : NodeTypeNames.Unit, key);
}

public sealed class NetworkGraphFilterInputType : InputObjectGraphType
{
    public NetworkGraphFilterInputType()
    {
        Name = "NetworkGraphFilter";
        Description = "Which people and ties count. Lists left out or empty do not narrow.";
        Field<StringGraphType>("municipality").Description("Municipality unit key: only people below it; ties to people elsewhere are left out.");
        Field<StringGraphType>("competence").Description("Competence key: only networks with this topic, documents written in such a network, and same-unit ties between two people who hold it.");
        Field<ListGraphType<NonNullGraphType<NetworkKindType>>>("networkKinds").Description("Only networks of these kinds make ties. " + ListQueries.MaxFilterValuesNote);
        Field<DateOnlyGraphType>("from").Description("Only networks still active on or after this day (not ended before it) and documents dated on or after it.");
        Field<DateOnlyGraphType>("to").Description("Only networks started on or before this day and documents dated on or before it. With a window, undated documents are left out.");
        Field<ListGraphType<NonNullGraphType<TieKindType>>>("tieKinds").Description("Only these kinds of ties; all by default. " + ListQueries.MaxFilterValuesNote);
    }
}

public sealed class NetworkGraphType : ObjectGraphType<CollaborationGraph>
{
    public NetworkGraphType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "NetworkGraph";
        Description = "Who works with whom across the organisation, at one level.";
        Field<NonNullGraphType<GraphLevelType>>("level").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>>("edges")
            .Resolve(c => c.Source.Edges.Select(e => new GraphEdgeView(e, c.Source.Level)));
        Field<NonNullGraphType<GraphSummaryType>>("summary").Resolve(c => c.Source.Summary);
    }
}

public sealed class GraphNodeType : ObjectGraphType<CollaborationNode>
{
    public GraphNodeType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "GraphNode";
        Description = "A person or a unit; its id is the Person's or Unit's, so node(id:) gives the details.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GraphIds.Of(c.Source.Kind, c.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<GraphLevelType>>("kind").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("department").Resolve(c => c.Source.DepartmentName);
        Field<StringGraphType>("departmentKey").Resolve(c => c.Source.DepartmentKey);
        Field<StringGraphType>("municipality").Resolve(c => c.Source.MunicipalityName);
        Field<StringGraphType>("municipalityKey").Resolve(c => c.Source.MunicipalityKey);
        Field<NonNullGraphType<IntGraphType>>("people").Description("Visible people it stands for.").Resolve(c => c.Source.People);
        Field<NonNullGraphType<IntGraphType>>("degree").Description("Nodes it is tied to.").Resolve(c => c.Source.Degree);
        Field<NonNullGraphType<FloatGraphType>>("weightedDegree").Description("Sum of its edges' weights.").Resolve(c => c.Source.WeightedDegree);
        Field<NonNullGraphType<FloatGraphType>>("betweenness")
            .Description("Share of shortest paths between other nodes through it, 0..1 (distance of a tie = 1/weight; estimated from 64 sampled sources above 4000 nodes).")
            .Resolve(c => c.Source.Betweenness);
        Field<NonNullGraphType<IntGraphType>>("community").Description("Louvain community, 0 the largest.").Resolve(c => c.Source.Community);
        Field<NonNullGraphType<IntGraphType>>("component").Description("Connected component, 0 the largest.").Resolve(c => c.Source.Component);
        Field<NonNullGraphType<FloatGraphType>>("crossDepartmentWeight").Description("Weight of its people's ties to people of other departments.").Resolve(c => c.Source.CrossDepartmentWeight);
        Field<NonNullGraphType<FloatGraphType>>("internalWeight").Description("Weight of the ties among its own people (0 for a person).").Resolve(c => c.Source.InternalWeight);
        Field<NonNullGraphType<BooleanGraphType>>("articulationPoint").Description("Whether removing it splits its component.").Resolve(c => c.Source.IsArticulationPoint);
    }
}

public sealed record GraphEdgeView(CollaborationEdge Edge, GraphLevel Level);

public sealed class GraphEdgeType : ObjectGraphType<GraphEdgeView>
{
    public GraphEdgeType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "GraphEdge";
        Description = "The summed ties between two nodes; source is the node whose key sorts first.";
        Field<NonNullGraphType<IdGraphType>>("source").Resolve(c => GraphIds.Of(c.Source.Level, c.Source.Edge.SourceKey));
        Field<NonNullGraphType<IdGraphType>>("target").Resolve(c => GraphIds.Of(c.Source.Level, c.Source.Edge.TargetKey));
        Field<NonNullGraphType<FloatGraphType>>("weight").Resolve(c => c.Source.Edge.Weight);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TieKindType>>>>("kinds").Resolve(c => TieKindType.Split(c.Source.Edge.Kinds));
        Field<NonNullGraphType<BooleanGraphType>>("crossDepartment").Resolve(c => c.Source.Edge.CrossDepartment);
    }
}

public sealed class GraphSummaryType : ObjectGraphType<CollaborationSummary>
{
    public GraphSummaryType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "GraphSummary";
        Field<NonNullGraphType<IntGraphType>>("nodeCount").Resolve(c => c.Source.NodeCount);
        Field<NonNullGraphType<IntGraphType>>("edgeCount").Resolve(c => c.Source.EdgeCount);
        Field<NonNullGraphType<FloatGraphType>>("density").Description("Edges over possible edges: 2E / (N(N-1)).").Resolve(c => c.Source.Density);
        Field<NonNullGraphType<FloatGraphType>>("crossDepartmentShare")
            .Description("Share of all person-to-person tie weight (inside nodes too) between people of different departments.")
            .Resolve(c => c.Source.CrossDepartmentShare);
        Field<NonNullGraphType<IntGraphType>>("components").Resolve(c => c.Source.Components);
        Field<NonNullGraphType<IntGraphType>>("communities").Resolve(c => c.Source.Communities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>>("isolatedUnits")
            .Description("Units (at PERSON level the people's own units, otherwise the nodes) none of whose people has a tie to another department.")
            .Resolve(c => c.Source.IsolatedUnits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphBrokerType>>>>("topBrokers")
            .Description("Up to 10 nodes by betweenness × crossDepartmentWeight.")
            .Resolve(c => c.Source.TopBrokers);
        Field<NonNullGraphType<BooleanGraphType>>("betweennessSampled").Description("Whether betweenness was estimated from sampled sources.").Resolve(c => c.Source.BetweennessSampled);
    }
}

public sealed class GraphBrokerType : ObjectGraphType<GraphBroker>
{
    public GraphBrokerType()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "GraphBroker";
        Description = "A node cross-department collaboration leans on.";
        Field<NonNullGraphType<GraphNodeType>>("node").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("betweenness × crossDepartmentWeight.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<BooleanGraphType>>("splitsGraph").Description("Whether removing it splits its component (an articulation point).").Resolve(c => c.Source.SplitsGraph);
        Field<NonNullGraphType<FloatGraphType>>("crossDepartmentWeight").Resolve(c => c.Source.Node.CrossDepartmentWeight);
    }
}
