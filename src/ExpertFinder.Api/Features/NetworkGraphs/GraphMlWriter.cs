using System.Xml;
using ExpertFinder.Core.Ties;
using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>GraphML (http://graphml.graphdrawing.org/) with every node metric and edge weight and kinds as typed keys.</summary>
public static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>GraphML keys every node a label and every edge its weight besides the shared metrics.</summary>
    private static readonly (string Id, string For, AttributeType Type)[] Keys =
    [
        ("label", "node", AttributeType.String),
        .. GraphAttributes.Node.Select(a => (a.Name, "node", a.Type)),
        ("weight", "edge", AttributeType.Double),
        .. GraphAttributes.Edge.Select(a => (a.Name, "edge", a.Type)),
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
            xml.WriteAttributeString("attr.type", type switch
            {
                AttributeType.Integer => "int",
                AttributeType.Double => "double",
                AttributeType.Boolean => "boolean",
                _ => "string",
            });
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
            foreach (var (name, _, value) in GraphAttributes.Node)
            {
                Data(xml, name, value(node));
            }
            xml.WriteEndElement();
        }
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + GraphAttributes.Number(i));
            xml.WriteAttributeString("source", GraphIds.Of(graph.Level, edge.SourceKey));
            xml.WriteAttributeString("target", GraphIds.Of(graph.Level, edge.TargetKey));
            Data(xml, "weight", GraphAttributes.Number(edge.Weight));
            foreach (var (name, _, value) in GraphAttributes.Edge)
            {
                Data(xml, name, value(edge));
            }
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
}

internal static class ExportText
{
    public static string Kinds(TieKinds kinds) => string.Join(",", TieKindType.Split(kinds).Select(k => k.ToString().ToUpperInvariant()));
}
