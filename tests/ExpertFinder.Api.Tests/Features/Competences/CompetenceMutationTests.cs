using ExpertFinder.Api.Tests.Http;
using Snapshooter.Xunit3;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.Competences;

public sealed class CompetenceMutationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Create = $"mutation($input: CreateCompetenceInput!) {{ createCompetence(input: $input) {{ competence {{ key name synonyms description parent {{ key }} }} {Errors} }} }}";
    private const string Update = $"mutation($input: UpdateCompetenceInput!) {{ updateCompetence(input: $input) {{ competence {{ key name synonyms description parent {{ key }} }} {Errors} }} }}";
    private const string Delete = $"mutation($input: DeleteCompetenceInput!) {{ deleteCompetence(input: $input) {{ deletedId {Errors} }} }}";

    [Fact]
    public async Task A_competence_is_created_updated_and_its_new_synonym_finds_its_holders_at_once()
    {
        using var dataset = TestDataset.WithOrganisation("syn")
            .Add("competences.jsonl", new { key = "syn-jura", name = "Jura" })
            .Add("competences.jsonl", new { key = "syn-c", name = "Personalejura" })
            .Add("people.jsonl", new { key = "syn-p", name = "P", unit = "syn-afd", competences = new[] { new { competence = "syn-c", level = 4 } } });
        await server.SeedAsync(dataset);
        Assert.Empty(await server.ExpertKeysAsync("ansættelsesret"));

        var created = await server.MutateAsync(Create, new { name = "Udbudsret", synonyms = new[] { " udbud ", "", "Udbud", "indkøbsret" }, description = "EU-udbud.", parentId = Id("Competence", "syn-jura") });
        var updated = await server.MutateAsync(Update, new Dictionary<string, object?>
        {
            ["id"] = Id("Competence", "syn-c"), ["synonyms"] = new[] { "ansættelsesret" }, ["parentId"] = Id("Competence", "syn-jura"),
        });
        var cleared = await server.MutateAsync(Update, new Dictionary<string, object?> { ["id"] = Id("Competence", "udbudsret"), ["description"] = null, ["parentId"] = null });

        Snapshot.Match(Pretty(created, updated, cleared));
        Assert.Equal(["syn-p"], await server.ExpertKeysAsync("ansættelsesret"));
    }

    [Fact]
    public async Task A_competence_cannot_move_below_itself()
    {
        using var dataset = TestDataset.WithOrganisation("cyc")
            .Add("competences.jsonl", new { key = "cyc-a", name = "A" })
            .Add("competences.jsonl", new { key = "cyc-b", name = "B", parent = "cyc-a" })
            .Add("people.jsonl", new { key = "cyc-p", name = "P", unit = "cyc-afd" });
        await server.SeedAsync(dataset);

        var self = await server.MutateAsync(Update, new { id = Id("Competence", "cyc-a"), parentId = Id("Competence", "cyc-a") });
        var child = await server.MutateAsync(Update, new { id = Id("Competence", "cyc-a"), parentId = Id("Competence", "cyc-b") });

        Assert.Equal([("CycleError", "CYCLE", "input.parentId")], ErrorsOf(self));
        Assert.Equal([("CycleError", "CYCLE", "input.parentId")], ErrorsOf(child));
        var json = await server.QueryAsync("""{ competence(key: "cyc-a") { parent { key } } }""");
        Assert.Equal("""{"competence":{"parent":null}}""", json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_competence_in_use_is_not_deleted_and_a_free_one_leaves_suggestions()
    {
        using var dataset = TestDataset.WithOrganisation("cdel")
            .Add("competences.jsonl", new { key = "cdel-parent", name = "Pædagogik" })
            .Add("competences.jsonl", new { key = "cdel-held", name = "Småbørnspædagogik", parent = "cdel-parent" })
            .Add("competences.jsonl", new { key = "cdel-free", name = "Legepladsinspektion" })
            .Add("people.jsonl", new { key = "cdel-p", name = "P", unit = "cdel-afd", competences = new[] { new { competence = "cdel-held", level = 2 } } })
            .Add("networks.jsonl", new { key = "cdel-n", name = "N", kind = "learning", topics = new[] { "cdel-held" } });
        await server.SeedAsync(dataset);

        var held = await server.MutateAsync(Delete, new { id = Id("Competence", "cdel-held") });
        var parent = await server.MutateAsync(Delete, new { id = Id("Competence", "cdel-parent") });
        var suggested = await server.QueryAsync("""{ suggest(prefix: "legeplads") { key } }""");
        var free = await server.MutateAsync(Delete, new { id = Id("Competence", "cdel-free") });

        Snapshot.Match(Pretty(held, parent, free));
        Assert.Equal("""{"suggest":[{"key":"cdel-free"}]}""", suggested.GetProperty("data").GetRawText());
        var after = await server.QueryAsync("""{ suggest(prefix: "legeplads") { key } }""");
        Assert.Equal("""{"suggest":[]}""", after.GetProperty("data").GetRawText());
    }
}
