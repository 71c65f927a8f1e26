using Snapshooter.Xunit3;

namespace ExpertFinder.Api.Tests.Features.People;

public sealed class PersonProfileTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_profile_shows_unit_competences_networks_and_documents_without_hidden_people()
    {
        using var dataset = TestDataset.WithOrganisation("prof")
            .Add("units.jsonl", new { key = "prof-team", name = "Demensteam Syd", kind = "team", parent = "prof-afd" })
            .Add("competences.jsonl", new { key = "prof-demens", name = "Demens", synonyms = new[] { "demenssygdomme" }, description = "Pleje og omsorg for borgere med demens." })
            .Add("competences.jsonl", new { key = "prof-facilitering", name = "Facilitering" })
            .Add("people.jsonl", new
            {
                key = "prof-hanne", name = "Hanne Vestergaard", title = "Demenskoordinator", unit = "prof-team", email = "hanne@example.dk",
                phone = "+45 12 34 56 78", location = "Plejecenter Syd", bio = "Jeg koordinerer demensindsatsen.",
                roles = new[] { "knowledge-sharer", "facilitator" }, languages = new[] { "da", "en" }, visibility = "public",
                competences = new object[]
                {
                    new { competence = "prof-facilitering", level = 3, source = "endorsed", since = "2021-09" },
                    new { competence = "prof-demens", level = 5, source = "formal", since = "2015-02" },
                },
            })
            .Add("people.jsonl", new { key = "prof-bo", name = "Bo Berg", unit = "prof-afd" })
            .Add("people.jsonl", new { key = "prof-hidden", name = "Skjult", unit = "prof-afd", visibility = "hidden" })
            .Add("networks.jsonl", new
            {
                key = "prof-net", name = "Velfærdsnetværk om demens", kind = "welfare", status = "testing", owner = "prof-afd",
                started = "2025-01-15", topics = new[] { "prof-demens" },
                members = new object[] { new { person = "prof-bo", role = "member" }, new { person = "prof-hidden", role = "member" }, new { person = "prof-hanne", role = "facilitator" } },
            })
            .Add("documents.jsonl", new { key = "prof-doc", title = "Referat om pårørendesamarbejde", kind = "minutes", text = "Tekst.", authors = new[] { "prof-hanne", "prof-hidden", "prof-bo" }, network = "prof-net", date = "2025-03-04" });
        await server.ImportAsync(dataset);

        using var response = await server.PostAsync("""
            {
              person(key: "prof-hanne") {
                id key name title email phone location bio roles languages visibility
                unit { key name kind parent { key kind } ancestors { key } }
                competences { totalCount nodes { level source since competence { key name synonyms description holders { totalCount } } } }
                networks { nodes { role network { key name kind status started ended owner { key } topics { nodes { key } }
                  members { totalCount nodes { role person { key } } } } } }
                documents { pageInfo { hasNextPage } nodes { key title kind date language authors { nodes { key } } network { key } } }
              }
            }
            """);

        Snapshot.Match(await response.Content.ReadAsStringAsync());
    }
}
