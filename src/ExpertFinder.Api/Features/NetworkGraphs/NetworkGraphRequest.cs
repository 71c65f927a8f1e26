using ExpertFinder.Core.Ties;
using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>One graph as asked for over GraphQL or the export URLs; keys as in the experts filter.</summary>
public sealed record NetworkGraphRequest
{
    public GraphLevel Level { get; init; } = GraphLevel.Department;
    public string? Municipality { get; init; }
    public string? Competence { get; init; }
    public IReadOnlyList<string> NetworkKinds { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public TieKinds TieKinds { get; init; } = TieKinds.All;
}

/// <summary>A request the graph cannot be built for; the code goes to the client, as in every other error.</summary>
public sealed class NetworkGraphException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
