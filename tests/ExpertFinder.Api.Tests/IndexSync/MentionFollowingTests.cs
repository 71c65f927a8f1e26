using ExpertFinder.Api.IndexSync;
using ExpertFinder.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.IndexSync;

/// <summary>
/// A person's name that comes or changes moves the mentions of them in documents written before, which the index
/// owner finds through the index itself: nothing in the document changed, so nothing else would queue it.
/// </summary>
public sealed class MentionFollowingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string CreatePerson = $"mutation($input: CreatePersonInput!) {{ createPerson(input: $input) {{ person {{ key }} {Errors} }} }}";
    private const string UpdatePerson = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ {Errors} }} }}";

    [Fact]
    public async Task A_person_who_arrives_after_the_minutes_that_name_them_is_mentioned_in_them()
    {
        await server.SeedAsync(TestDataset.WithOrganisation("arrive")
            .Add("people.jsonl", new { key = "arrive-bo", name = "Bo Berg", unit = "arrive-afd" })
            // The name broken over a line, as attendance lists are written.
            .Add("documents.jsonl", new { key = "arrive-minutes", title = "Referat", text = "Deltagere: Bo Berg og Ingeborg\nSkovhøj.", authors = new[] { "arrive-bo" } })
            .Add("documents.jsonl", new { key = "arrive-other", title = "Referat", text = "Deltagere: Bo Berg og Ingeborg Dahl.", authors = new[] { "arrive-bo" } }));
        Assert.Empty(await NamingAsync("arrive-ingeborg"));

        AssertSucceeded(await server.MutateAsync(CreatePerson, new { key = "arrive-ingeborg", name = "Ingeborg Skovhøj", unitId = Id("Unit", "arrive-afd") }));

        Assert.Equal(["arrive-minutes"], await NamingAsync("arrive-ingeborg"));
        // The documents found to mention her were applied too: nothing is left for the index to apply.
        Assert.Equal(0, (await server.Services.GetRequiredService<IndexSynchronizer>().StatusAsync(CancellationToken.None)).Pending);
    }

    [Fact]
    public async Task A_new_name_takes_the_mentions_of_the_old_one()
    {
        await server.SeedAsync(TestDataset.WithOrganisation("rename")
            .Add("people.jsonl", new { key = "rename-bo", name = "Bo Berg", unit = "rename-afd" })
            .Add("people.jsonl", new { key = "rename-karen", name = "Karen Holt", unit = "rename-afd" })
            .Add("documents.jsonl", new { key = "rename-before", title = "Oplæg", text = "Tak til Karen Holt for oplægget.", authors = new[] { "rename-bo" } })
            .Add("documents.jsonl", new { key = "rename-after", title = "Oplæg", text = "Tak til Karen Vestergaard for oplægget.", authors = new[] { "rename-bo" } }));
        Assert.Equal(["rename-before"], await NamingAsync("rename-karen"));

        AssertSucceeded(await server.MutateAsync(UpdatePerson, new { id = Id("Person", "rename-karen"), name = "Karen Vestergaard" }));

        Assert.Equal(["rename-after"], await NamingAsync("rename-karen"));
    }

    /// <summary>The documents whose index entries name the person, once every queued change is applied.</summary>
    private async Task<List<string>> NamingAsync(string personKey)
    {
        await server.Services.GetRequiredService<IndexSynchronizer>().DrainAsync(CancellationToken.None);
        return [.. server.Services.GetRequiredService<ExpertIndex>().DocumentsNaming([personKey]).Order(StringComparer.Ordinal)];
    }
}
