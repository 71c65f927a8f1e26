using ExpertFinder.Api.Tests.Http;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// Where anonymous reads are allowed the door lets a caller without credentials in, so it is the fields' access
/// policies that refuse every mutation to them: UNAUTHENTICATED, answered 401 with the challenges.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class AnonymousMutationWalkTests(ServerFixture server)
{
    [Fact]
    public async Task Every_mutation_is_refused_to_an_anonymous_reader_with_401_and_nothing_is_written()
    {
        await server.SeedAsync(TestDataset.WithOrganisation("aw").Add("people.jsonl", new { key = "aw-p", name = "P", unit = "aw-afd" }));
        var readable = await server.GraphQLAsync("""{ person(key: "aw-p") { key } }""", Anonymous);
        var before = await MutationWalk.RowCountsAsync(server);

        var wrong = new List<string>();
        foreach (var (name, _, document) in MutationWalk.Documents(server))
        {
            var answer = await server.GraphQLAsync(document, Anonymous);
            try
            {
                AssertUnauthenticated(answer);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                wrong.Add($"{name}: {e.Message}");
            }
        }

        Assert.Equal("""{"person":{"key":"aw-p"}}""", readable.Data.GetRawText());
        Assert.Empty(wrong);
        Assert.Equal(before, await MutationWalk.RowCountsAsync(server));
    }
}
