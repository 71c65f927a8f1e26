using System.Net;
using System.Text.Json;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.Schema;

/// <summary>
/// A server configured through ExpertFinder:GraphQL: introspection off, a small complexity budget and an execution
/// timeout of 8 s (a cold first request on a busy machine must fit in it); an operation named "Stall" waits for cancellation, like a resolver stuck on a slow database.
/// </summary>
public sealed class LockedDownServerFixture() : ServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:GraphQL:Introspection"] = "false";
    builder.Configuration["ExpertFinder:GraphQL:MaxComplexity"] = "40";
    builder.Configuration["ExpertFinder:GraphQL:ExecutionTimeout"] = "00:00:08";
    builder.Services.AddSingleton<IConfigureExecution, StallingExecution>();
})
{
    private sealed class StallingExecution : IConfigureExecution
    {
        public float SortOrder => 1000;

        public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            if (options.Query?.StartsWith("query Stall", StringComparison.Ordinal) == true)
            {
                await Task.Delay(Timeout.Infinite, options.CancellationToken);
            }
            return await next(options);
        }
    }
}

public sealed class GraphQLConfiguredLimitTests(LockedDownServerFixture server) : IClassFixture<LockedDownServerFixture>
{
    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Person\") { name } }")]
    public async Task With_introspection_off_schema_and_type_queries_are_400_with_a_code(string query)
    {
        using var response = await server.PostAsync(query);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("NO_INTROSPECTION", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task With_introspection_off_typename_and_ordinary_fields_still_work()
    {
        var json = await server.QueryAsync("{ __typename units(first: 1) { totalCount } }");

        Assert.Equal("""{"__typename":"Query","units":{"totalCount":0}}""", json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_connection_without_first_counts_as_a_page_of_the_default_size()
    {
        // 5 fields, and 4 on each of the page's items: 45 at the default page size of 10, 25 at a page of 5.
        const string Selection = "{ totalCount pageInfo { hasNextPage } edges { cursor node { key name } } }";

        var withoutFirst = await ErrorMessageAsync("{ units " + Selection + " }");
        var firstTen = await ErrorMessageAsync("{ units(first: 10) " + Selection + " }");
        var firstFive = await server.QueryAsync("{ units(first: 5) " + Selection + " }");

        Assert.Equal("The query's complexity is 45; at most 40 is allowed", withoutFirst);
        Assert.Equal(withoutFirst, firstTen);
        Assert.False(firstFive.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [Fact]
    public async Task An_execution_over_the_timeout_is_cancelled_and_answered_with_timeout()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var response = await server.PostAsync("query Stall { __typename }");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"errors":[{"message":"The request took longer than 8 s and was cancelled","extensions":{"code":"TIMEOUT","codes":["TIMEOUT"]}}],"data":null}""", body);
        Assert.InRange(started.ElapsedMilliseconds, 7_900, 30_000);
        Assert.False((await server.QueryAsync("query Quick { __typename }")).TryGetProperty("errors", out _));
    }

    private async Task<string?> ErrorMessageAsync(string query)
    {
        using var response = await server.PostAsync(query);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_TOO_COMPLEX", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        return json.GetProperty("errors")[0].GetProperty("message").GetString();
    }
}
