using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ExpertFinder.Api.Tests.Http;

/// <summary>Requests no client means well with: each is refused with a 4xx and a code, and changes nothing.</summary>
public sealed class HostileRequestTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly byte[] NotUtf8 = [0xFF, 0xFE];

    private async Task<(HttpStatusCode Status, string? Code)> PostBytesAsync(params object[] parts)
    {
        var body = parts.SelectMany(p => p as byte[] ?? Encoding.UTF8.GetBytes((string)p)).ToArray();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await AnswerAsync(await server.Http.SendAsync(request));
    }

    private async Task<(HttpStatusCode Status, string? Code)> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await AnswerAsync(await server.Http.SendAsync(request));
    }

    private static async Task<(HttpStatusCode Status, string? Code)> AnswerAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var code = json.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;
            return (response.StatusCode, code);
        }
    }

    [Theory]
    [InlineData("query")]
    [InlineData("variables")]
    [InlineData("extensions")]
    [InlineData("operationName")]
    public async Task A_body_with_bytes_that_are_not_utf8_is_400_invalid_json(string where)
    {
        var answer = where switch
        {
            "query" => await PostBytesAsync("{\"query\":\"{ __typename ", NotUtf8, " }\"}"),
            "variables" => await PostBytesAsync("{\"query\":\"query($k: String!) { person(key: $k) { key } }\",\"variables\":{\"k\":\"", NotUtf8, "\"}}"),
            "extensions" => await PostBytesAsync("{\"query\":\"{ __typename }\",\"extensions\":{\"x\":\"", NotUtf8, "\"}}"),
            _ => await PostBytesAsync("{\"query\":\"{ __typename }\",\"operationName\":\"", NotUtf8, "\"}"),
        };

        Assert.Equal((HttpStatusCode.BadRequest, "INVALID_JSON"), answer);
    }

    [Theory]
    [InlineData("query=%FF")]
    [InlineData("query=%7B__typename%7D&variables=%7B%22k%22%3A%22%FF%22%7D")]
    [InlineData("query=%7B__typename%7D&extensions=%C3%28")]
    [InlineData("query=%7B__typename%7D&operationName=%ED%A0%80")]
    [InlineData("query=%7B__typename%7D&%FF=1")]
    public async Task A_get_whose_percent_encoded_bytes_are_not_utf8_is_400_invalid_request(string parameters)
    {
        var answer = await GetAsync("/graphql?" + parameters);

        Assert.Equal((HttpStatusCode.BadRequest, "INVALID_REQUEST"), answer);
    }

    [Fact]
    public async Task A_get_with_percent_encoded_utf8_still_runs()
    {
        var answer = await GetAsync("/graphql?query=" + Uri.EscapeDataString("{ person(key: \"æøå-🙂\") { key } }"));

        Assert.Equal((HttpStatusCode.OK, (string?)null), answer);
    }

    /// <summary>A lone surrogate cannot come as a variable: JSON refuses its escape (INVALID_JSON), so only U+0000 is tried here.</summary>
    [Fact]
    public async Task U0000_in_a_variable_is_refused_before_anything_runs()
    {
        using var response = await server.PostAsync("query($k: String!) { person(key: $k) { key } }", new { k = "a\u0000b" });

        Assert.Equal((HttpStatusCode.BadRequest, "INVALID_VALUE"), await AnswerAsync(response));
    }

    [Theory]
    [InlineData("\\u0000")]
    [InlineData("\\ud800")]
    public async Task Text_no_store_can_hold_is_refused_when_written_in_the_document(string escape)
    {
        using var response = await server.PostAsync("{ units(filter: { name: \"a" + escape + "\" }) { totalCount } }");

        Assert.Equal((HttpStatusCode.BadRequest, "ARGUMENTS_OF_CORRECT_TYPE"), await AnswerAsync(response));
    }

    [Fact]
    public async Task A_mutation_with_U0000_in_its_input_is_refused_and_writes_nothing()
    {
        var before = await server.CountAsync("competences");

        using var response = await server.PostAsync("mutation($input: CreateCompetenceInput!) { createCompetence(input: $input) { errors { code } } }",
            new { input = new { name = "Jura\u0000" } });

        Assert.Equal((HttpStatusCode.BadRequest, "INVALID_VALUE"), await AnswerAsync(response));
        Assert.Equal(before, await server.CountAsync("competences"));
    }

    [Fact]
    public async Task An_id_whose_key_holds_U0000_is_an_invalid_id()
    {
        var id = MutationRequests.Id("Person", "a\u0000b");

        var json = await server.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal("INVALID_ID", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
