using System.Net;
using ExpertFinder.Api.Http;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.Http;

public sealed class GraphQLDocumentCacheTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private GraphQLDocumentCache Cache => server.Services.GetServices<IConfigureExecution>().OfType<GraphQLDocumentCache>().Single();

    [Fact]
    public async Task A_repeated_query_is_taken_from_the_cache_and_still_answers_its_own_variables()
    {
        const string query = "query($k:String!){ cacheProbe: person(key:$k){ key } }";
        await server.QueryAsync(query, new { k = "first" });
        var hits = Cache.Hits;

        var again = await server.QueryAsync(query, new { k = "second" });

        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal("""{"cacheProbe":null}""", again.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_cached_document_still_has_its_variables_checked()
    {
        const string query = "query($n:Int){ units(first:$n){ totalCount } }";
        await server.QueryAsync(query, new { n = 1 });
        var hits = Cache.Hits;

        using var response = await server.PostAsync(query, new { n = "many" });

        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"code\":\"INVALID_VALUE\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_invalid_document_is_not_cached()
    {
        const string query = "{ experts(query: \"x\") { edges { node { notAField } } } }";
        var count = Cache.Count;

        using var first = await server.PostAsync(query);
        using var second = await server.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(count, Cache.Count);
    }

    [Fact]
    public async Task The_cache_keeps_at_most_its_bound_of_documents_and_text_dropping_the_least_recently_used()
    {
        var cache = new GraphQLDocumentCache(maxDocuments: 2, maxTotalLength: 40);
        const string a = "{ a }", b = "{ b }", c = "{ c }";

        Assert.False(await RunAsync(cache, a));
        Assert.False(await RunAsync(cache, b));
        Assert.True(await RunAsync(cache, a));
        Assert.False(await RunAsync(cache, c));

        Assert.Equal(2, cache.Count);
        Assert.True(await RunAsync(cache, a));
        Assert.True(await RunAsync(cache, c));
        Assert.False(await RunAsync(cache, b));

        var longer = "{ " + new string('x', 32) + " }";
        Assert.False(await RunAsync(cache, longer));
        Assert.Equal(1, cache.Count);
        Assert.Equal(longer.Length, cache.TotalLength);
        Assert.False(await RunAsync(cache, "{ " + new string('y', 40) + " }"));
        Assert.Equal(1, cache.Count);
        Assert.True(await RunAsync(cache, longer));
    }

    /// <summary>Runs a query through the cache with an executer that parses and accepts it; true when it came from the cache.</summary>
    private static async Task<bool> RunAsync(GraphQLDocumentCache cache, string query)
    {
        var options = new ExecutionOptions { Query = query };
        var cached = false;
        await cache.ExecuteAsync(options, o =>
        {
            cached = o.Document is not null;
            return Task.FromResult(new ExecutionResult { Executed = true, Document = o.Document ?? GraphQLParser.Parser.Parse(query) });
        });
        return cached;
    }
}
