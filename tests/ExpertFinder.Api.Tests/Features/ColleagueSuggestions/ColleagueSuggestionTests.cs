using System.Net;
using System.Text.Json;
using ExpertFinder.Api.Tests.Http;
using ExpertFinder.Api.Tests.Schema.Conventions;

namespace ExpertFinder.Api.Tests.Features.ColleagueSuggestions;

/// <summary>
/// "Inviter en ukendt kollega på frokost": whom colleagueSuggestions proposes, why, and to whom. Ida (Sundhed og Omsorg,
/// Team Syd) knows about demens and kost; around her sit colleagues she already knows (same department, a shared
/// network, document or meeting), people who did not opt in or hide, and the unknown colleagues worth meeting.
/// </summary>
public sealed class ColleagueSuggestionTests(ClockedServerFixture server) : IClassFixture<ClockedServerFixture>
{
    private const string Query = """
        query($first: Int) {
          colleagueSuggestions(first: $first) { person { key } reason kind score competences { key } }
        }
        """;

    private static TestDataset Organisation() => TestDataset.WithOrganisation("cs")
        .Add("units.jsonl", new { key = "cs-team", name = "Team Syd", kind = "team", parent = "cs-afd" })
        .Add("units.jsonl", new { key = "cs-mbu", name = "Børn og Unge", kind = "department", parent = "cs-kommune" })
        .Add("units.jsonl", new { key = "cs-dagtilbud", name = "Dagtilbud", kind = "office", parent = "cs-mbu" })
        .Add("units.jsonl", new { key = "cs-kultur", name = "Kultur og Borgerservice", kind = "department", parent = "cs-kommune" })
        .Add("units.jsonl", new { key = "cs-odense", name = "Odense Kommune", kind = "municipality" })
        .Add("units.jsonl", new { key = "cs-odense-afd", name = "Ældre og Handicap", kind = "department", parent = "cs-odense" })
        .Add("competences.jsonl", new { key = "cs-sund", name = "Sundhedsfremme" })
        .Add("competences.jsonl", new { key = "cs-kost", name = "Kost og ernæring", parent = "cs-sund" })
        .Add("competences.jsonl", new { key = "cs-motion", name = "Motion", parent = "cs-sund" })
        .Add("competences.jsonl", new { key = "cs-demens", name = "Demens" })
        .Add("competences.jsonl", new { key = "cs-it", name = "IT-sikkerhed" })
        .Add("competences.jsonl", new { key = "cs-komm", name = "Kommunikation" })
        .Add("people.jsonl", Person("cs-ida", "Ida Jensen", "cs-team", "public", ("cs-demens", 4), ("cs-kost", 3)))
        .Add("people.jsonl", Person("cs-jens", "Jens Holm", "cs-afd", "public", ("cs-demens", 5)))
        .Add("people.jsonl", Person("cs-lars", "Lars Dam", "cs-dagtilbud", "organisation", ("cs-demens", 4)))
        .Add("people.jsonl", Person("cs-mona", "Mona Berg", "cs-kultur", "public", ("cs-motion", 4)))
        .Add("people.jsonl", Person("cs-nils", "Nils Krog", "cs-kultur", "public", ("cs-demens", 5)))
        .Add("people.jsonl", Person("cs-olga", "Olga Lind", "cs-mbu", "hidden", ("cs-demens", 5)))
        .Add("people.jsonl", Person("cs-per", "Per Vang", "cs-odense-afd", "organisation", ("cs-demens", 5)))
        .Add("people.jsonl", Person("cs-pia", "Pia Skov", "cs-odense-afd", "public", ("cs-demens", 3)))
        .Add("people.jsonl", Person("cs-rut", "Rut Friis", "cs-mbu", "public", ("cs-demens", 5)))
        .Add("people.jsonl", Person("cs-sofus", "Sofus Bach", "cs-mbu", "public", ("cs-demens", 5)))
        .Add("people.jsonl", Person("cs-tove", "Tove Holt", "cs-mbu", "public", ("cs-demens", 5)))
        .Add("people.jsonl", Person("cs-uffe", "Uffe Lund", "cs-kultur", "public", ("cs-it", 4)))
        .Add("people.jsonl", Person("cs-vera", "Vera Kjær", "cs-kultur", "public", ("cs-komm", 3)))
        .Add("people.jsonl", Person("cs-walter", "Walter Munk", "cs-kommune", "public", ("cs-demens", 2)))
        .Add("people.jsonl", Person("cs-xenia", "Xenia Dahl", "cs-kultur", "public", ("cs-it", 2)))
        .Add("people.jsonl", Person("cs-yrsa", "Yrsa Borg", "cs-kommune", "public", ("cs-demens", 3)))
        .Add("networks.jsonl", new { key = "cs-net", name = "Demensnetværket", kind = "welfare", topics = new[] { "cs-komm" },
            members = new[] { new { person = "cs-ida", role = "member" }, new { person = "cs-rut", role = "facilitator" } } })
        .Add("networks.jsonl", new { key = "cs-gaest", name = "Gæsteforum", kind = "professional" })
        .Add("documents.jsonl", new { key = "cs-doc", title = "Demensvenlig kommune", kind = "report", date = "2026-03-01",
            text = "Sådan bliver kommunen demensvenlig.", authors = new[] { "cs-ida", "cs-sofus" } });

