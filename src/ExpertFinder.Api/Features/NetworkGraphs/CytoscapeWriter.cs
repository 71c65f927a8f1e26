using System.Text.Json;
using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>Cytoscape.js elements JSON ({elements:{nodes:[{data}],edges:[{data}]}}), which Cytoscape desktop imports too.</summary>
public static class CytoscapeWriter
{
    public static void Write(CollaborationGraph graph, Stream stream)
    {
        var document = new
        {
            data = new { name = $"ExpertFinder collaboration ({graph.Level.ToString().ToUpperInvariant()})" },
            elements = new
            {
                nodes = graph.Nodes.Select(n => new
                {
                    data = new
                    {
                        id = GraphIds.Of(n.Kind, n.Key), key = n.Key, label = n.Label, kind = n.Kind.ToString().ToUpperInvariant(),
                        department = n.DepartmentName, municipality = n.MunicipalityName, people = n.People, degree = n.Degree,
                        weightedDegree = n.WeightedDegree, betweenness = n.Betweenness, community = n.Community, component = n.Component,
                        crossDepartmentWeight = n.CrossDepartmentWeight,
                    },
                }),
                edges = graph.Edges.Select((e, i) => new
                {
                    data = new
                    {
                        id = "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        source = GraphIds.Of(graph.Level, e.SourceKey), target = GraphIds.Of(graph.Level, e.TargetKey),
                        weight = e.Weight, kinds = TieKindType.Split(e.Kinds).Select(k => k.ToString().ToUpperInvariant()), crossDepartment = e.CrossDepartment,
                    },
                }),
            },
        };
        JsonSerializer.Serialize(stream, document, Options);
    }

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
