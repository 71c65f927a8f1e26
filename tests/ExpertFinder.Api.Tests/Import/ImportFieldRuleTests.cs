using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Import;

/// <summary>
/// The import keeps the field rules the mutations keep: what a mutation refuses, a dataset may not bring in either,
/// and the dataset is refused whole with the same reason after its file and line.
/// </summary>
public sealed class ImportFieldRuleTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string UpdatePerson = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ person {{ key }} {Errors} }} }}";

    public static TheoryData<string, string, string, string> PersonValues => new()
    {
        { "rule-mail", "email", "ikke en adresse", "is not an e-mail address" },
        { "rule-tld", "email", "anne@aarhus", "is not an e-mail address" },
        { "rule-phone", "phone", "ring til mig", "may hold only digits, spaces, +, -, ( and )" },
        { "rule-name", "name", new string('n', 201), "must be at most 200 characters" },
        { "rule-title", "title", new string('t', 201), "must be at most 200 characters" },
        { "rule-location", "location", new string('l', 201), "must be at most 200 characters" },
        { "rule-bio", "bio", new string('b', 10_001), "must be at most 10000 characters" },
    };

    [Theory]
    [MemberData(nameof(PersonValues))]
    public async Task A_value_a_mutation_refuses_is_refused_by_the_import_with_the_same_reason_and_changes_nothing(string prefix, string field, string value, string reason)
    {
        var key = prefix + "-p";
        using var organisation = TestDataset.WithOrganisation(prefix)
            .Add("people.jsonl", new { key, name = "Anne", unit = prefix + "-afd", email = "anne@aarhus.dk", phone = "+45 12 34 56 78" });
        await server.SeedAsync(organisation);
        var before = await PersonRowAsync(key);
        using var dataset = new TestDataset()
            .Add("people.jsonl", new Dictionary<string, object> { ["key"] = key, ["name"] = "Anne", ["unit"] = prefix + "-afd", [field] = value });

        var (summary, counts) = await server.ImportAsync(dataset);
        var mutation = await server.MutateAsync(UpdatePerson, new Dictionary<string, object?> { ["id"] = Id("Person", key), [field] = value });

        Assert.Null(counts);
        Assert.Equal([$"people.jsonl:1: '{field}' {reason}"], summary.Errors.Select(e => e.ToString()));
        Assert.Equal([$"'{field}' {reason}"], mutation.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        Assert.Equal(before, await PersonRowAsync(key));
    }

    [Fact]
    public async Task Names_long_texts_synonyms_languages_and_months_keep_the_mutations_rules_in_every_file()
    {
        using var dataset = TestDataset.WithOrganisation("len")
            .Add("units.jsonl", new { key = "len-team", name = new string('u', 201), kind = "team", parent = "len-afd" })
            .Add("competences.jsonl", new { key = "len-c", name = new string('c', 201), description = new string('d', 10_001), synonyms = new[] { "ok", new string('s', 201) } })
            .Add("people.jsonl", new
            {
                key = "len-p", name = "Per", unit = "len-afd", languages = new[] { "da", "DA", "dansk" },
                competences = new[] { new { competence = "len-c", level = 3, since = "2024-13" } },
            })
            .Add("proposals.jsonl", new { key = "len-tp", title = new string('p', 201), kind = "learning", proposer = "len-p", submitted = "2026-04-01" })
            .Add("networks.jsonl", new { key = "len-n", name = new string('n', 201), kind = "learning", description = new string('d', 10_001) })
            .Add("documents.jsonl", new { key = "len-d", title = new string('t', 201), text = "Tekst", language = "english" })
            .Add("meetings.jsonl", new { key = "len-m", network = "len-n", title = new string('m', 201), date = "2026-04-01" });
        var before = await CountAllAsync();

        var (summary, counts) = await server.ImportAsync(dataset);

        Assert.Null(counts);
        Assert.Equal(
        [
            "units.jsonl:3: 'name' must be at most 200 characters",
            "competences.jsonl:1: 'name' must be at most 200 characters",
            "competences.jsonl:1: 'synonyms[1]' must be at most 200 characters",
            "competences.jsonl:1: 'description' must be at most 10000 characters",
            "people.jsonl:1: 'languages[1]' must be a two-letter ISO 639-1 code such as da or en",
            "people.jsonl:1: 'languages[2]' must be at most 2 characters",
            "people.jsonl:1: 'competences[0].since' must be a month written YYYY-MM, not '2024-13'",
            "proposals.jsonl:1: 'title' must be at most 200 characters",
            "networks.jsonl:1: 'name' must be at most 200 characters",
            "networks.jsonl:1: 'description' must be at most 10000 characters",
            "documents.jsonl:1: 'title' must be at most 200 characters",
            "documents.jsonl:1: 'language' must be at most 2 characters",
            "meetings.jsonl:1: 'title' must be at most 200 characters",
        ], summary.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await CountAllAsync());
    }

    [Fact]
    public async Task Values_at_the_limits_the_mutations_allow_are_imported()
    {
        var email = new string('a', 64) + "@" + new string('b', 254 - 64 - 1 - 3) + ".dk";
        using var dataset = TestDataset.WithOrganisation("edge")
            .Add("people.jsonl", new
            {
                key = "edge-p", name = new string('n', 200), title = new string('t', 200), unit = "edge-afd", email, phone = "+45 (0) 8940-2000",
                location = new string('l', 200), bio = new string('b', 10_000), languages = new[] { "da", "en" },
            });

        var (summary, counts) = await server.ImportAsync(dataset);

        Assert.Empty(summary.Errors);
        Assert.NotNull(counts);
        Assert.Equal(email, (await PersonRowAsync("edge-p"))[2]);
    }

    /// <summary>The person's row as stored, its row version (xmin) included, so that any write shows.</summary>
    private async Task<string?[]> PersonRowAsync(string key)
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(
            "SELECT xmin::text, name, email, phone, title, location, bio FROM people WHERE key = $1");
        command.Parameters.AddWithValue(key);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no person {key}");
        return Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToArray();
    }

    private async Task<long[]> CountAllAsync() =>
    [
        await server.CountAsync("units"), await server.CountAsync("competences"), await server.CountAsync("people"), await server.CountAsync("theme_proposals"),
        await server.CountAsync("networks"), await server.CountAsync("documents"), await server.CountAsync("meetings"),
    ];
}
