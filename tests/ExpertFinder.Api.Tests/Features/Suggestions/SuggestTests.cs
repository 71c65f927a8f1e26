using Snapshooter.Xunit3;

namespace ExpertFinder.Api.Tests.Features.Suggestions;

public sealed class SuggestTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Suggestions_cover_competences_by_synonym_people_and_networks_but_never_the_hidden()
    {
        using var dataset = TestDataset.WithOrganisation("sg")
            .Add("competences.jsonl", new { key = "sg-laer", name = "Læringsmiljøer", synonyms = new[] { "læringsrum" } })
            .Add("competences.jsonl", new { key = "sg-net", name = "Netværksledelse", synonyms = new[] { "læringsnetværk" } })
            .Add("people.jsonl", new { key = "sg-lea", name = "Lea Læringsen", unit = "sg-afd" })
            .Add("people.jsonl", new { key = "sg-skjult", name = "Læne Skjult", unit = "sg-afd", visibility = "hidden" })
            .Add("networks.jsonl", new { key = "sg-n", name = "Læringsnetværk om trivsel", kind = "learning" });
        await server.ImportAsync(dataset);

        var json = await server.QueryAsync("""
            {
              all: suggest(prefix: "laering") { kind key label matchedText }
              people: suggest(prefix: "Læ", kinds: [PERSON]) { key person { name } }
              none: suggest(prefix: "   ") { key }
            }
            """);

        json.GetRawText().MatchSnapshot();
        Assert.DoesNotContain("sg-skjult", json.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_or_too_long_is_a_coded_error()
    {
        var many = await server.QueryAsync("""{ suggest(prefix: "a", first: 51) { key } }""");
        var longPrefix = await server.QueryAsync("query($p: String!) { suggest(prefix: $p) { key } }", new { p = new string('a', 101) });

        Assert.Equal("BAD_PAGE_SIZE", many.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("PREFIX_TOO_LONG", longPrefix.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
