using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Http;

namespace ExpertFinder.Tools.Tests.Publishing;

/// <summary>
/// A published server, moved away from the checkout, serves everything a deployment needs from its own folder: the
/// portals' contract query over the data it imported, the Find en kollega page and its bundle, /explore, GraphiQL
/// and its assets, and the persisted documents.
/// </summary>
public sealed class PublishTests(PublishedServer server) : IClassFixture<PublishedServer>
{
    private const string ContractQuery = "query($q:String!,$n:Int){experts(query:$q, first:$n){edges{node{person{key}}}}}";

    [Fact]
    public async Task The_contract_query_finds_experts_in_the_imported_data()
    {
        var keys = PersonKeys(await QueryAsync(ContractQuery));

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.StartsWith("p-", key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_persisted_operation_runs_by_its_id_from_the_published_operations()
    {
        var id = "sha256:" + PersistedDocumentFolder.Hash(await File.ReadAllTextAsync(Path.Combine(server.Folder, "operations", "expert-search.graphql")));
        using var request = Authorized(HttpMethod.Get,
            $"/graphql?documentId={Uri.EscapeDataString(id)}&variables={Uri.EscapeDataString(Variables)}");
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        using var response = await server.Http.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(PersonKeys(json));
        Assert.Equal(PersonKeys(await QueryAsync(ContractQuery)), PersonKeys(json));
    }

    [Fact]
    public async Task The_find_page_and_its_bundle_come_from_the_published_folder()
    {
        var page = await GetAsync("/", "text/html", authorized: false);
        var script = await GetAsync("/app/assets/find.js", "*/*", authorized: false);
        var style = await GetAsync("/app/assets/find.css", "*/*", authorized: false);

        Assert.Contains("/app/assets/find.js", page.Text, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(Published("web", "dist", "find.js")), script.Bytes);
        Assert.Equal(await File.ReadAllBytesAsync(Published("web", "dist", "find.css")), style.Bytes);
    }

    [Fact]
    public async Task The_explore_page_and_its_bundle_are_served()
    {
        var page = await GetAsync("/explore", "text/html", authorized: true);
        var script = await GetAsync("/explore/assets/explore.js", "*/*", authorized: false);

        Assert.Contains("/explore/assets/explore.js", page.Text, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(Published("web", "dist", "explore.js")), script.Bytes);
    }

    [Theory]
    [InlineData("react.production.min.js", "web/node_modules/react/umd/react.production.min.js")]
    [InlineData("react-dom.production.min.js", "web/node_modules/react-dom/umd/react-dom.production.min.js")]
    [InlineData("graphiql.min.js", "web/node_modules/graphiql/graphiql.min.js")]
    [InlineData("graphiql.min.css", "web/node_modules/graphiql/graphiql.min.css")]
    [InlineData("graphiql-start.js", "web/graphiql-start.js")]
    public async Task GraphiQL_and_each_of_its_assets_are_served(string asset, string publishedPath)
    {
        var page = await GetAsync("/graphql", "text/html", authorized: true);
        var file = await GetAsync(GraphiQLPage.AssetsPath + "/" + asset, "*/*", authorized: false);

        Assert.Contains($"{GraphiQLPage.AssetsPath}/{asset}", page.Text, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(Published(publishedPath.Split('/'))), file.Bytes);
    }

    private const string Variables = """{"q":"rengøring","n":5}""";

    private string Published(params string[] path) => Path.Combine([server.Folder, .. path]);

    private HttpRequestMessage Authorized(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", server.ApiKey);
        return request;
    }

    private async Task<JsonElement> QueryAsync(string query)
    {
        using var request = Authorized(HttpMethod.Post, "/graphql");
        request.Content = new StringContent($$"""{"query":{{JsonSerializer.Serialize(query)}},"variables":{{Variables}}}""", Encoding.UTF8, "application/json");
        using var response = await server.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static List<string> PersonKeys(JsonElement json)
    {
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. json.GetProperty("data").GetProperty("experts").GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node").GetProperty("person").GetProperty("key").GetString()!)];
    }

    private async Task<(string Text, byte[] Bytes)> GetAsync(string path, string accept, bool authorized)
    {
        using var request = authorized ? Authorized(HttpMethod.Get, path) : new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await server.Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
        return (Encoding.UTF8.GetString(bytes), bytes);
    }
}
