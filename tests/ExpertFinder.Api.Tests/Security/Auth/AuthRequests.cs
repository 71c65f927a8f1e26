using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>What the server answered a request: status, body and the WWW-Authenticate challenges of a 401.</summary>
public sealed record Answer(HttpStatusCode Status, JsonElement Body, IReadOnlyList<string> Challenges)
{
    /// <summary>The code of the first error (GraphQL's extensions.code), or null when there is none.</summary>
    public string? Code =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : null;

    public JsonElement Data => Body.GetProperty("data");

    public override string ToString() => $"{(int)Status} {Body.GetRawText()} [{string.Join(" | ", Challenges)}]";
}

/// <summary>
/// GraphQL requests with exactly the credentials a test names, and none otherwise: unlike
/// <see cref="ServerFixture.PostAsync"/>, a mutation without credentials is sent without any.
/// </summary>
public static class AuthRequests
{
    public static Action<HttpRequestHeaders> Bearer(string token) => headers => headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public static Action<HttpRequestHeaders> Authorization(string value) => headers => headers.TryAddWithoutValidation("Authorization", value);

    public static Action<HttpRequestHeaders> ApiKey(string key) => headers => headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);

    public static Action<HttpRequestHeaders> XApiKey(string key) => headers => headers.Add(ExpertFinder.Api.Security.ApiKeys.ApiKeyDefaults.Header, key);

    public static readonly Action<HttpRequestHeaders> Anonymous = _ => { };

    public static Task<Answer> GraphQLAsync(this ServerFixture server, string query, Action<HttpRequestHeaders> credentials, object? variables = null) =>
        server.Http.GraphQLAsync(query, credentials, variables);

    public static async Task<Answer> GraphQLAsync(this HttpClient http, string query, Action<HttpRequestHeaders> credentials, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        credentials(request.Headers);
        using var response = await http.SendAsync(request);
        return await AnswerOfAsync(response);
    }

    public static async Task<Answer> GetAsync(this ServerFixture server, string url, Action<HttpRequestHeaders> credentials, string accept = "*/*")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        credentials(request.Headers);
        using var response = await server.Http.SendAsync(request);
        return await AnswerOfAsync(response);
    }

    public static async Task<Answer> AnswerOfAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonElement body;
        try
        {
            body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            // Pages and files: kept as a JSON string, so a failing assertion still shows what came back.
            body = JsonDocument.Parse(JsonSerializer.Serialize(text.Length > 500 ? text[..500] : text)).RootElement.Clone();
        }
        return new Answer(response.StatusCode, body, response.Headers.WwwAuthenticate.Select(c => c.ToString()).ToList());
    }

    /// <summary>A 401 as the door or the validation rule gives it: UNAUTHENTICATED, with a Bearer challenge carrying <paramref name="error"/> (none when null).</summary>
    public static void AssertUnauthenticated(Answer answer, string? error = null)
    {
        Assert.True(answer.Status == HttpStatusCode.Unauthorized, answer.ToString());
        Assert.Equal("UNAUTHENTICATED", answer.Code);
        Assert.False(answer.Body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, answer.ToString());
        var bearer = Assert.Single(answer.Challenges, c => c.StartsWith("Bearer ", StringComparison.Ordinal));
        if (error is null)
        {
            Assert.DoesNotContain("error=", bearer, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"error=\"{error}\"", bearer, StringComparison.Ordinal);
        }
    }

    /// <summary>Refused by a field's access policy before anything ran: 403 FORBIDDEN, no data.</summary>
    public static void AssertRefusedByPolicy(Answer answer)
    {
        Assert.True(answer.Status == HttpStatusCode.Forbidden, answer.ToString());
        Assert.Equal("FORBIDDEN", answer.Code);
        Assert.False(answer.Body.TryGetProperty("data", out _), answer.ToString());
    }

    /// <summary>Refused by a rule on the data (Permissions): executed, so 200, with a FORBIDDEN error and a null result.</summary>
    public static void AssertForbiddenByPermissions(Answer answer)
    {
        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal("FORBIDDEN", answer.Code);
        Assert.Equal(JsonValueKind.Null, answer.Data.ValueKind);
    }
}
