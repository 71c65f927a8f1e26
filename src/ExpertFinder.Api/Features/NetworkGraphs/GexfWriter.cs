using System.Xml;
using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>GEXF 1.3 for Gephi: node metrics as attributes, edge weights, and nodes coloured by community.</summary>
public static class GexfWriter
{
    public const string Namespace = "http://gexf.net/1.3";
    public const string VizNamespace = "http://gexf.net/1.3/viz";

    /// <summary>A qualitative palette; communities beyond it repeat the colours.</summary>
    private static readonly (int R, int G, int B)[] Palette =
    [
        (31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75),
        (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207),
    ];

    public static void Write(CollaborationGraph graph, Stream stream)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", "viz", null, VizNamespace);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "ExpertFinder");
        xml.WriteElementString("description", Namespace, $"Collaboration at {graph.Level.ToString().ToUpperInvariant()} level");
        xml.WriteEndElement();
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("defaultedgetype", "undirected");
        Declare(xml, "node", GraphAttributes.Node.Select(a => (a.Name, a.Type)));
        Declare(xml, "edge", GraphAttributes.Edge.Select(a => (a.Name, a.Type)));

        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", GraphIds.Of(node.Kind, node.Key));
            xml.WriteAttributeString("label", node.Label);
            xml.WriteStartElement("attvalues", Namespace);
            foreach (var (name, _, value) in GraphAttributes.Node)
            {
                Value(xml, name, value(node));
            }
            xml.WriteEndElement();
            var (r, g, b) = Palette[node.Community % Palette.Length];
            xml.WriteStartElement("viz", "color", VizNamespace);
            xml.WriteAttributeString("r", GraphAttributes.Number(r));
            xml.WriteAttributeString("g", GraphAttributes.Number(g));
            xml.WriteAttributeString("b", GraphAttributes.Number(b));
            xml.WriteEndElement();
            xml.WriteStartElement("viz", "size", VizNamespace);
            xml.WriteAttributeString("value", GraphAttributes.Number(1 + Math.Sqrt(node.People)));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + GraphAttributes.Number(i));
            xml.WriteAttributeString("source", GraphIds.Of(graph.Level, edge.SourceKey));
            xml.WriteAttributeString("target", GraphIds.Of(graph.Level, edge.TargetKey));
            xml.WriteAttributeString("weight", GraphAttributes.Number(edge.Weight));
            xml.WriteStartElement("attvalues", Namespace);
            foreach (var (name, _, value) in GraphAttributes.Edge)
            {
                Value(xml, name, value(edge));
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Declare(XmlWriter xml, string scope, IEnumerable<(string Name, AttributeType Type)> attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", scope);
        foreach (var (name, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", name);
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("type", type switch
            {
                AttributeType.Integer => "integer",
                AttributeType.Double => "double",
                AttributeType.Boolean => "boolean",
                _ => "string",
            });
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string attribute, string? value)
    {
        if (value is null)
        {
            return;
        }
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
