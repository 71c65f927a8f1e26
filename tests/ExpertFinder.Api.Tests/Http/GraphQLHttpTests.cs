using System.Net;
using System.Text;
using Snapshooter.Xunit3;

namespace ExpertFinder.Api.Tests.Http;

public sealed class GraphQLHttpTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Post_answers_with_graphql_response_json()
    {
        using var response = await server.PostAsync("{ units(first: 1) { totalCount } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"data\":{\"units\":{\"totalCount\":", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($k:String!){ person(key:$k){ key } }") + "&variables=" + Uri.EscapeDataString("{\"k\":\"nobody\"}");

        using var response = await server.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"data\":{\"person\":null}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_mutation_over_get_is_405_with_allow_post()
    {
        using var response = await server.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { anything }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Malformed_json_is_400_without_data()
    {
        using var content = new StringContent("{\"query\": ", Encoding.UTF8, "application/json");
        using var response = await server.Http.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Snapshot.Match(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_field_is_400_with_a_coded_error_and_no_data()
    {
        using var response = await server.PostAsync("{ experts(query: \"x\") { edges { node { salary } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Snapshot.Match(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_client_accepting_only_json_gets_validation_errors_with_200()
    {
        using var response = await server.PostAsync("{ nope }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("FIELDS_ON_CORRECT_TYPE", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var content = new StringContent("{ units { totalCount } }", Encoding.UTF8, "text/plain");
        using var response = await server.Http.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_negative_page_size_is_an_error_with_a_code_not_an_empty_page()
    {
        var json = await server.QueryAsync("{ experts(query: \"jura\", first: -1) { edges { cursor } } }");

        Assert.Equal("BAD_PAGE_SIZE", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_page_larger_than_the_maximum_is_an_error_with_a_code()
    {
        var json = await server.QueryAsync("{ experts(query: \"jura\", first: 500) { edges { cursor } } }");

        Assert.Equal("BAD_PAGE_SIZE", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_forged_cursor_is_an_error_with_a_code()
    {
        var json = await server.QueryAsync("{ units(after: \"bm90LWEtY3Vyc29y\") { totalCount } }");

        Assert.Equal("BAD_CURSOR", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}

public sealed class GraphQLHttpLimitTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task An_accept_header_that_allows_neither_media_type_is_406()
    {
        using var response = await server.PostAsync("{ units { totalCount } }", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_one_mebibyte_is_413_whether_or_not_its_length_is_announced(bool announced)
    {
        var padding = new string(' ', 1024 * 1024);
        var json = "{\"query\": \"{ units { totalCount } }\"" + padding + "}";
        using HttpContent content = announced
            ? new StringContent(json, Encoding.UTF8, "application/json")
            : new ChunkedContent(json);
        using var response = await server.Http.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>Content with no Content-Length, so it is sent chunked.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] bytes;

        public ChunkedContent(string text)
        {
            bytes = Encoding.UTF8.GetBytes(text);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
