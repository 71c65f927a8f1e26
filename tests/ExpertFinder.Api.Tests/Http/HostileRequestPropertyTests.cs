using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ExpertFinder.Search.Tests;
using FsCheck;
using FsCheck.Fluent;

namespace ExpertFinder.Api.Tests.Http;

/// <summary>
/// Arbitrary requests to the real endpoint: whatever arrives, the answer is never a 5xx, and every 4xx carries an
/// error code. A modest number of cases each, so the suite stays fast.
/// </summary>
public sealed class HostileRequestPropertyTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const int Cases = 100;

    private static readonly string[] Pieces =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "!", "=", "@", "...", "\"", "\\", "\\u0000", "\\ud800", "#", ",", " ", "\n",
        "query", "mutation", "fragment F on Query", "...F", "on", "experts", "query:", "\"jura\"", "first:", "-1", "2147483648", "1e999",
        "suggest", "prefix:", "person", "key:", "units", "nodes", "edges", "node", "id", "totalCount", "__typename", "__schema", "types", "name",
        "filter:", "roles: [MENTOR]", "a:", "b:", "@skip(if: true)", "$v", "$v: String", "networkGraph", "level: PERSON", "createCompetence",
        "input:", "synonyms", "æøå", "🙂", "\u0000", "\u0001", "\ud800",
    ];

    private static Gen<string> Text =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => string.Join(' ', pieces)));

    private static Gen<object?> Json(int depth) =>
        depth == 0
            ? Gen.OneOf(Text.Select(s => (object?)s), ArbMap.Default.GeneratorFor<int>().Select(i => (object?)i), Gen.Constant<object?>(null), Gen.Constant<object?>(true))
            : Gen.OneOf(
                Json(0),
                Gen.ListOf(Json(depth - 1)).Select(items => (object?)items.ToList()),
                Gen.ListOf(Gen.Zip(Text, Json(depth - 1))).Select(pairs => (object?)pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2)));

    /// <summary>A GraphQL request as JSON, with some bytes spoilt now and then (0xFF, a cut, a lone continuation byte).</summary>
    private static Gen<byte[]> Bodies =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<byte[]>(),
            Gen.Zip(Gen.Zip(Text, Json(2)), Gen.Zip(Gen.Choose(0, 5), ArbMap.Default.GeneratorFor<int>())).Select(t => Spoil(
                JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["query"] = t.Item1.Item1, ["variables"] = t.Item1.Item2 }), t.Item2.Item1, t.Item2.Item2)),
            Gen.Zip(Text, Gen.Zip(Gen.Choose(0, 5), ArbMap.Default.GeneratorFor<int>())).Select(t => Spoil(
                Encoding.UTF8.GetBytes("{\"query\":\"" + t.Item1 + "\"}"), t.Item2.Item1, t.Item2.Item2)));

    private static byte[] Spoil(byte[] bytes, int how, int where)
    {
        if (bytes.Length == 0 || how > 2)
        {
            return bytes;
        }
        var at = (int)((uint)where % (uint)bytes.Length);
        return how switch
        {
            0 => [.. bytes[..at], 0xFF, .. bytes[at..]],
            1 => bytes[..at],
            _ => [.. bytes[..at], 0x80, .. bytes[at..]],
        };
    }

    /// <summary>Query-string parameters of the endpoint with arbitrary bytes, percent-encoded as they come.</summary>
    private static Gen<string> QueryStrings =>
        Gen.ListOf(Gen.Zip(Gen.Elements("query", "variables", "extensions", "operationName", "documentId", "x"), Gen.OneOf(
                ArbMap.Default.GeneratorFor<byte[]>(),
                Text.Select(Encoding.UTF8.GetBytes))))
            .Select(parameters => string.Join('&', parameters.Select(p => p.Item1 + "=" + string.Concat(p.Item2.Select(b => $"%{b:X2}")))));

    [Fact]
    public void Any_body_posted_is_answered_below_500_and_every_4xx_has_a_code() =>
        PropertyChecks.Check(Bodies.ToArbitrary(), body =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Judge(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });
        }, Cases);

    [Fact]
    public void Any_query_string_sent_by_get_is_answered_below_500_and_every_4xx_has_a_code() =>
        PropertyChecks.Check(QueryStrings.ToArbitrary(), query => Judge(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + query)), Cases);

    [Fact]
    public void Any_graph_export_query_string_is_answered_below_500_and_every_4xx_has_a_code() =>
        PropertyChecks.Check(QueryStrings.ToArbitrary(), query =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/graph/export.gexf?" + query.Replace("query=", "level=", StringComparison.Ordinal).Replace("variables=", "municipality=", StringComparison.Ordinal));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.AdminToken);
            return Judge(request);
        }, Cases / 2);

    /// <summary>Below 500; a 4xx carries a code, in GraphQL's errors or the JSON error of the other routes. Blocking: a property is a function.</summary>
    private bool Judge(HttpRequestMessage request)
    {
        using (request)
        {
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            using var response = server.Http.SendAsync(request).GetAwaiter().GetResult();
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                return false;
            }
            if (status < 400 || status == 414)
            {
                // 414: the URI was longer than the server reads; refused by the HTTP server before any route.
                return true;
            }
            var json = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement;
            var code = json.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
                : json.GetProperty("error").GetProperty("code").GetString();
            return !string.IsNullOrEmpty(code);
        }
    }
}
