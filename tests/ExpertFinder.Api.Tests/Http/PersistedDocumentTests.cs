using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ExpertFinder.Api.Tests.Http;

/// <summary>The example operations in schema/operations, known by "sha256:" and the hash of their text.</summary>
internal static class PersistedOperations
{
    public static string ExpertSearchId { get; } = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(
        Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(NodeTools.RepositoryRoot(), "schema", "operations", "expert-search.graphql")))));

    public static TestDataset Organisation(string prefix) => TestDataset.WithOrganisation(prefix)
        .Add("people.jsonl", new { key = prefix + "-eva", name = "Eva Persist", unit = prefix + "-afd", bio = "Jeg arbejder med borgerinddragelse." });

    public static async Task<HttpResponseMessage> PostJsonAsync(ServerFixture server, object body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await server.Http.SendAsync(request);
    }

    public static async Task<(HttpStatusCode Status, JsonElement Json)> ReadAsync(HttpResponseMessage response) =>
        (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
}

public sealed class PersistedDocumentTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string ExpectedData = """{"experts":{"edges":[{"node":{"person":{"key":"pd-eva"}}}]}}""";

    [Fact]
    public async Task A_document_id_runs_the_persisted_operation()
    {
        using var dataset = PersistedOperations.Organisation("pd");
        await server.ImportAsync(dataset);

        using var response = await PersistedOperations.PostJsonAsync(server, new { documentId = PersistedOperations.ExpertSearchId, variables = new { q = "borgerinddragelse", n = 5 } });
        var (status, json) = await PersistedOperations.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ExpectedData, json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task An_apollo_persisted_query_hash_runs_the_persisted_operation_too()
    {
        using var dataset = PersistedOperations.Organisation("pd");
        await server.ImportAsync(dataset);
        var hash = PersistedOperations.ExpertSearchId["sha256:".Length..];

        using var post = await PersistedOperations.PostJsonAsync(server, new
        {
            extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
            variables = new { q = "borgerinddragelse" },
        });
        using var get = await server.Http.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } }))
            + "&variables=" + Uri.EscapeDataString("""{"q":"borgerinddragelse"}"""));

        Assert.Equal(ExpectedData, (await PersistedOperations.ReadAsync(post)).Json.GetProperty("data").GetRawText());
        Assert.Equal(ExpectedData, (await PersistedOperations.ReadAsync(get)).Json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task An_unknown_document_id_is_400_with_a_code()
    {
        using var response = await PersistedOperations.PostJsonAsync(server, new { documentId = "sha256:" + new string('0', 64) });
        var (status, json) = await PersistedOperations.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("DOCUMENT_NOT_FOUND", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Query_text_still_runs_when_persisted_documents_are_optional()
    {
        Assert.False((await server.QueryAsync("{ __typename }")).TryGetProperty("errors", out _));
    }
}

/// <summary>The server in the mode that runs persisted documents only.</summary>
public sealed class OnlyPersistedDocumentsServerFixture() : ServerFixture(builder =>
    builder.Configuration["ExpertFinder:GraphQL:OnlyPersistedDocuments"] = "true");

public sealed class OnlyPersistedDocumentTests(OnlyPersistedDocumentsServerFixture server) : IClassFixture<OnlyPersistedDocumentsServerFixture>
{
    [Fact]
    public async Task Query_text_is_refused_with_a_code()
    {
        using var response = await server.PostAsync("{ __typename }");
        var (status, json) = await PersistedOperations.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(json.TryGetProperty("data", out _));
        Assert.Equal("DOCUMENT_ID_MISSING", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_persisted_document_runs()
    {
        using var dataset = PersistedOperations.Organisation("opd");
        await server.ImportAsync(dataset);

        using var response = await server.Http.GetAsync("/graphql?documentId=" + Uri.EscapeDataString(PersistedOperations.ExpertSearchId)
            + "&variables=" + Uri.EscapeDataString("""{"q":"borgerinddragelse","n":1}"""));
        var (status, json) = await PersistedOperations.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"experts":{"edges":[{"node":{"person":{"key":"opd-eva"}}}]}}""", json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_persisted_mutation_over_get_is_405_and_changes_nothing()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(NodeTools.RepositoryRoot(), "schema", "operations", "update-my-competences.graphql"));
        var id = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        using var response = await server.Http.GetAsync("/graphql?documentId=" + Uri.EscapeDataString(id)
            + "&variables=" + Uri.EscapeDataString("""{"person":"x","competences":[]}"""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }
}
