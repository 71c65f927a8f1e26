using System.Net;
using System.Text.Json;
using ExpertFinder.Api.Security.Auth;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>What maps individuals (person-level graphs, exports) is for analysts; the audit log is for admins.</summary>
[Collection(SharedServer.Name)]
public sealed class AnalystAccessTests(ServerFixture server)
{
    private const string GraphQuery = "query($level: GraphLevel!) { networkGraph(level: $level, filter: { municipality: \"ga1-a\" }) { nodes { key } } }";

    [Fact]
    public async Task The_person_level_network_graph_is_refused_to_anonymous_readers_and_employees_and_drawn_for_analysts()
    {
        await server.SeedOrganisationAsync("ga1");

        var anonymous = await server.GraphQLAsync(GraphQuery, Anonymous, new { level = "PERSON" });
        var employee = await server.GraphQLAsync(GraphQuery, await server.AsAsync("ga1-bo"), new { level = "PERSON" });
        var analyst = await server.GraphQLAsync(GraphQuery, await server.AsAsync("ga1-leder", Role.Analyst), new { level = "PERSON" });
        var employeeDepartments = await server.GraphQLAsync(GraphQuery, await server.AsAsync("ga1-bo"), new { level = "DEPARTMENT" });

        Assert.Equal("UNAUTHENTICATED", anonymous.Code);
        Assert.Equal("FORBIDDEN", employee.Code);
        Assert.Equal(JsonValueKind.Null, employee.Data.ValueKind);
        Assert.True(analyst.Code is null, analyst.ToString());
        Assert.Contains("ga1-anna", analyst.Data.GetProperty("networkGraph").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()));
        Assert.True(employeeDepartments.Code is null, employeeDepartments.ToString());
    }

    [Theory]
    [InlineData("/graph/export.graphml?level=person&municipality=ga2-a")]
    [InlineData("/graph/export.gexf?municipality=ga2-a")]
    [InlineData("/graph/export.cytoscape.json?level=unit")]
    public async Task Graph_exports_are_refused_to_employees_with_403_and_served_to_analysts(string url)
    {
        await server.SeedOrganisationAsync("ga2");

        var employee = await server.GetAsync(url, await server.AsAsync("ga2-bo"));
        var analyst = await server.GetAsync(url, await server.AsAsync("ga2-leder", Role.Analyst));

        Assert.Equal(HttpStatusCode.Forbidden, employee.Status);
        Assert.Equal("FORBIDDEN", employee.Body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, analyst.Status);
    }

    [Fact]
    public async Task The_audit_log_is_refused_to_employees_and_analysts_by_its_policy_and_read_by_admins()
    {
        await server.SeedOrganisationAsync("ga3");
        const string Query = "{ auditLog(first: 1) { totalCount } }";

        var employee = await server.GraphQLAsync(Query, await server.AsAsync("ga3-bo"));
        var analyst = await server.GraphQLAsync(Query, await server.AsAsync("ga3-leder", Role.Analyst));
        var admin = await server.GraphQLAsync(Query, await server.AsAsync("ga3-admin", Role.Admin));

        AssertRefusedByPolicy(employee);
        AssertRefusedByPolicy(analyst);
        Assert.True(admin.Status == HttpStatusCode.OK && admin.Code is null, admin.ToString());
    }
}
