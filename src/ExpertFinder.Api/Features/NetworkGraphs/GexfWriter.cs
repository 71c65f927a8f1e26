using System.Globalization;
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

    private static readonly (string Id, string Type)[] NodeAttributes =
    [
        ("kind", "string"), ("department", "string"), ("municipality", "string"), ("people", "integer"), ("degree", "integer"),
        ("weightedDegree", "double"), ("betweenness", "double"), ("community", "integer"), ("component", "integer"), ("crossDepartmentWeight", "double"),
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
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", "node");
        foreach (var (id, type) in NodeAttributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", "edge");
        foreach (var (id, type) in new[] { ("kinds", "string"), ("crossDepartment", "boolean") })
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", GraphIds.Of(node.Kind, node.Key));
            xml.WriteAttributeString("label", node.Label);
            xml.WriteStartElement("attvalues", Namespace);
            Value(xml, "kind", node.Kind.ToString().ToUpperInvariant());
            Value(xml, "department", node.DepartmentName);
            Value(xml, "municipality", node.MunicipalityName);
            Value(xml, "people", Number(node.People));
            Value(xml, "degree", Number(node.Degree));
            Value(xml, "weightedDegree", Number(node.WeightedDegree));
            Value(xml, "betweenness", Number(node.Betweenness));
            Value(xml, "community", Number(node.Community));
            Value(xml, "component", Number(node.Component));
            Value(xml, "crossDepartmentWeight", Number(node.CrossDepartmentWeight));
            xml.WriteEndElement();
            var (r, g, b) = Palette[node.Community % Palette.Length];
            xml.WriteStartElement("viz", "color", VizNamespace);
            xml.WriteAttributeString("r", Number(r));
            xml.WriteAttributeString("g", Number(g));
            xml.WriteAttributeString("b", Number(b));
            xml.WriteEndElement();
            xml.WriteStartElement("viz", "size", VizNamespace);
            xml.WriteAttributeString("value", Number(1 + Math.Sqrt(node.People)));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + Number(i));
            xml.WriteAttributeString("source", GraphIds.Of(graph.Level, edge.SourceKey));
            xml.WriteAttributeString("target", GraphIds.Of(graph.Level, edge.TargetKey));
            xml.WriteAttributeString("weight", Number(edge.Weight));
            xml.WriteStartElement("attvalues", Namespace);
            Value(xml, "kinds", ExportText.Kinds(edge.Kinds));
            Value(xml, "crossDepartment", edge.CrossDepartment ? "true" : "false");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
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

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
