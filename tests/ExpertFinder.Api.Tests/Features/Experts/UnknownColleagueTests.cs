using Snapshooter.Xunit3;

namespace ExpertFinder.Api.Tests.Features.Experts;

/// <summary>Searching as a viewer: the unknown colleague, how to reach them, and why they matched.</summary>
public sealed class UnknownColleagueTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>
    /// Two departments. Ida (the viewer) and Jens share a team; Ida and Karen are in a leadership network;
    /// Karen and Lars wrote a template together; Lars and Mads know about "mødereferater", and so does Jens.
    /// </summary>
    private static TestDataset Organisation() => TestDataset.WithOrganisation("uc")
        .Add("units.jsonl", new { key = "uc-team", name = "Team Nord", kind = "team", parent = "uc-afd" })
        .Add("units.jsonl", new { key = "uc-mbu", name = "Børn og Unge", kind = "department", parent = "uc-kommune" })
        .Add("units.jsonl", new { key = "uc-dagtilbud", name = "Dagtilbud", kind = "office", parent = "uc-mbu" })
        .Add("competences.jsonl", new { key = "uc-ref", name = "Mødereferater", synonyms = new[] { "referatskrivning" } })
        .Add("people.jsonl", new { key = "uc-ida", name = "Ida Viewer", unit = "uc-team" })
        .Add("people.jsonl", new { key = "uc-jens", name = "Jens Holm", unit = "uc-team", bio = "Jeg skriver mødereferater." })
        .Add("people.jsonl", new { key = "uc-karen", name = "Karen Berg", unit = "uc-afd" })
        .Add("people.jsonl", new { key = "uc-lars", name = "Lars Dam", unit = "uc-dagtilbud", roles = new[] { "knowledge-sharer" },
            competences = new[] { new { competence = "uc-ref", level = 5, source = "endorsed" } } })
        .Add("people.jsonl", new { key = "uc-mads", name = "Mads Skov", unit = "uc-dagtilbud", bio = "Mødereferater er vigtige." })
        .Add("networks.jsonl", new { key = "uc-leder", name = "Ledernetværket", kind = "leadership",
            members = new[] { new { person = "uc-ida", role = "member" }, new { person = "uc-karen", role = "facilitator" } } })
        .Add("documents.jsonl", new { key = "uc-skabelon", title = "Skabelon for referater", kind = "template", date = "2025-03-01",
            text = "Sådan skriver du gode mødereferater, som andre kan genbruge.", authors = new[] { "uc-karen", "uc-lars" } });

    [Fact]
    public async Task Outside_my_unit_finds_the_unknown_colleague_with_evidence_and_an_introduction_path()
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);

        var json = await server.QueryAsync("""
            query($q: String!) {
              experts(query: $q, scope: OUTSIDE_MY_UNIT, first: 5) {
                totalCount
                edges { node {
                  person { key name }
                  relation
                  evidence {
                    competences { competence { key } level source }
                    documents { document { key } association snippet { text html highlights { start length } } }
                    networks { network { key } role }
                  }
                  introductionPath { length description steps { from { key } to { key } via viaName } }
                } }
              }
            }
            """, new { q = "mødereferater" }, await server.TokenForAsync("uc-ida"));

        json.GetRawText().MatchSnapshot();
        var keys = json.GetProperty("data").GetProperty("experts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString()).ToList();
        Assert.Equal("uc-lars", keys[0]);
        Assert.DoesNotContain("uc-jens", keys); // same team
        Assert.DoesNotContain("uc-karen", keys); // shares a network with the viewer
        Assert.DoesNotContain("uc-ida", keys);
    }

    [Fact]
    public async Task Facets_and_filters_go_through_graphql()
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);

        var json = await server.QueryAsync("""
            {
              all: experts(query: "mødereferater") { totalCount facets { name values { value label count } } }
              filtered: experts(query: "mødereferater", filter: { departments: ["uc-mbu"], roles: [KNOWLEDGE_SHARER] }) { edges { node { person { key } } } }
              level: experts(query: "mødereferater", filter: { minLevel: 5 }) { edges { node { person { key } } } }
            }
            """);

        json.GetRawText().MatchSnapshot();
    }

    [Fact]
    public async Task A_typo_is_corrected_and_synonyms_are_reported()
    {
        using var dataset = Organisation();
        await server.ImportAsync(dataset);

        var json = await server.QueryAsync("""
            {
              typo: experts(query: "mødereferatre") { didYouMean edges { node { person { key } } } }
              synonym: experts(query: "referatskrivning") { expandedWith edges { node { person { key } } } }
            }
            """);

        var data = json.GetProperty("data");
        Assert.Equal("mødereferater", data.GetProperty("typo").GetProperty("didYouMean").GetString());
        Assert.Equal("uc-lars", data.GetProperty("typo").GetProperty("edges")[0].GetProperty("node").GetProperty("person").GetProperty("key").GetString());
        Assert.Equal(["Mødereferater"], data.GetProperty("synonym").GetProperty("expandedWith").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("uc-lars", data.GetProperty("synonym").GetProperty("edges")[0].GetProperty("node").GetProperty("person").GetProperty("key").GetString());
    }

    [Theory]
    [InlineData("""{ experts(query: "x", scope: OUTSIDE_MY_UNIT) { totalCount } }""", "VIEWER_REQUIRED")]
    [InlineData("""{ experts(query: "x", filter: { minLevel: 9 }) { totalCount } }""", "BAD_FILTER")]
    public async Task Bad_viewer_scope_or_filter_is_a_coded_error(string query, string code)
    {
        var json = await server.QueryAsync(query);

        Assert.Equal(code, json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
