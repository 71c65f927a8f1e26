using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Security.Auth;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Http;

/// <summary>
/// Runs an operation over HTTP as a given caller, signed in through the real provider: a person by their key (the
/// server resolves their municipality), a user who is no person by their subject, with the caller's roles.
/// </summary>
public static class CallerRequests
{
    public static async Task<JsonElement> QueryAsAsync(this ServerFixture server, Caller caller, string query, object? variables = null, string? requestId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (await TokenAsync(server, caller) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (requestId is not null)
        {
            request.Headers.Add("X-Request-Id", requestId);
        }
        using var response = await server.Http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<string?> TokenAsync(ServerFixture server, Caller caller) => caller switch
    {
        { Kind: CallerKind.Anonymous } => null,
        { Kind: CallerKind.User, PersonKey: { } key } => await server.TokenForAsync(key, [.. caller.Roles]),
        { Kind: CallerKind.User, MunicipalityKey: null } => await server.Provider.AccessTokenAsync(caller.Subject ?? "test-user", roles: caller.Roles),
        _ => throw new ArgumentException("Over HTTP a caller is a person (whose municipality the server finds), a user who is no person, or anonymous", nameof(caller)),
    };

    /// <summary>The payload of the one mutation in <paramref name="mutation"/>, run as <paramref name="caller"/>; a GraphQL error fails the test.</summary>
    public static async Task<JsonElement> MutateAsAsync(this ServerFixture server, Caller caller, string mutation, object input, string? requestId = null)
    {
        var json = await server.QueryAsAsync(caller, mutation, new { input }, requestId);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").EnumerateObject().Single().Value;
    }

    /// <summary>The signed-in employee <paramref name="personKey"/> (who must exist) of <paramref name="municipalityKey"/>, with <paramref name="roles"/>.</summary>
    public static async Task<Caller> PersonAsync(this ServerFixture server, string personKey, string? municipalityKey, params string[] roles)
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("SELECT id FROM people WHERE key = @key");
        command.Parameters.AddWithValue("key", personKey);
        var id = (int)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"no person {personKey}"));
        return new Caller
        {
            Kind = CallerKind.User,
            PersonId = id,
            PersonKey = personKey,
            MunicipalityKey = municipalityKey,
            Roles = new HashSet<string>(roles),
            Subject = personKey + "@example.dk",
        };
    }
}
