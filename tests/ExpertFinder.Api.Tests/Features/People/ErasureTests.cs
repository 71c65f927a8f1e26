using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Tests.Features.Me;
using ExpertFinder.Api.Tests.Features.NetworkGraphs;
using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.People;

/// <summary>
/// The right to erasure: after an admin's deletePerson nothing of the person can be found through any read surface,
/// in the search index or in any table but the audit log, which keeps only their key.
/// </summary>
public sealed class ErasureTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Endorse = $"mutation($input: EndorseCompetenceInput!) {{ endorseCompetence(input: $input) {{ endorsement {{ id }} {Errors} }} }}";
    private const string UpdatePerson = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ {Errors} }} }}";
    private const string DeletePerson = $"mutation($input: DeletePersonInput!) {{ deletePerson(input: $input) {{ deletedId {Errors} }} }}";

    private const string Key = "gone-mette";
    private const string Email = "mettelise.vraabjerg@example.dk";

    /// <summary>What would give the person away: key, both names, e-mail and a word only their bio has.</summary>
    private static readonly string[] Traces = [Key, "Mettelise", "Vråbjerg", Email, "kvantefløjte"];

    /// <summary>
    /// Mettelise (team 1) wrote a document with Bo (team 2) and is in a network with him, which ties the two teams;
    /// they endorsed each other; she changed her own profile. Carl, also in team 1, works with nobody.
    /// </summary>
    private static TestDataset Team() => TestDataset.WithOrganisation("gone")
        .Add("units.jsonl", new { key = "gone-team1", name = "Ungeteamet", kind = "office", parent = "gone-afd" })
        .Add("units.jsonl", new { key = "gone-team2", name = "Familieteamet", kind = "office", parent = "gone-afd" })
        .Add("competences.jsonl", new { key = "gone-samtale", name = "Motiverende samtale" })
        .Add("competences.jsonl", new { key = "gone-xylo", name = "Xylofonterapi" })
        .Add("people.jsonl", new
        {
            key = Key, name = "Mettelise Vråbjerg", unit = "gone-team1", email = Email, phone = "+45 98 76 54 32",
            bio = "Jeg spiller kvantefløjte med de unge.",
            competences = new object[] { new { competence = "gone-xylo", level = 5, source = "formal" }, new { competence = "gone-samtale", level = 3, source = "self" } },
        })
        .Add("people.jsonl", new { key = "gone-bo", name = "Bo Berg", unit = "gone-team2", competences = new[] { new { competence = "gone-samtale", level = 4, source = "self" } } })
        .Add("people.jsonl", new { key = "gone-carl", name = "Carl Dam", unit = "gone-team1" })
        .Add("networks.jsonl", new
        {
            key = "gone-net", name = "Netværk om unge", kind = "learning",
            members = new[] { new { person = Key, role = "facilitator" }, new { person = "gone-bo", role = "member" } },
        })
        .Add("documents.jsonl", new { key = "gone-doc", title = "Referat fra netværksmødet", kind = "minutes", text = "Vi talte om samtaler med unge.", authors = new[] { Key, "gone-bo" }, date = "2025-01-20" });

    [Fact]
    public async Task After_deletePerson_nothing_of_the_person_is_found_anywhere_but_their_key_in_the_audit_log()
    {
        using var dataset = Team();
        await server.SeedAsync(dataset);
        var received = (await server.MutateAsAsync("gone-bo", Endorse, new { personId = Id("Person", Key), competenceId = Id("Competence", "gone-samtale"), comment = "Hun lytter." }))
            .GetProperty("endorsement").GetProperty("id").GetString()!;
        AssertSucceeded(await server.MutateAsAsync(Key, Endorse, new { personId = Id("Person", "gone-bo"), competenceId = Id("Competence", "gone-samtale"), comment = "Han er tålmodig." }));
        AssertSucceeded(await server.MutateAsAsync(Key, UpdatePerson, new { id = Id("Person", Key), title = "Musikterapeut" }));

        var before = await ReadSurfacesAsync(received);
        var unitsBefore = await UnitGraphAsync();
        var tablesBefore = await TracesInTablesAsync();
        var indexBefore = IndexContents.LiveValues(server.IndexPath);

        var deleted = await server.MutateAsync(DeletePerson, new { id = Id("Person", Key) });

        AssertSucceeded(deleted);
        var after = await ReadSurfacesAsync(received);
        // Each surface showed the person before, so its silence afterwards means something.
        Assert.All(before, surface => Assert.True(Traces.Any(t => surface.Value.Contains(t, StringComparison.Ordinal)), $"{surface.Key} never showed the person: {surface.Value}"));
        Assert.All(after, surface => Assert.All(Traces, trace => Assert.False(surface.Value.Contains(trace, StringComparison.Ordinal), $"{surface.Key} still shows {trace}: {surface.Value}")));

        // The graph cache is keyed by the data version: the unit graph asked for before is built anew, without her tie.
        var unitsAfter = await UnitGraphAsync();
        Assert.Equal((2, true), (unitsBefore.PeopleInTeam1, unitsBefore.TeamsTied));
        Assert.Equal((1, false), (unitsAfter.PeopleInTeam1, unitsAfter.TeamsTied));

        // The document she co-wrote stays, naming Bo alone.
        var document = await server.QueryAsync("""{ document(key: "gone-doc") { title authors { nodes { key } } } }""", token: server.AdminToken);
        Assert.Equal("""{"document":{"title":"Referat fra netværksmødet","authors":{"nodes":[{"key":"gone-bo"}]}}}""", Compact(document.GetProperty("data")));

        Assert.Contains("people.name", tablesBefore["Mettelise"]);
        Assert.Contains("people.email", tablesBefore[Email]);
        Assert.All(await TracesInTablesAsync(), trace => Assert.Empty(trace.Value));
        Assert.Equal(0, (await server.Services.GetRequiredService<IndexSynchronizer>().StatusAsync(CancellationToken.None)).Pending);

        Assert.Contains(indexBefore, v => v.Value == Key);
        Assert.Contains(indexBefore, v => v.Value == "Mettelise Vråbjerg");
        Assert.DoesNotContain(IndexContents.LiveValues(server.IndexPath), v => Traces.Any(t => v.Value.Contains(t, StringComparison.OrdinalIgnoreCase)));

        await AssertAuditLogKeepsOnlyTheKeyAsync();

        // A token she still holds names nobody now: there is nothing of hers left to hand her.
        using var ownDownload = await OwnData.GetAsync(server, "/me/export.json", await server.TokenForAsync(Key));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, ownDownload.StatusCode);
    }

    [Fact]
    public async Task Documents_that_mention_the_deleted_person_in_their_text_stop_linking_to_them()
    {
        using var dataset = TestDataset.WithOrganisation("ment")
            .Add("people.jsonl", new { key = "ment-gunhild", name = "Gunhild Østerled", unit = "ment-afd" })
            .Add("people.jsonl", new { key = "ment-bo", name = "Bo Berg", unit = "ment-afd" })
            .Add("documents.jsonl", new { key = "ment-plain", title = "Oplæg", text = "Tak til Gunhild Østerled for oplægget.", authors = new[] { "ment-bo" } })
            // An attendance list as minutes are written: the name broken over a line, which a substring scan misses.
            .Add("documents.jsonl", new { key = "ment-minutes", title = "Referat", text = "Deltagere: Bo Berg og Gunhild\nØsterled.\nVi talte om samtaler.", authors = new[] { "ment-bo" } });
        await server.SeedAsync(dataset);
        Assert.Equal(2, Mentions("ment-gunhild"));

        AssertSucceeded(await server.MutateAsync(DeletePerson, new { id = Id("Person", "ment-gunhild") }));

        Assert.Equal(0, Mentions("ment-gunhild"));
    }

    /// <summary>How many live document entries of the index name the person as mentioned in their text.</summary>
    private int Mentions(string personKey) =>
        IndexContents.LiveValues(server.IndexPath).Count(v => v.Field == "doc_mention" && v.Value == personKey);

    /// <summary>Every way to read people, as the broadest reader (a deployment admin, who is also an analyst), and Bo's own download.</summary>
    private async Task<Dictionary<string, string>> ReadSurfacesAsync(string receivedEndorsementId)
    {
        var admin = server.AdminToken;
        async Task<string> Read(string query, object? variables = null) => (await server.QueryAsync(query, variables, admin)).GetRawText();
        async Task<string> Download(string url, string token)
        {
            using var response = await OwnData.GetAsync(server, url, token);
            Assert.True(response.IsSuccessStatusCode, url);
            return await response.Content.ReadAsStringAsync();
        }
        const string Person = "key name email bio";
        const string Experts = $"query($q: String!) {{ experts(query: $q, first: 50) {{ edges {{ node {{ person {{ {Person} }} }} }} }} }}";
        return new Dictionary<string, string>
        {
            ["experts by name"] = await Read(Experts, new { q = "Mettelise Vråbjerg" }),
            ["experts by bio"] = await Read(Experts, new { q = "kvantefløjte" }),
            ["experts by competence"] = await Read(Experts, new { q = "xylofonterapi" }),
            ["experts by shared competence"] = await Read(Experts, new { q = "motiverende samtale" }),
            ["suggest"] = await Read("""{ suggest(prefix: "Mettelis") { key label } }"""),
            ["person"] = await Read($$"""{ person(key: "{{Key}}") { {{Person}} } }"""),
            ["node"] = await Read($$"""query($id: ID!) { node(id: $id) { ... on Person { {{Person}} } } }""", new { id = Id("Person", Key) }),
            ["people"] = await Read($$"""{ people(first: 50) { nodes { {{Person}} } } }"""),
            ["people by name"] = await Read($$"""{ people(filter: { name: "Mettelise" }) { nodes { {{Person}} } } }"""),
            ["unit people"] = await Read("""{ unit(key: "gone-team1") { people { nodes { key name } } } }"""),
            ["network members"] = await Read("""{ network(key: "gone-net") { members { nodes { person { key name } } } } }"""),
            ["document authors"] = await Read("""{ document(key: "gone-doc") { authors { nodes { key name } } } }"""),
            ["competence holders"] = await Read("""{ a: competence(key: "gone-samtale") { holders { nodes { person { key name } } } } b: competence(key: "gone-xylo") { holders { nodes { person { key name } } } } }"""),
            ["endorsements given"] = await Read("""{ person(key: "gone-bo") { competences { nodes { endorsements { nodes { endorser { key name } comment } } } } } }"""),
            ["endorsement received"] = await Read("""query($id: ID!) { node(id: $id) { ... on Endorsement { person { key name } endorser { key } } } }""", new { id = receivedEndorsementId }),
            ["person graph"] = await Read(GraphDatasets.Query, new { level = "PERSON" }),
            ["graphml"] = await Download("/graph/export.graphml?level=person", admin),
            ["gexf"] = await Download("/graph/export.gexf?level=person", admin),
            ["cytoscape"] = await Download("/graph/export.cytoscape.json?level=person", admin),
            ["Bo's own download"] = await Download("/me/export.json", await server.TokenForAsync("gone-bo")),
        };
    }

    /// <summary>The unit graph: how many people team 1 counts, and whether a tie joins the two teams.</summary>
    private async Task<(int PeopleInTeam1, bool TeamsTied)> UnitGraphAsync()
    {
        var graph = (await server.QueryAsync(GraphDatasets.Query, new { level = "UNIT", filter = new { municipality = "gone-kommune" } }, server.AdminToken))
            .GetProperty("data").GetProperty("networkGraph");
        var keys = graph.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("key").GetString()!);
        var team1 = graph.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("key").GetString() == "gone-team1").GetProperty("people").GetInt32();
        var tied = graph.GetProperty("edges").EnumerateArray()
            .Select(e => new[] { keys[e.GetProperty("source").GetString()!], keys[e.GetProperty("target").GetString()!] }.Order().ToArray())
            .Any(pair => pair is ["gone-team1", "gone-team2"]);
        return (team1, tied);
    }

    /// <summary>Where each trace is found in the database, audit log aside.</summary>
    private async Task<Dictionary<string, List<string>>> TracesInTablesAsync()
    {
        var found = new Dictionary<string, List<string>>();
        foreach (var trace in Traces)
        {
            found[trace] = await DatabaseText.WhereAsync(server, trace, "audit_log");
        }
        return found;
    }

    /// <summary>
    /// The audit log is append-only, the legal record of who changed what: it keeps the person's key (what she did,
    /// what was done to her profile), never her name, e-mail or what she wrote; deletePerson itself records no more.
    /// </summary>
    private async Task AssertAuditLogKeepsOnlyTheKeyAsync()
    {
        await using var connection = server.OwnerConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT actor, operation, entity_type, entity_key, fields FROM audit_log WHERE operation = 'deletePerson' AND entity_key = @key", connection);
        command.Parameters.AddWithValue("key", Key);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal(("user:test-deployment-admin", "deletePerson", "Person", Key), (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            Assert.Empty(reader.GetFieldValue<string[]>(4));
            Assert.False(await reader.ReadAsync());
        }
        Assert.Contains("audit_log.actor", await DatabaseText.WhereAsync(server, "person:" + Key));
        foreach (var trace in Traces.Where(t => t != Key))
        {
            Assert.Empty(await DatabaseText.WhereAsync(server, trace));
        }
    }
}
