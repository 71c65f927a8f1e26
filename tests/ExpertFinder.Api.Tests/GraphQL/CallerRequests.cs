using System.Text.Json;
using ExpertFinder.Api.Auth;
using ExpertFinder.Api.Privacy;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.GraphQL;

/// <summary>
/// Runs an operation in the server's process as a given caller, with the user context the HTTP endpoint hands
/// GraphQL (<see cref="CallerContext.UserContextFor"/>): for rules that depend on who asks, without a sign-in.
/// </summary>
public static class CallerRequests
{
    public static async Task<JsonElement> QueryAsAsync(this ServerFixture server, Caller caller, string query, object? variables = null, string? requestId = null)
    {
        var serializer = server.Services.GetRequiredService<IGraphQLTextSerializer>();
        await using var scope = server.Services.CreateAsyncScope();
        var userContext = CallerContext.UserContextFor(caller, requestId);
        // As the endpoint does: without a policy a request sees only public profiles.
        PrivacyPolicies.AddTo(userContext, await server.Services.GetRequiredService<PrivacyPolicies>().ForAsync(caller, CancellationToken.None));
        var result = await server.Services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
            UserContext = userContext,
        });
        return JsonDocument.Parse(serializer.Serialize(result)).RootElement.Clone();
    }

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