    private static object Person(string key, string name, string unit, string visibility, params (string Competence, int Level)[] held) =>
        new { key, name, unit, visibility, competences = held.Select(h => new { competence = h.Competence, level = h.Level }).ToArray() };

    /// <summary>Everyone opted in but Nils; Ida's team needs IT-sikkerhed; Ida met Tove at a meeting of a network neither is in.</summary>
    private async Task SeedAsync()
    {
        using var dataset = Organisation();
        await server.SeedAsync(dataset);
        await server.OptInAsync("cs-ida", "cs-jens", "cs-lars", "cs-mona", "cs-olga", "cs-per", "cs-pia", "cs-rut", "cs-sofus",
            "cs-tove", "cs-uffe", "cs-vera", "cs-walter", "cs-xenia", "cs-yrsa");
        await server.NeedAsync("cs-team", "cs-it", level: 3);
        await server.MeetingAsync("cs-mode", "cs-gaest", "cs-ida", "cs-tove");
    }

    private async Task<JsonElement> SuggestionsAsync(string personKey, int? first = 20) =>
        await server.QueryAsync(Query, new { first }, await server.TokenForAsync(personKey));

    private static List<JsonElement> Suggestions(JsonElement json)
    {
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. json.GetProperty("data").GetProperty("colleagueSuggestions").EnumerateArray()];
    }

    private static string KeyOf(JsonElement suggestion) => suggestion.GetProperty("person").GetProperty("key").GetString()!;

    [Fact]
    public async Task Suggests_only_unknown_colleagues_of_other_departments_who_opted_in_and_may_be_discovered()
    {
        await SeedAsync();

        var keys = Suggestions(await SuggestionsAsync("cs-ida")).Select(KeyOf).Order(StringComparer.Ordinal).ToList();

        // Lars is an organisation profile of Ida's own municipality; Pia a public one of another; Walter and Yrsa sit in the municipality itself.
        Assert.Equal(["cs-lars", "cs-mona", "cs-pia", "cs-uffe", "cs-vera", "cs-walter", "cs-yrsa"], keys);
        Assert.DoesNotContain("cs-jens", keys); // same department
        Assert.DoesNotContain("cs-rut", keys); // shares a network
        Assert.DoesNotContain("cs-sofus", keys); // co-authored a document
        Assert.DoesNotContain("cs-tove", keys); // met at a meeting
        Assert.DoesNotContain("cs-nils", keys); // did not opt in
        Assert.DoesNotContain("cs-olga", keys); // hidden
        Assert.DoesNotContain("cs-per", keys); // organisation profile of another municipality
        Assert.DoesNotContain("cs-xenia", keys); // holds what the team needs, but below a good level
    }

    [Fact]
    public async Task Each_reason_names_the_strongest_tie_in_Danish_with_where_the_colleague_works()
    {
        await SeedAsync();

        var byKey = Suggestions(await SuggestionsAsync("cs-ida")).ToDictionary(KeyOf);

        Assert.Equal("I arbejder begge med demens i hver jeres forvaltning (Børn og Unge).", byKey["cs-lars"].GetProperty("reason").GetString());
        Assert.Equal("I arbejder begge inden for sundhedsfremme i hver jeres forvaltning (Kultur og Borgerservice).", byKey["cs-mona"].GetProperty("reason").GetString());
        Assert.Equal("I arbejder begge med demens i hver jeres kommune (Ældre og Handicap, Odense Kommune).", byKey["cs-pia"].GetProperty("reason").GetString());
        Assert.Equal("Kan hjælpe med IT-sikkerhed, som din enhed har brug for (Kultur og Borgerservice).", byKey["cs-uffe"].GetProperty("reason").GetString());
        Assert.Equal("Kan hjælpe med kommunikation, som dit netværk Demensnetværket arbejder med (Kultur og Borgerservice).", byKey["cs-vera"].GetProperty("reason").GetString());
        Assert.Equal("I arbejder begge med demens i hver jeres forvaltning (Aarhus Kommune).", byKey["cs-walter"].GetProperty("reason").GetString());
        Assert.Equal("OVERLAP", byKey["cs-lars"].GetProperty("kind").GetString());
        Assert.Equal("COMPLEMENT", byKey["cs-uffe"].GetProperty("kind").GetString());
        Assert.Equal(3, byKey["cs-lars"].GetProperty("score").GetInt32());
        Assert.Equal(2, byKey["cs-vera"].GetProperty("score").GetInt32());
        Assert.Equal(1, byKey["cs-mona"].GetProperty("score").GetInt32());
        Assert.Equal("cs-motion", byKey["cs-mona"].GetProperty("competences")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task The_best_ties_come_first()
    {
        await SeedAsync();

        var scores = Suggestions(await SuggestionsAsync("cs-ida")).Select(s => s.GetProperty("score").GetInt32()).ToList();

        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(1, scores[^1]);
    }

    [Fact]
    public async Task Someone_sitting_in_the_municipality_itself_counts_by_it_and_meets_the_departments()
    {
        await SeedAsync();

        var keys = Suggestions(await SuggestionsAsync("cs-walter")).Select(KeyOf).ToList();

        Assert.Contains("cs-ida", keys);
        Assert.Contains("cs-jens", keys);
        Assert.DoesNotContain("cs-yrsa", keys); // also sits in the municipality itself: the same "department"
    }

    [Fact]
    public async Task A_caller_who_has_not_opted_in_is_told_to_opt_in_and_sees_nobody()
    {
        await SeedAsync();

        var json = await SuggestionsAsync("cs-nils");

        Assert.Equal("NOT_OPEN_TO_MEETING_COLLEAGUES", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task A_hidden_caller_could_never_be_suggested_in_turn_and_gets_no_suggestions_either()
    {
        await SeedAsync();

        var json = await SuggestionsAsync("cs-olga");

        Assert.Equal("NOT_OPEN_TO_MEETING_COLLEAGUES", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Anonymous_callers_are_asked_to_sign_in_and_an_admin_who_is_no_person_is_refused()
    {
        await SeedAsync();

        using var anonymous = await server.PostAsync(Query);
        var admin = await server.QueryAsync(Query, token: server.AdminToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var body = JsonDocument.Parse(await anonymous.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", admin.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, admin.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Three_by_default_and_at_most_twenty()
    {
        await SeedAsync();

        var byDefault = Suggestions(await server.QueryAsync("{ colleagueSuggestions { person { key } } }", token: await server.TokenForAsync("cs-ida")));
        var tooMany = await SuggestionsAsync("cs-ida", first: 21);

        Assert.Equal(3, byDefault.Count);
        Assert.Equal("BAD_PAGE_SIZE", tooMany.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_work_is_a_fixed_number_of_queries_however_many_are_suggested()
    {
        await SeedAsync();
        var token = await server.TokenForAsync("cs-ida");
        await server.QueryAsync(Query, new { first = 1 }, token);

        int one, seven;
        using (var counter = new SqlStatementCounter(server.DatabaseName))
        {
            Assert.Single(Suggestions(await server.QueryAsync(Query, new { first = 1 }, token)));
            one = counter.Statements.Count;
        }
        using (var counter = new SqlStatementCounter(server.DatabaseName))
        {
            Assert.Equal(7, Suggestions(await server.QueryAsync(Query, new { first = 7 }, token)).Count);
            seven = counter.Statements.Count;
        }

        Assert.Equal(one, seven);
    }
}
