using ExpertFinder.Api.Tests.Http;
using Snapshooter.Xunit3;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.Documents;

public sealed class DocumentMutationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string DocumentFields = "key title kind text date language network { key } unit { key } authors { nodes { key } }";
    private const string Create = $"mutation($input: CreateDocumentInput!) {{ createDocument(input: $input) {{ document {{ {DocumentFields} }} {Errors} }} }}";
    private const string Update = $"mutation($input: UpdateDocumentInput!) {{ updateDocument(input: $input) {{ document {{ {DocumentFields} }} {Errors} }} }}";
    private const string Delete = $"mutation($input: DeleteDocumentInput!) {{ deleteDocument(input: $input) {{ deletedId {Errors} }} }}";

    private static TestDataset Organisation(string prefix) => TestDataset.WithOrganisation(prefix)
        .Add("people.jsonl", new { key = prefix + "-anne", name = "Anne Holm", unit = prefix + "-afd" })
        .Add("people.jsonl", new { key = prefix + "-bo", name = "Bo Berg", unit = prefix + "-afd" })
        .Add("networks.jsonl", new { key = prefix + "-n", name = "N", kind = "learning" });

    [Fact]
    public async Task A_new_document_makes_its_authors_findable_at_once_and_deleting_it_undoes_that()
    {
        using var dataset = Organisation("doc");
        await server.SeedAsync(dataset);
        Assert.Empty(await server.ExpertKeysAsync("tandpleje"));

        var created = await server.MutateAsync(Create, new
        {
            title = "Referat: tandpleje på plejecentre", kind = "MINUTES", text = "Vi drøftede tandpleje for beboere.", date = "2025-03-04",
            networkId = Id("Network", "doc-n"), unitId = Id("Unit", "doc-afd"), authorIds = new[] { Id("Person", "doc-bo"), Id("Person", "doc-anne") },
        });
        var found = await server.ExpertKeysAsync("tandpleje");
        var deleted = await server.MutateAsync(Delete, new { id = Id("Document", "referat-tandpleje-paa-plejecentre") });

        Snapshot.Match(Pretty(created, deleted));
        Assert.Equal(["doc-anne", "doc-bo"], found.Order());
        Assert.Empty(await server.ExpertKeysAsync("tandpleje"));
    }

    [Fact]
    public async Task A_partial_update_replaces_the_byline_and_leaves_the_text_alone()
    {
        using var dataset = Organisation("upd")
            .Add("documents.jsonl", new { key = "upd-d", title = "Skabelon", kind = "template", text = "Brug denne skabelon til handleplaner.", authors = new[] { "upd-anne" }, network = "upd-n", date = "2024-02-01" });
        await server.SeedAsync(dataset);

        var updated = await server.MutateAsync(Update, new Dictionary<string, object?>
        {
            ["id"] = Id("Document", "upd-d"), ["authorIds"] = new[] { Id("Person", "upd-bo") },
            ["networkId"] = null, ["language"] = "en",
        });
        var invalid = await server.MutateAsync(Update, new Dictionary<string, object?>
        {
            ["id"] = Id("Document", "upd-d"), ["title"] = "", ["text"] = "   ", ["language"] = "english", ["authorIds"] = new[] { Id("Person", "upd-ghost") },
        });

        AssertSucceeded(updated);
        Assert.Equal(
            """{"key":"upd-d","title":"Skabelon","kind":"TEMPLATE","text":"Brug denne skabelon til handleplaner.","date":"2024-02-01","language":"en","network":null,"unit":null,"authors":{"nodes":[{"key":"upd-bo"}]}}""",
            Compact(updated.GetProperty("document")));
        Assert.Equal(
            [("ValidationError", "REQUIRED", "input.title"), ("ValidationError", "REQUIRED", "input.text"), ("ValidationError", "TOO_LONG", "input.language"),
             ("NotFoundError", "NOT_FOUND", "input.authorIds.0")],
            ErrorsOf(invalid));
        Assert.Equal(["upd-bo"], await server.ExpertKeysAsync("handleplaner"));
    }
}
