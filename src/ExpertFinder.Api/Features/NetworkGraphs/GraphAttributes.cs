using System.Globalization;
using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>The kinds of value the XML exports declare; each format spells them its own way.</summary>
internal enum AttributeType
{
    String,
    Integer,
    Double,
    Boolean,
}

/// <summary>
/// The metrics both XML exports (GEXF and GraphML) give every node and edge: one table of name, type and value as
/// text, so the two formats cannot drift apart. A null value is left out.
/// </summary>
internal static class GraphAttributes
{
    public static readonly (string Name, AttributeType Type, Func<CollaborationNode, string?> Value)[] Node =
    [
        ("kind", AttributeType.String, n => n.Kind.ToString().ToUpperInvariant()),
        ("department", AttributeType.String, n => n.DepartmentName),
        ("municipality", AttributeType.String, n => n.MunicipalityName),
        ("people", AttributeType.Integer, n => Number(n.People)),
        ("degree", AttributeType.Integer, n => Number(n.Degree)),
        ("weightedDegree", AttributeType.Double, n => Number(n.WeightedDegree)),
        ("betweenness", AttributeType.Double, n => Number(n.Betweenness)),
        ("community", AttributeType.Integer, n => Number(n.Community)),
        ("component", AttributeType.Integer, n => Number(n.Component)),
        ("crossDepartmentWeight", AttributeType.Double, n => Number(n.CrossDepartmentWeight)),
    ];

    public static readonly (string Name, AttributeType Type, Func<CollaborationEdge, string?> Value)[] Edge =
    [
        ("kinds", AttributeType.String, e => ExportText.Kinds(e.Kinds)),
        ("crossDepartment", AttributeType.Boolean, e => e.CrossDepartment ? "true" : "false"),
    ];

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
