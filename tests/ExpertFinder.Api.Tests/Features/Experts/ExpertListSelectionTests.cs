using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Features.Experts;

/// <summary>
/// A list that asks for people's keys alone is answered without loading the people, yet still never shows a person
/// the database hides; asking for more of a person loads it and answers it whole.
/// </summary>
public sealed class ExpertListSelectionTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_person_hidden_in_the_database_before_the_index_follows_is_left_out_of_a_list_of_keys()
    {
        using var dataset = TestDataset.WithOrganisation("lag")
            .Add("people.jsonl", new { key = "lag-open", name = "Åse Åben", unit = "lag-afd", bio = "Affaldssortering" })
            .Add("people.jsonl", new { key = "lag-soon-hidden", name = "Snart Skjult", unit = "lag-afd", bio = "Affaldssortering og genbrug" });
        await server.ImportAsync(dataset);
        Assert.Equal(["lag-open", "lag-soon-hidden"], (await server.ExpertKeysAsync("affaldssortering")).Order());

        // Written past the import, so nothing tells the index: it still holds the person as visible.
        await using (var hide = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("UPDATE people SET visibility = 'hidden' WHERE key = 'lag-soon-hidden'"))
        {
            Assert.Equal(1, await hide.ExecuteNonQueryAsync());
        }

        Assert.Equal(["lag-open"], await server.ExpertKeysAsync("affaldssortering"));
        var typed = await server.QueryAsync("""{ experts(query: "affaldssortering") { edges { node { person { __typename k: key } } } } }""");
        Assert.Equal("""{"experts":{"edges":[{"node":{"person":{"__typename":"Person","k":"lag-open"}}}]}}""", typed.GetProperty("data").GetRawText());
        var named = await server.QueryAsync("""{ experts(query: "affaldssortering") { edges { node { person { key name } } } } }""");
        Assert.Equal("""{"experts":{"edges":[{"node":{"person":{"key":"lag-open","name":"Åse Åben"}}}]}}""", named.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Name_and_title_are_answered_from_the_person_when_selected_in_any_form()
    {
        using var dataset = TestDataset.WithOrganisation("sel")
            .Add("people.jsonl", new { key = "sel-a", name = "Søren Ærø", title = "Klimakoordinator", unit = "sel-afd", bio = "Klimatilpasning og skybrud" })
            .Add("people.jsonl", new { key = "sel-b", name = "Bo Berg", unit = "sel-afd", bio = "Klimatilpasning" })
            .Add("people.jsonl", new { key = "sel-hidden", name = "Skjult", title = "Klimatilpasning", unit = "sel-afd", bio = "Klimatilpasning", visibility = "hidden" });
        await server.ImportAsync(dataset);
        var keys = await server.ExpertKeysAsync("klimatilpasning skybrud");
        Assert.Equal(["sel-a", "sel-b"], keys);

        var plain = await server.QueryAsync("""{ experts(query: "klimatilpasning skybrud") { edges { node { person { key name title } } } } }""");
        var inline = await server.QueryAsync("""{ experts(query: "klimatilpasning skybrud") { edges { node { person { key ... on Person { name title } } } } } }""");
        var spread = await server.QueryAsync("""
            query { experts(query: "klimatilpasning skybrud") { edges { node { person { ...who } } } } }
            fragment who on Person { key name title }
            """);

        const string expected = """{"experts":{"edges":[{"node":{"person":{"key":"sel-a","name":"Søren Ærø","title":"Klimakoordinator"}}},{"node":{"person":{"key":"sel-b","name":"Bo Berg","title":null}}}]}}""";
        Assert.Equal(expected, plain.GetProperty("data").GetRawText());
        Assert.Equal(expected, inline.GetProperty("data").GetRawText());
        Assert.Equal(expected, spread.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Danish_letters_come_back_as_they_are_while_markup_stays_escaped()
    {
        using var dataset = TestDataset.WithOrganisation("enc")
            .Add("people.jsonl", new { key = "enc-p", name = "Ærlige Øjvind Åberg", unit = "enc-afd", bio = "Sløjd <og> træværksted" });
        await server.ImportAsync(dataset);

        using var response = await server.PostAsync("""{ experts(query: "sløjd") { edges { node { person { name bio } } } } }""");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("""{"data":{"experts":{"edges":[{"node":{"person":{"name":"Ærlige Øjvind Åberg","bio":"Sløjd \u003Cog\u003E træværksted"}}}]}}}""", body);
    }
}
