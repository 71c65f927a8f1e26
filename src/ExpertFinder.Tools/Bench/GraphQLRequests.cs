using System.Net.Http.Headers;
using System.Text.Json;

namespace ExpertFinder.Tools.Bench;

/// <summary>Requests to the server's /graphql as a client sends them: a JSON body made once, a bearer token when signed in.</summary>
public static class GraphQLRequests
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    /// <summary><c>"errors":</c> can only occur outside a JSON string (quotes inside strings are escaped).</summary>
    private static readonly byte[] ErrorsMember = "\"errors\":"u8.ToArray();

    /// <summary>A client for the load tools: one pool of connections kept open, no timeout of its own (the tools have theirs).</summary>
    public static HttpClient Client(Uri server) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>Request bodies are serialised once, so the client's own work stays out of the timed part as far as it can.</summary>
    public static byte[] Body(string query, object variables) => JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    /// <summary>
    /// Posts the body and reads the whole answer; an HTTP failure or an answer with GraphQL errors throws, so that an
    /// error is never timed as an answer.
    /// </summary>
    public static async Task<byte[]> PostAsync(HttpClient http, byte[] body, string? token = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonType;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode || answer.AsSpan().IndexOf(ErrorsMember) >= 0)
        {
            var text = System.Text.Encoding.UTF8.GetString(answer.AsSpan(0, Math.Min(answer.Length, 300)));
            throw new HttpRequestException($"{(int)response.StatusCode} {response.StatusCode}: {text}");
        }
        return answer;
    }
}
