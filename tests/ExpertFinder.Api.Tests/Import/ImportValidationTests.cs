using ExpertFinder.Api.Import;
using Snapshooter.Xunit3;

namespace ExpertFinder.Api.Tests.Import;

public sealed class ImportValidationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_dataset_with_errors_is_rejected_whole_with_every_error_and_nothing_is_written()
    {
        using var valid = TestDataset.WithOrganisation("val")
            .Add("people.jsonl", new { key = "val-anne", name = "Anne", unit = "val-afd" });
        await server.ImportAsync(valid);
        var before = await CountAllAsync();

        using var dataset = TestDataset.WithOrganisation("bad")
            .Add("units.jsonl", new { key = "bad-team", name = "Team", kind = "squad", parent = "bad-afd" })
            .Add("units.jsonl", new { key = "bad-afd", name = "Dublet", kind = "office" })
            .Add("competences.jsonl", new { key = "bad-c", name = "Jura", synonyms = new object[] { "ret", 7 } })
            .Add("people.jsonl", new { key = "bad-ok", name = "Bo", unit = "bad-afd" })
            .Raw("people.jsonl", "{\"key\": \"bad-broken\", \"name\": ")
            .Add("people.jsonl", new { key = "bad-noname", unit = "bad-afd" })
            .Add("people.jsonl", new { key = "bad-level", name = "Cille", unit = "bad-afd", competences = new[] { new { competence = "bad-c", level = 7 } } })
            .Add("people.jsonl", new { key = "bad-unit", name = "Dan", unit = "nowhere", visibility = "secret" })
            .Add("networks.jsonl", new { key = "bad-n", name = "Netværk", kind = "learning", started = "2024-13-01", members = new[] { new { person = "ghost" } } })
            .Add("documents.jsonl", new { key = "bad-d", title = "Referat", kind = "minutes", authors = new[] { "bad-ok" } });

        var (summary, counts) = await server.ImportAsync(dataset);

        Assert.Null(counts);
        Snapshot.Match(summary.Errors.Select(e => e.ToString()).ToList());
        Assert.Equal(before, await CountAllAsync());
    }

    [Fact]
    public async Task A_dataset_without_people_is_rejected()
    {
        using var dataset = TestDataset.WithOrganisation("nopeople");

        var (summary, counts) = await server.ImportAsync(dataset);

        Assert.Null(counts);
        Assert.Equal(["people.jsonl:0: the file is required but missing"], summary.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task A_parent_cycle_is_rejected()
    {
        using var dataset = new TestDataset()
            .Add("units.jsonl", new { key = "cyc-a", name = "A", kind = "office", parent = "cyc-b" })
            .Add("units.jsonl", new { key = "cyc-b", name = "B", kind = "office", parent = "cyc-a" })
            .Add("people.jsonl", new { key = "cyc-p", name = "P", unit = "cyc-a" });

        var (summary, _) = await server.ImportAsync(dataset);

        Assert.Contains("units.jsonl:1: 'parent' makes a cycle: cyc-a is its own ancestor", summary.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task References_may_point_to_what_the_database_already_holds()
    {
        using var organisation = TestDataset.WithOrganisation("ref")
            .Add("people.jsonl", new { key = "ref-anne", name = "Anne", unit = "ref-afd" });
        await server.ImportAsync(organisation);
        using var later = new TestDataset()
            .Add("people.jsonl", new { key = "ref-bo", name = "Bo", unit = "ref-afd" })
            .Add("documents.jsonl", new { key = "ref-d", title = "Notat", text = "Tekst", authors = new[] { "ref-anne", "ref-bo" } });

        var (summary, counts) = await server.ImportAsync(later);

        Assert.Empty(summary.Errors);
        Assert.NotNull(counts);
    }

    [Fact]
    public async Task The_import_command_prints_file_and_line_and_exits_1()
    {
        using var dataset = new TestDataset().Add("people.jsonl", new { key = "cmd-p", name = "P", unit = "cmd-missing" });
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await DatasetImport.RunCommandAsync(server.Services, dataset.Directory, output, errors, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("people.jsonl:1: 'unit' refers to 'cmd-missing', which is neither in units.jsonl nor in the database", errors.ToString());
    }

    [Fact]
    public async Task A_multi_megabyte_line_without_a_newline_rejects_the_dataset_with_file_and_line_and_writes_nothing()
    {
        var before = await CountAllAsync();
        using var dataset = TestDataset.WithOrganisation("long")
            .Add("people.jsonl", new { key = "long-anne", name = "Anne", unit = "long-afd" });
        File.AppendAllText(Path.Combine(dataset.Directory, "people.jsonl"), "{\"key\": \"long-bo\", \"bio\": \"" + new string('x', 12 * 1024 * 1024));

        var (summary, counts) = await server.ImportAsync(dataset);

        Assert.Null(counts);
        Assert.Equal([$"people.jsonl:2: the line is longer than {JsonLines.MaxLineBytes} bytes"], summary.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await CountAllAsync());
    }

    private async Task<long[]> CountAllAsync() =>
    [
        await server.CountAsync("units"), await server.CountAsync("competences"), await server.CountAsync("people"),
        await server.CountAsync("networks"), await server.CountAsync("documents"), await server.CountAsync("person_competences"),
    ];
}
