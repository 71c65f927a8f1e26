using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Import;

/// <summary>What a re-import writes: the changed objects and their children, and nothing else.</summary>
public sealed class ImportChangeTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_re_import_of_the_same_files_writes_and_locks_no_row()
    {
        using var dataset = Organisation("same")
            .Add("documents.jsonl", new { key = "same-d1", title = "Referat", text = "Ældrepleje og rehabilitering.", authors = new[] { "same-a", "same-b" }, network = "same-n" });
        await server.ImportAsync(dataset);
        var before = await RowVersionsAsync("same");

        var (_, counts) = await server.ImportAsync(dataset);

        Assert.Equal(0, counts!.Total);
        Assert.Equal(0, counts.QueuedForIndex);
        // xmax moves when a row is locked: ON CONFLICT DO UPDATE locks each row it compares unless unchanged rows are left out first.
        Assert.Equal(before, await RowVersionsAsync("same"));
    }

    [Fact]
    public async Task A_changed_document_rewrites_that_document_only()
    {
        using var dataset = Organisation("chg")
            .Add("documents.jsonl", new { key = "chg-d1", title = "Referat", text = "Første udgave.", authors = new[] { "chg-a" } })
            .Add("documents.jsonl", new { key = "chg-d2", title = "Dagsorden", text = "Uændret.", authors = new[] { "chg-a", "chg-b" } });
        await server.ImportAsync(dataset);
        var before = await RowVersionsAsync("chg");

        dataset.Replace("documents.jsonl",
            new { key = "chg-d1", title = "Referat", text = "Anden udgave.", authors = new[] { "chg-a" } },
            new { key = "chg-d2", title = "Dagsorden", text = "Uændret.", authors = new[] { "chg-a", "chg-b" } });
        var (_, counts) = await server.ImportAsync(dataset);

        Assert.Equal(1, counts!.Total);
        Assert.Equal(["chg-d1"], counts.Changed!.Documents);
        Assert.Empty(counts.Changed.People);
        var after = await RowVersionsAsync("chg");
        Assert.Equal(["documents chg-d1"], after.Except(before).Select(r => r.Split(' ')[0] + " " + r.Split(' ')[1]));
        Assert.Equal("Anden udgave.", await ScalarAsync<string>("SELECT text FROM documents WHERE key = 'chg-d1'"));
    }

    [Fact]
    public async Task Removed_children_disappear_and_the_others_stay_untouched()
    {
        using var dataset = Organisation("kid", aCompetences: ["kid-k1", "kid-k2"], aNetworks: true)
            .Add("documents.jsonl", new { key = "kid-d1", title = "Notat", text = "Et.", authors = new[] { "kid-a", "kid-b" } })
            .Add("documents.jsonl", new { key = "kid-d2", title = "Notat", text = "To.", authors = new[] { "kid-a", "kid-b" } });
        await server.ImportAsync(dataset);
        var before = await RowVersionsAsync("kid");

        // kid-a loses competence kid-k1, leaves network kid-n and is no longer an author of kid-d1.
        dataset.Replace("people.jsonl",
            Person("kid-a", ["kid-k2"]),
            Person("kid-b", ["kid-k1", "kid-k2"]));
        dataset.Replace("networks.jsonl",
            new { key = "kid-n", name = "Netværk", kind = "learning", members = new[] { new { person = "kid-b" } } },
            new { key = "kid-m", name = "Andet netværk", kind = "learning", members = new[] { new { person = "kid-a" }, new { person = "kid-b" } } });
        dataset.Replace("documents.jsonl",
            new { key = "kid-d1", title = "Notat", text = "Et.", authors = new[] { "kid-b" } },
            new { key = "kid-d2", title = "Notat", text = "To.", authors = new[] { "kid-a", "kid-b" } });
        var (_, counts) = await server.ImportAsync(dataset);

        Assert.Equal(
            ["kid-a kid-k2", "kid-b kid-k1", "kid-b kid-k2"],
            await KeysAsync("SELECT p.key || ' ' || c.key FROM person_competences pc JOIN people p ON p.id = pc.person_id JOIN competences c ON c.id = pc.competence_id WHERE p.key LIKE 'kid-%'"));
        Assert.Equal(
            ["kid-m kid-a", "kid-m kid-b", "kid-n kid-b"],
            await KeysAsync("SELECT n.key || ' ' || p.key FROM memberships m JOIN networks n ON n.id = m.network_id JOIN people p ON p.id = m.person_id WHERE n.key LIKE 'kid-%'"));
        Assert.Equal(
            ["kid-d1 kid-b 0", "kid-d2 kid-a 0", "kid-d2 kid-b 1"],
            await KeysAsync("SELECT d.key || ' ' || p.key || ' ' || a.position FROM authorships a JOIN documents d ON d.id = a.document_id JOIN people p ON p.id = a.person_id WHERE d.key LIKE 'kid-%'"));
        Assert.Equal(["kid-d1"], counts!.Changed!.Documents);
        Assert.Equal(["kid-a"], counts.Changed.People);
        // Every child row that stayed is the very row it was (only kid-d1's remaining author moved to position 0).
        var rewritten = (await RowVersionsAsync("kid")).Except(before).Select(r => string.Join(' ', r.Split(' ')[..^2])).Order();
        Assert.Equal(["authorships kid-d1 kid-b"], rewritten);
    }

    private static TestDataset Organisation(string prefix, string[]? aCompetences = null, bool aNetworks = false)
    {
        var dataset = TestDataset.WithOrganisation(prefix)
            .Add("competences.jsonl", new { key = prefix + "-k1", name = "Rehabilitering" })
            .Add("competences.jsonl", new { key = prefix + "-k2", name = "Velfærdsteknologi" })
            .Add("people.jsonl", Person(prefix + "-a", aCompetences ?? [prefix + "-k1"], prefix))
            .Add("people.jsonl", Person(prefix + "-b", [prefix + "-k1", prefix + "-k2"], prefix))
            .Add("networks.jsonl", new
            {
                key = prefix + "-n", name = "Netværk", kind = "learning",
                members = new[] { new { person = prefix + "-a" }, new { person = prefix + "-b" } },
            });
        if (aNetworks)
        {
            dataset.Add("networks.jsonl", new
            {
                key = prefix + "-m", name = "Andet netværk", kind = "learning",
                members = new[] { new { person = prefix + "-a" }, new { person = prefix + "-b" } },
            });
        }
        return dataset;
    }

    private static object Person(string key, string[] competences, string? prefix = null) => new
    {
        key,
        name = key,
        unit = (prefix ?? key.Split('-')[0]) + "-afd",
        competences = competences.Select(c => new { competence = c, level = 3 }).ToArray(),
    };

    /// <summary>"table keys xmin xmax" for every row of the prefix's objects and their children.</summary>
    private async Task<HashSet<string>> RowVersionsAsync(string prefix) => [.. await KeysAsync($"""
        SELECT 'documents ' || key || ' ' || xmin || ' ' || xmax FROM documents WHERE key LIKE '{prefix}-%'
        UNION ALL SELECT 'people ' || key || ' ' || xmin || ' ' || xmax FROM people WHERE key LIKE '{prefix}-%'
        UNION ALL SELECT 'networks ' || key || ' ' || xmin || ' ' || xmax FROM networks WHERE key LIKE '{prefix}-%'
        UNION ALL SELECT 'authorships ' || d.key || ' ' || p.key || ' ' || a.xmin || ' ' || a.xmax
            FROM authorships a JOIN documents d ON d.id = a.document_id JOIN people p ON p.id = a.person_id WHERE d.key LIKE '{prefix}-%'
        UNION ALL SELECT 'person_competences ' || p.key || ' ' || c.key || ' ' || pc.xmin || ' ' || pc.xmax
            FROM person_competences pc JOIN people p ON p.id = pc.person_id JOIN competences c ON c.id = pc.competence_id WHERE p.key LIKE '{prefix}-%'
        UNION ALL SELECT 'memberships ' || n.key || ' ' || p.key || ' ' || m.xmin || ' ' || m.xmax
            FROM memberships m JOIN networks n ON n.id = m.network_id JOIN people p ON p.id = m.person_id WHERE n.key LIKE '{prefix}-%'
        """)];

    private async Task<List<string>> KeysAsync(string sql)
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
