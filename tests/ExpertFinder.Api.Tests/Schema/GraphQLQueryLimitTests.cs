using System.Net;
using System.Text.Json;
using Npgsql;

namespace ExpertFinder.Api.Tests.Schema;

/// <summary>The default limits: what the portals ask passes, what would exhaust the server is refused with a code.</summary>
public sealed class GraphQLQueryLimitTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static TestDataset Organisation() => TestDataset.WithOrganisation("lim")
        .Add("units.jsonl", new { key = "lim-team", name = "Team Syd", kind = "team", parent = "lim-afd" })
        .Add("competences.jsonl", new { key = "lim-ref", name = "Mødereferater" })
        .Add("people.jsonl", new { key = "lim-ida", name = "Ida Limit", unit = "lim-team" })
        .Add("people.jsonl", new { key = "lim-lars", name = "Lars Limit", unit = "lim-afd", bio = "Jeg skriver mødereferater.",
            competences = new[] { new { competence = "lim-ref", level = 4, source = "self" } } })
        .Add("networks.jsonl", new { key = "lim-net", name = "Referatnetværket", kind = "professional",
            members = new[] { new { person = "lim-ida", role = "member" }, new { person = "lim-lars", role = "facilitator" } } })
        .Add("documents.jsonl", new { key = "lim-doc", title = "Gode mødereferater", kind = "template", date = "2025-03-01",
            text = "Sådan skriver du mødereferater.", authors = new[] { "lim-lars" } });

    public static TheoryData<string, string> PortalQueries => new()
    {
        {
            "search page of 10 hits with evidence and introduction paths", """
            { experts(query: "mødereferater", first: 10) {
                totalCount didYouMean expandedWith facets { name values { value label count } }
                pageInfo { hasNextPage endCursor }
                edges { cursor node {
                  person { key name title unit { name } } score relation
                  evidence {
                    competences { competence { key name } level source }
                    documents { document { key title } association snippet { text html highlights { start length } } }
                    networks { network { key name } role }
                  }
                  introductionPath { length description steps { from { key name } to { key name } via viaName } }
                } } } }
            """
        },
        {
            "person profile with competences, networks and documents", """
            { person(key: "lim-lars") {
                key name title email phone location bio roles languages visibility unit { key name parent { name } }
                competences { nodes { competence { key name parent { name } } level source since } }
                networks { nodes { role network { key name kind status members { nodes { role person { key name } } } topics { nodes { name } } } } }
                documents { nodes { key title kind date authors { nodes { key name } } network { name } unit { name } } } } }
            """
        },
        {
            "unit with its people", """
            { unit(key: "lim-afd") { key name kind parent { key name } children { nodes { key name kind } }
                people(first: 20) { totalCount pageInfo { hasNextPage endCursor }
                  edges { node { key name title competences { nodes { competence { name } level } } } } } } }
            """
        },
        {
            "connections of 50", """
            { units(first: 50) { totalCount edges { cursor node { key name kind parent { name } } } }
              networks(first: 50) { edges { node { key name kind status } } }
              documents(first: 50) { edges { node { key title date authors { nodes { name } } } } }
              competences(first: 50) { edges { node { key name synonyms } } } }
            """
        },
    };

    [Theory]
    [MemberData(nameof(PortalQueries))]
    public async Task A_typical_portal_query_passes_the_default_limits(string description, string query)
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);

        // As Ida, signed in: the search page gives each hit an introduction path from her.
        var json = await server.QueryAsync(query, token: await server.TokenForAsync("lim-ida"));

        Assert.False(json.TryGetProperty("errors", out var errors), $"{description}: {errors}");
        Assert.Contains("lim-", json.GetProperty("data").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_contract_query_passes_with_the_largest_page()
    {
        Assert.Empty(await server.ExpertKeysAsync("ingen-træffer-her", first: 50));
    }

    [Fact]
    public async Task A_query_that_multiplies_pages_is_400_query_too_complex()
    {
        var (status, code) = await ErrorAsync("""
            { units(first: 50) { nodes { people(first: 50) { nodes { competences(first: 50) { nodes {
                competence { holders(first: 50) { nodes { person { name } } } } } } } } } } }
            """);

        Assert.Equal((HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX"), (status, code));
    }

    [Fact]
    public async Task A_document_that_was_cheap_once_is_judged_again_by_the_sizes_of_each_request()
    {
        const string Pages = """
            query($n: Int) { units(first: $n) { nodes { people(first: $n) { nodes { competences(first: $n) { nodes {
                competence { holders(first: $n) { nodes { person { name } } } } } } } } } } }
            """;

        using var cheap = await server.PostAsync(Pages, new { n = 1 });
        using var costly = await server.PostAsync(Pages, new { n = 50 });

        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, costly.StatusCode);
        Assert.Contains("QUERY_TOO_COMPLEX", await costly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_nested_deeper_than_allowed_is_400_query_too_deep()
    {
        var parents = string.Concat(Enumerable.Repeat("parent { ", 16)) + "key" + string.Concat(Enumerable.Repeat(" }", 16));

        var (status, code) = await ErrorAsync("{ unit(key: \"lim-team\") { " + parents + " } }");

        Assert.Equal((HttpStatusCode.BadRequest, "QUERY_TOO_DEEP"), (status, code));
    }

    [Fact]
    public async Task More_than_thirty_aliases_are_400_too_many_aliases()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 31).Select(i => $"a{i}: __typename"));

        Assert.Equal((HttpStatusCode.BadRequest, "TOO_MANY_ALIASES"), await ErrorAsync("{ " + aliases + " }"));
        Assert.False((await server.QueryAsync("{ " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"a{i}: __typename")) + " }")).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task A_fragment_counts_its_aliases_once_for_every_time_it_is_spread()
    {
        // 4 aliases of units, each spreading 7 aliases: 32 run, though the document writes 11.
        var names = string.Join(" ", Enumerable.Range(0, 7).Select(i => $"n{i}: name"));
        var units = string.Join(" ", Enumerable.Range(0, 4).Select(i => $"u{i}: unit(key: \"lim-team\") {{ ...Names }}"));

        Assert.Equal((HttpStatusCode.BadRequest, "TOO_MANY_ALIASES"), await ErrorAsync("{ " + units + " } fragment Names on Unit { " + names + " }"));
        Assert.False((await server.QueryAsync("{ u0: unit(key: \"lim-team\") { ...Names } } fragment Names on Unit { " + names + " }")).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Fragments_that_spread_each_other_twice_over_multiply_and_are_counted_without_expanding_them()
    {
        // 2^40 spreads of one alias: counted by remembering each fragment's count, not by walking them all.
        var doubling = string.Concat(Enumerable.Range(1, 40).Select(i => $" fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}"));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var answer = await ErrorAsync("{ ...F40 } fragment F0 on Query { a: __typename }" + doubling);

        Assert.Equal((HttpStatusCode.BadRequest, "TOO_MANY_ALIASES"), answer);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Fragments_that_multiply_fields_without_aliases_are_400_query_too_complex_before_the_walk_that_would_take_forever()
    {
        // 2^40 spreads of __typename: the complexity analysis walks every spread, so this must be refused first.
        var doubling = string.Concat(Enumerable.Range(1, 40).Select(i => $" fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}"));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var answer = await ErrorAsync("{ ...F40 } fragment F0 on Query { __typename }" + doubling);

        Assert.Equal((HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX"), answer);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Fragments_that_spread_each_other_in_a_cycle_are_refused_not_counted_forever()
    {
        Assert.Equal((HttpStatusCode.BadRequest, "NO_FRAGMENT_CYCLES"),
            await ErrorAsync("{ ...A } fragment A on Query { a: __typename ...B } fragment B on Query { b: __typename ...A }"));
    }

    [Fact]
    public async Task A_document_longer_than_allowed_is_refused_before_parsing()
    {
        // Not even valid GraphQL: the length is checked first.
        var query = "{" + new string('(', 16 * 1024);

        Assert.Equal((HttpStatusCode.BadRequest, "QUERY_TOO_LONG"), await ErrorAsync(query));
        using var json = await server.PostAsync(query, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Contains("QUERY_TOO_LONG", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_is_answered_by_default()
    {
        var json = await server.QueryAsync("{ __schema { queryType { name } } __type(name: \"Person\") { name } }");

        Assert.Equal("""{"__schema":{"queryType":{"name":"Query"}},"__type":{"name":"Person"}}""", json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_failing_resolver_answers_with_a_code_and_no_exception_details()
    {
        // Only the owner may change the schema; the server's own role may not.
        await using var owner = server.OwnerConnection();
        await owner.OpenAsync();
        await using (var rename = new NpgsqlCommand("ALTER TABLE documents RENAME TO documents_elsewhere", owner))
        {
            await rename.ExecuteNonQueryAsync();
        }
        try
        {
            using var response = await server.PostAsync("{ documents(first: 1) { totalCount } }");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var error = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];
            Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("code").GetString()), body);
            foreach (var detail in new[] { "does not exist", "Npgsql", "42P01", "relation", "   at " })
            {
                Assert.DoesNotContain(detail, error.GetProperty("message").GetString()!, StringComparison.Ordinal);
            }
            Assert.DoesNotContain("Npgsql", body, StringComparison.Ordinal);
            Assert.DoesNotContain("stack", body, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await using var restore = new NpgsqlCommand("ALTER TABLE documents_elsewhere RENAME TO documents", owner);
            await restore.ExecuteNonQueryAsync();
        }
    }

    private async Task<(HttpStatusCode Status, string? Code)> ErrorAsync(string query)
    {
        using var response = await server.PostAsync(query);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(json.TryGetProperty("data", out _), json.ToString());
        return (response.StatusCode, json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
