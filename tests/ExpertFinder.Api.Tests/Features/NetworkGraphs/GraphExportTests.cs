using System.Text.Json;
using System.Xml.Linq;
using ExpertFinder.Api.Tests.Http;
using static ExpertFinder.Api.Tests.Features.NetworkGraphs.GraphDatasets;

namespace ExpertFinder.Api.Tests.Features.NetworkGraphs;

public sealed class GraphExportTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>Exports are for analysts and admins: sent as the suite's deployment admin.</summary>
    private async Task<HttpResponseMessage> GetAsAnalystAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.AdminToken);
        return await server.Http.SendAsync(request);
    }

    private const string GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private const string Gexf = "http://gexf.net/1.3";

    private async Task<(int Nodes, int Edges)> GraphQLCountsAsync(string level, string municipality)
    {
        var json = await server.QueryAsync(Query, new { level, filter = new { municipality } }, server.AdminToken);
        var graph = json.GetProperty("data").GetProperty("networkGraph");
        return (graph.GetProperty("nodes").GetArrayLength(), graph.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task GraphML_has_its_namespace_keys_and_the_same_nodes_and_edges_as_the_graphql_answer()
    {
        using var dataset = TwoDepartments("gml");
        await server.SeedAsync(dataset);

        using var response = await GetAsAnalystAsync("/graph/export.graphml?level=person&municipality=gml-kommune");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("expertfinder-person-graph.graphml", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(XName.Get("graphml", GraphMl), xml.Root!.Name);
        var graph = xml.Root.Element(XName.Get("graph", GraphMl))!;
        Assert.Equal("undirected", graph.Attribute("edgedefault")!.Value);
        Assert.Equal(await GraphQLCountsAsync("PERSON", "gml-kommune"), (graph.Elements(XName.Get("node", GraphMl)).Count(), graph.Elements(XName.Get("edge", GraphMl)).Count()));
        Assert.Contains(xml.Root.Elements(XName.Get("key", GraphMl)), k => k.Attribute("id")!.Value == "betweenness" && k.Attribute("attr.type")!.Value == "double");
        var anna = graph.Elements(XName.Get("node", GraphMl)).First();
        Assert.Equal("Anna Holm", anna.Elements(XName.Get("data", GraphMl)).Single(d => d.Attribute("key")!.Value == "label").Value);
        Assert.Equal("1.5", graph.Elements(XName.Get("edge", GraphMl)).First().Elements(XName.Get("data", GraphMl)).Single(d => d.Attribute("key")!.Value == "weight").Value);
    }

    [Fact]
    public async Task GEXF_is_version_1_3_with_weights_attributes_and_community_colours()
    {
        using var dataset = TwoDepartments("gexf");
        await server.SeedAsync(dataset);

        using var response = await GetAsAnalystAsync("/graph/export.gexf?level=UNIT&municipality=gexf-kommune&tieKinds=NETWORK,DOCUMENT");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("expertfinder-unit-graph.gexf", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(XName.Get("gexf", Gexf), xml.Root!.Name);
        Assert.Equal("1.3", xml.Root.Attribute("version")!.Value);
        var graph = xml.Root.Element(XName.Get("graph", Gexf))!;
        var nodes = graph.Element(XName.Get("nodes", Gexf))!.Elements(XName.Get("node", Gexf)).ToList();
        var edges = graph.Element(XName.Get("edges", Gexf))!.Elements(XName.Get("edge", Gexf)).ToList();
        Assert.Equal(await GraphQLCountsAsync("UNIT", "gexf-kommune"), (nodes.Count, edges.Count));
        Assert.All(nodes, n => Assert.NotNull(n.Element(XName.Get("color", "http://gexf.net/1.3/viz"))));
        Assert.Equal("1", Assert.Single(edges).Attribute("weight")!.Value);
    }

    [Fact]
    public async Task Cytoscape_json_lists_elements_with_data()
    {
        using var dataset = TwoDepartments("cy");
        await server.SeedAsync(dataset);

        using var response = await GetAsAnalystAsync("/graph/export.cytoscape.json?municipality=cy-kommune");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("expertfinder-department-graph.cytoscape.json", response.Content.Headers.ContentDisposition!.FileName);
        var elements = json.GetProperty("elements");
        Assert.Equal(await GraphQLCountsAsync("DEPARTMENT", "cy-kommune"), (elements.GetProperty("nodes").GetArrayLength(), elements.GetProperty("edges").GetArrayLength()));
        Assert.Equal("Sundhed og Omsorg", elements.GetProperty("nodes")[0].GetProperty("data").GetProperty("label").GetString());
        var edge = elements.GetProperty("edges")[0].GetProperty("data");
        Assert.Equal(elements.GetProperty("nodes")[0].GetProperty("data").GetProperty("id").GetString(), edge.GetProperty("source").GetString());
        Assert.Equal(1.0, edge.GetProperty("weight").GetDouble());
    }

    [Theory]
    [InlineData("level=TEAM", "BAD_LEVEL")]
    [InlineData("level=1", "BAD_LEVEL")]
    [InlineData("from=yesterday", "BAD_DATE")]
    [InlineData("from=2025-02-01&to=2025-01-01", "BAD_FILTER")]
    [InlineData("networkKinds=learning,party", "BAD_NETWORK_KIND")]
    [InlineData("tieKinds=FRIENDSHIP", "BAD_TIE_KIND")]
    [InlineData("levle=UNIT", "UNKNOWN_PARAMETER")]
    [InlineData("municipality=%FF", "BAD_PARAMETER")]
    [InlineData("%C3%28=1", "BAD_PARAMETER")]
    [InlineData("competence=a%00b", "BAD_PARAMETER")]
    [InlineData("tieKinds=NETWORK" + ",NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK" + ",NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK"
        + ",NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK" + ",NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK"
        + ",NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK" + ",NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK"
        + ",NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK" + ",NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK"
        + ",NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK" + ",NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK,NETWORK", "BAD_PARAMETER")]
    public async Task Bad_parameters_are_400_with_a_coded_json_error(string query, string code)
    {
        using var response = await GetAsAnalystAsync("/graph/export.graphml?" + query);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(code, json.GetProperty("error").GetProperty("code").GetString());
    }
}
