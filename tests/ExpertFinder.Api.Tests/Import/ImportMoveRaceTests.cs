using System.Text.Json;
using ExpertFinder.Api.Import;
using ExpertFinder.Api.Tests.Http;
using ExpertFinder.Api.Tests.Writes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Import;

/// <summary>
/// An import that places a node below another while a move places the other below the first. The import checks its
/// parents against the tree before it writes, so a move made in between could close a loop with them. The tests hold
/// the two nodes' rows still (see <see cref="HeldWrites"/>) so that one side has checked and waits to write while the
/// other starts; either way round, one of them must not happen.
/// </summary>
public sealed class ImportMoveRaceTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string UpdateUnit = $"mutation($input: UpdateUnitInput!) {{ updateUnit(input: $input) {{ unit {{ key }} {Errors} }} }}";
    private const string UpdateCompetence = $"mutation($input: UpdateCompetenceInput!) {{ updateCompetence(input: $input) {{ competence {{ key }} {Errors} }} }}";

    /// <summary>A department A and an office B side by side in the municipality: B may go below A.</summary>
    private async Task<TestDataset> UnitsSideBySideAsync(string prefix)
    {
        var dataset = TestDataset.WithOrganisation(prefix)
            .Add("units.jsonl", new { key = prefix + "-a", name = "Afdeling A", kind = "department", parent = prefix + "-kommune" })
            .Add("units.jsonl", new { key = prefix + "-b", name = "Kontor B", kind = "office", parent = prefix + "-kommune" })
            .Add("people.jsonl", new { key = prefix + "-p", name = "Pia", unit = prefix + "-afd" });
        await server.SeedAsync(dataset);
        // The next import renames A and places it below B, which it finds in the database (the import's kind rule allows it).
        dataset.Replace("units.jsonl", new { key = prefix + "-a", name = "Afdeling A omdøbt", kind = "department", parent = prefix + "-b" });
        dataset.Replace("people.jsonl", new { key = prefix + "-p", name = "Pia", unit = prefix + "-afd" });
        return dataset;
    }

    private Task<(DatasetSummary Summary, ImportCounts? Counts)> ImportAsync(TestDataset dataset) =>
        Task.Run(() => new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>()).RunAsync(dataset.Directory, null, CancellationToken.None));

    private Task<JsonElement> MoveUnitAsync(string unit, string below) =>
        server.MutateAsync(UpdateUnit, new { id = Id("Unit", unit), parentId = Id("Unit", below) });

    [Fact]
    public async Task An_import_that_would_close_a_loop_with_a_move_made_while_it_ran_writes_nothing()
    {
        using var dataset = await UnitsSideBySideAsync("late");

        await using var held = await HeldWrites.OnRowsAsync(server, "units", "late-a", "late-b");
        var move = MoveUnitAsync("late-b", below: "late-a");
        await held.UntilWaitingAsync(sessions: 1);
        var import = ImportAsync(dataset);
        await held.UntilWaitingAsync(sessions: 2);
        await held.ReleaseAsync();
        var moved = await move;
        var (summary, counts) = await import;

        Assert.Empty(await server.KeysInLoopsAsync("units", "late-"));
        AssertSucceeded(moved);
        Assert.Null(counts);
        Assert.Equal(["units.jsonl:0: 'parent' makes a cycle with a move made while the import ran: late-a is its own ancestor"],
            summary.Errors.Select(e => e.ToString()));
        Assert.Equal(("Afdeling A", "late-kommune"), await NameAndParentAsync("units", "late-a"));
    }

    [Fact]
    public async Task A_move_sent_while_an_import_writes_waits_for_it_and_sees_its_parents()
    {
        using var dataset = await UnitsSideBySideAsync("early");

        await using var held = await HeldWrites.OnRowsAsync(server, "units", "early-a", "early-b");
        var import = ImportAsync(dataset);
        await held.UntilWaitingAsync(sessions: 1);
        var move = MoveUnitAsync("early-b", below: "early-a");
        await held.UntilWaitingAsync(sessions: 2);
        await held.ReleaseAsync();
        var (summary, _) = await import;
        var refused = await move;

        Assert.Empty(await server.KeysInLoopsAsync("units", "early-"));
        Assert.True(summary.IsValid, string.Join("\n", summary.Errors));
        Assert.Equal([("CycleError", "CYCLE", "input.parentId")], ErrorsOf(refused));
        Assert.Equal(("Afdeling A omdøbt", "early-b"), await NameAndParentAsync("units", "early-a"));
    }

    [Fact]
    public async Task The_competence_taxonomy_is_kept_free_of_loops_the_same_way()
    {
        using var dataset = TestDataset.WithOrganisation("tax")
            .Add("competences.jsonl", new { key = "tax-a", name = "Jura" })
            .Add("competences.jsonl", new { key = "tax-b", name = "Forvaltningsret" })
            .Add("people.jsonl", new { key = "tax-p", name = "Pia", unit = "tax-afd" });
        await server.SeedAsync(dataset);
        dataset.Replace("competences.jsonl", new { key = "tax-a", name = "Jura og ret", parent = "tax-b" });

        await using var held = await HeldWrites.OnRowsAsync(server, "competences", "tax-a", "tax-b");
        var move = server.MutateAsync(UpdateCompetence, new { id = Id("Competence", "tax-b"), parentId = Id("Competence", "tax-a") });
        await held.UntilWaitingAsync(sessions: 1);
        var import = ImportAsync(dataset);
        await held.UntilWaitingAsync(sessions: 2);
        await held.ReleaseAsync();
        var moved = await move;
        var (summary, counts) = await import;

        Assert.Empty(await server.KeysInLoopsAsync("competences", "tax-"));
        AssertSucceeded(moved);
        Assert.Null(counts);
        Assert.Equal(["competences.jsonl:0: 'parent' makes a cycle with a move made while the import ran: tax-a is its own ancestor"],
            summary.Errors.Select(e => e.ToString()));
        Assert.Equal(("Jura", null), await NameAndParentAsync("competences", "tax-a"));
    }

    /// <summary>A unit's or a competence's name and its parent's key, as the database has them.</summary>
    private async Task<(string Name, string? Parent)> NameAndParentAsync(string table, string key)
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(
            $"SELECT t.name, p.key FROM {table} t LEFT JOIN {table} p ON p.id = t.parent_id WHERE t.key = @key");
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}
