using ExpertFinder.Core.Ties;

namespace ExpertFinder.Graphs.Model;

/// <summary>A collaboration graph at one level with its metrics, ready to show or export.</summary>
public sealed record CollaborationGraph(GraphLevel Level, IReadOnlyList<CollaborationNode> Nodes, IReadOnlyList<CollaborationEdge> Edges, CollaborationSummary Summary);

/// <summary>
/// A person or a unit (of the level's kind). <see cref="CrossDepartmentWeight"/> sums the person-to-person ties of
/// its people that reach people of another department; <see cref="InternalWeight"/> the ties among its own people.
/// </summary>
public sealed record CollaborationNode(
    string Key,
    string Label,
    GraphLevel Kind,
    string? DepartmentKey,
    string? DepartmentName,
    string? MunicipalityKey,
    string? MunicipalityName,
    int People)
{
    public int Degree { get; init; }

    public double WeightedDegree { get; init; }

    public double Betweenness { get; init; }

    public int Community { get; init; }

    public int Component { get; init; }

    public double CrossDepartmentWeight { get; init; }

    public double InternalWeight { get; init; }

    public bool IsArticulationPoint { get; init; }
}

public sealed record CollaborationEdge(string SourceKey, string TargetKey, double Weight, TieKinds Kinds, bool CrossDepartment);

/// <summary>A node that carries cross-department ties: Score = Betweenness × CrossDepartmentWeight.</summary>
public sealed record GraphBroker(CollaborationNode Node, double Score, bool SplitsGraph);

public sealed record CollaborationSummary(
    int NodeCount,
    int EdgeCount,
    double Density,
    double CrossDepartmentShare,
    int Components,
    int Communities,
    IReadOnlyList<CollaborationNode> IsolatedUnits,
    IReadOnlyList<GraphBroker> TopBrokers,
    bool BetweennessSampled);
