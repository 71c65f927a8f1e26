using System.Globalization;
using System.Xml;
using ExpertFinder.Core.Ties;
using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>GraphML (http://graphml.graphdrawing.org/) with every node metric and edge weight and kinds as typed keys.</summary>
public static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("label", "node", "string"), ("kind", "node", "string"), ("department", "node", "string"), ("municipality", "node", "string"),
        ("people", "node", "int"), ("degree", "node", "int"), ("weightedDegree", "node", "double"), ("betweenness", "node", "double"),
        ("community", "node", "int"), ("component", "node", "int"), ("crossDepartmentWeight", "node", "double"),
        ("weight", "edge", "double"), ("kinds", "edge", "string"), ("crossDepartment", "edge", "boolean"),
    ];

    public static void Write(CollaborationGraph graph, Stream stream)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, scope, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", scope);
            xml.WriteAttributeString("attr.name", id);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "collaboration-" + graph.Level.ToString().ToLowerInvariant());
        xml.WriteAttributeString("edgedefault", "undirected");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", GraphIds.Of(node.Kind, node.Key));
            Data(xml, "label", node.Label);
            Data(xml, "kind", node.Kind.ToString().ToUpperInvariant());
            Data(xml, "department", node.DepartmentName);
            Data(xml, "municipality", node.MunicipalityName);
            Data(xml, "people", Number(node.People));
            Data(xml, "degree", Number(node.Degree));
            Data(xml, "weightedDegree", Number(node.WeightedDegree));
            Data(xml, "betweenness", Number(node.Betweenness));
            Data(xml, "community", Number(node.Community));
            Data(xml, "component", Number(node.Component));
            Data(xml, "crossDepartmentWeight", Number(node.CrossDepartmentWeight));
            xml.WriteEndElement();
        }
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + Number(i));
            xml.WriteAttributeString("source", GraphIds.Of(graph.Level, edge.SourceKey));
            xml.WriteAttributeString("target", GraphIds.Of(graph.Level, edge.TargetKey));
            Data(xml, "weight", Number(edge.Weight));
            Data(xml, "kinds", ExportText.Kinds(edge.Kinds));
            Data(xml, "crossDepartment", edge.CrossDepartment ? "true" : "false");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

internal static class ExportText
{
    public static string Kinds(TieKinds kinds) => string.Join(",", TieKindType.Split(kinds).Select(k => k.ToString().ToUpperInvariant()));
}
