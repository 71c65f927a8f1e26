using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>
/// Estimates of what a graph and its data take in memory, for the cache's byte budget: an object's header and fields
/// at a fixed cost each, a string at two bytes a character. Estimates, not measurements: they need only grow as the
/// real size grows, so that many graphs of many people cannot outgrow the budget.
/// </summary>
internal static class GraphSizes
{
    private const long ObjectBytes = 64;
    private const long ReferenceBytes = 8;

    public static long Of(CollaborationGraph graph) =>
        ObjectBytes
        + graph.Nodes.Sum(Of)
        + graph.Edges.Sum(e => ObjectBytes + Text(e.SourceKey) + Text(e.TargetKey))
        + (graph.Summary.IsolatedUnits.Count + graph.Summary.TopBrokers.Count) * (ObjectBytes + ReferenceBytes);

    public static long Of(GraphData data) =>
        ObjectBytes
        + data.Input.People.Sum(p => ObjectBytes + Text(p.Key) + Text(p.Name) + Text(p.UnitKey))
        + data.Input.Units.Sum(u => ObjectBytes + Text(u.Key) + Text(u.Name) + Text(u.Kind) + Text(u.ParentKey))
        + data.Input.Networks.Sum(n => ObjectBytes + Text(n.Key) + Text(n.Kind) + n.TopicKeys.Sum(Text)
            + n.Members.Sum(m => ObjectBytes + Text(m.PersonKey) + Text(m.Role)))
        + data.Input.Documents.Sum(d => ObjectBytes + Text(d.Key) + Text(d.NetworkKey) + d.AuthorKeys.Sum(Text))
        + data.VisibilityByPerson.Sum(v => ObjectBytes + Text(v.Key) + Text(v.Value));

    /// <summary>What a request adds as the key of its graph.</summary>
    public static long Of(NetworkGraphRequest request) =>
        ObjectBytes + Text(request.Municipality) + Text(request.Competence) + request.NetworkKinds.Sum(Text);

    private static long Of(CollaborationNode node) =>
        ObjectBytes + 12 * ReferenceBytes + Text(node.Key) + Text(node.Label) + Text(node.DepartmentKey) + Text(node.DepartmentName)
        + Text(node.MunicipalityKey) + Text(node.MunicipalityName);

    private static long Text(string? text) => text is null ? 0 : ObjectBytes / 2 + 2L * text.Length;
}
