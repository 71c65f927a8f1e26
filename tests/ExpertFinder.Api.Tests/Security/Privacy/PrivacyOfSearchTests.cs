using System.Text.Json;
using static ExpertFinder.Api.Tests.Security.Privacy.PrivacyDataset;

namespace ExpertFinder.Api.Tests.Security.Privacy;

/// <summary>Discovery: search, autocompletion and introduction paths turn up only whom the reader may discover, and count no one else.</summary>
[Collection(PrivacySuite.Name)]
public sealed class PrivacyOfSearchTests(PrivacyFixture server)
{
    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Experts_hits_total_count_and_facets(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader,
            "query($q: String!) { experts(query: $q, first: 50) { totalCount nodes { person { key } } facets { name values { value count } } } }",
            new { q = CompetenceName });

        var experts = data.GetProperty("experts");
        var expected = Mentions.Expected(reader, c => c.Finds);
        var hits = Mentions.Strings(experts.GetProperty("nodes"), "person", "key").ToList();
        Assert.True(expected.ToHashSet().SetEquals(Mentions.SubjectsIn(hits)) && hits.Count == expected.Count, $"experts: {reader} finds [{string.Join(", ", hits)}]");
        Assert.True(experts.GetProperty("totalCount").GetInt32() == expected.Count, $"experts totalCount: {reader}: {body}");
        var ofA = expected.Count(InMunicipalityA);
        Assert.True(ofA == Facet(experts, "municipality", MunicipalityA), $"municipality facet: {reader}: {body}");
        Assert.True(ofA == Facet(experts, "department", DepartmentA), $"department facet: {reader}: {body}");
        Assert.True(expected.Count == Facet(experts, "competence", Competence), $"competence facet: {reader}: {body}");
        Mentions.OnlyAllowed("experts", reader, body, c => c.Finds);
    }

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Suggest_people(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader,
            "query($prefix: String!) { suggest(prefix: $prefix, kinds: [PERSON], first: 10) { key person { key } } }", new { prefix = Surname[..6] });

        var suggested = Mentions.Strings(data.GetProperty("suggest"), "key").ToList();
        Assert.True(Mentions.Expected(reader, c => c.Finds).ToHashSet().SetEquals(Mentions.SubjectsIn(suggested)), $"suggest: {reader} gets [{string.Join(", ", suggested)}]");
        Mentions.OnlyAllowed("suggest", reader, body, c => c.Finds);
    }

    /// <summary>
    /// Each hit's path from the signed-in viewer is the one the matrix states: never through someone the reader may
    /// not discover, so a B reader, whose only chain runs through an organisation-only person of A, gets none, and the
    /// admin of A goes round the hidden person. Readers who are no person get none.
    /// </summary>
    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllReaders), MemberType = typeof(PrivacyExpectations))]
    public async Task Introduction_paths(Reader reader)
    {
        var (data, body) = await server.ReadAsync(reader, """
            query($q: String!) { experts(query: $q, scope: ANYONE, first: 50) { nodes {
              person { key } introductionPath { description steps { from { key } to { key } } } } } }
            """, new { q = CompetenceName });

        foreach (var hit in data.GetProperty("experts").GetProperty("nodes").EnumerateArray())
        {
            var subject = Mentions.SubjectsIn([hit.GetProperty("person").GetProperty("key").GetString()]).Single();
            Assert.Equal((reader, subject, PrivacyExpectations.Of(reader, subject).Path), (reader, subject, PathOf(hit.GetProperty("introductionPath"))));
        }
        Mentions.OnlyAllowed("introductionPath", reader, body, c => c.Finds);
    }

    /// <summary>The path as person keys with "&gt;" between, or null.</summary>
    private static string? PathOf(JsonElement path) =>
        path.ValueKind == JsonValueKind.Null ? null
        : string.Join('>', path.GetProperty("steps").EnumerateArray()
            .SelectMany((step, i) => i == 0 ? new[] { Key(step, "from"), Key(step, "to") } : [Key(step, "to")]));

    private static string Key(JsonElement step, string end) => step.GetProperty(end).GetProperty("key").GetString()!;

    /// <summary>A facet value's count, 0 when the value is not there.</summary>
    private static int Facet(JsonElement experts, string name, string value) =>
        experts.GetProperty("facets").EnumerateArray().Where(f => f.GetProperty("name").GetString() == name)
            .SelectMany(f => f.GetProperty("values").EnumerateArray())
            .Where(v => v.GetProperty("value").GetString() == value).Select(v => v.GetProperty("count").GetInt32()).SingleOrDefault();
}
