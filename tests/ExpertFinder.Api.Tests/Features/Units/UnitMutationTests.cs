using ExpertFinder.Api.Tests.Http;
using Snapshooter.Xunit3;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.Units;

public sealed class UnitMutationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Create = $"mutation($input: CreateUnitInput!) {{ createUnit(input: $input) {{ unit {{ key name kind parent {{ key }} }} {Errors} }} }}";
    private const string Update = $"mutation($input: UpdateUnitInput!) {{ updateUnit(input: $input) {{ unit {{ key name kind parent {{ key }} }} {Errors} }} }}";
    private const string Delete = $"mutation($input: DeleteUnitInput!) {{ deleteUnit(input: $input) {{ deletedId unit {{ key }} {Errors} }} }}";

    [Fact]
    public async Task Created_units_get_keys_from_their_names_spelled_in_ASCII()
    {
        using var dataset = TestDataset.WithOrganisation("slug")
            .Add("people.jsonl", new { key = "slug-p", name = "P", unit = "slug-afd" });
        await server.SeedAsync(dataset);

        var first = await server.MutateAsync(Create, new { name = "  Børn og Unge, Ældre & Sundhed ", kind = "OFFICE", parentId = Id("Unit", "slug-afd") });
        var second = await server.MutateAsync(Create, new { name = "Børn og Unge – Ældre & Sundhed!", kind = "OFFICE", parentId = Id("Unit", "slug-afd") });
        var chosen = await server.MutateAsync(Create, new { key = "slug-team", name = "Café Å", kind = "TEAM", parentId = Id("Unit", "slug-afd") });

        Snapshot.Match(Pretty(first, second, chosen));
    }

    [Fact]
    public async Task A_unit_kind_must_sit_below_its_parents_kind()
    {
        using var dataset = TestDataset.WithOrganisation("kind")
            .Add("units.jsonl", new { key = "kind-team", name = "Team", kind = "team", parent = "kind-afd" })
            .Add("people.jsonl", new { key = "kind-p", name = "P", unit = "kind-afd" });
        await server.SeedAsync(dataset);
        var before = await server.CountAsync("units");

        var underTeam = await server.MutateAsync(Create, new { name = "Kontor", kind = "OFFICE", parentId = Id("Unit", "kind-team") });
        var municipalityWithParent = await server.MutateAsync(Create, new { name = "Kommune", kind = "MUNICIPALITY", parentId = Id("Unit", "kind-kommune") });
        var teamInDepartment = await server.MutateAsync(Create, new { name = "Nyt team", kind = "TEAM", parentId = Id("Unit", "kind-afd") });

        Assert.Equal([("ValidationError", "KIND_MISMATCH", "input.parentId")], ErrorsOf(underTeam));
        Assert.Equal([("ValidationError", "KIND_MISMATCH", "input.parentId")], ErrorsOf(municipalityWithParent));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, underTeam.GetProperty("unit").ValueKind);
        AssertSucceeded(teamInDepartment);
        Assert.Equal(before + 1, await server.CountAsync("units"));
    }

    [Fact]
    public async Task Moving_a_unit_below_itself_is_a_cycle_and_a_real_move_reaches_search()
    {
        using var dataset = TestDataset.WithOrganisation("move")
            .Add("units.jsonl", new { key = "move-afd2", name = "Kultur og Borgerservice", kind = "department", parent = "move-kommune" })
            .Add("units.jsonl", new { key = "move-kontor", name = "Kontor", kind = "office", parent = "move-afd" })
            .Add("people.jsonl", new { key = "move-p", name = "Pia", unit = "move-kontor", bio = "Borgerrådgivning" });
        await server.SeedAsync(dataset);

        var cycle = await server.MutateAsync(Update, new { id = Id("Unit", "move-afd"), parentId = Id("Unit", "move-kontor") });
        var moved = await server.MutateAsync(Update, new { id = Id("Unit", "move-kontor"), parentId = Id("Unit", "move-afd2"), name = "Borgerkontoret" });

        Assert.Equal([("CycleError", "CYCLE", "input.parentId")], ErrorsOf(cycle));
        Assert.Equal("""{"key":"move-kontor","name":"Borgerkontoret","kind":"OFFICE","parent":{"key":"move-afd2"}}""", moved.GetProperty("unit").GetRawText());
        // The person's unit path is in the index: filtering by the new department finds her at once.
        var json = await server.QueryAsync("""{ experts(query: "borgerrådgivning", filter: { departments: ["move-afd2"] }) { edges { node { person { key } } } } }""");
        Assert.Equal("""{"experts":{"edges":[{"node":{"person":{"key":"move-p"}}}]}}""", json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_unit_still_in_use_is_not_deleted_and_a_free_one_is()
    {
        using var dataset = TestDataset.WithOrganisation("del")
            .Add("units.jsonl", new { key = "del-tom", name = "Tom afdeling", kind = "department", parent = "del-kommune" })
            .Add("people.jsonl", new { key = "del-p", name = "P", unit = "del-afd" });
        await server.SeedAsync(dataset);

        var inUse = await server.MutateAsync(Delete, new { id = Id("Unit", "del-kommune") });
        var withPeople = await server.MutateAsync(Delete, new { id = Id("Unit", "del-afd") });
        var free = await server.MutateAsync(Delete, new { id = Id("Unit", "del-tom") });

        Snapshot.Match(Pretty(inUse, withPeople, free));
        var json = await server.QueryAsync("""{ unit(key: "del-tom") { key } }""");
        Assert.Equal("""{"unit":null}""", json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Ids_that_name_nothing_and_taken_keys_are_reported_in_the_payload()
    {
        using var dataset = TestDataset.WithOrganisation("ref")
            .Add("people.jsonl", new { key = "ref-p", name = "P", unit = "ref-afd" });
        await server.SeedAsync(dataset);

        var payload = await server.MutateAsync(Create, new { key = "ref-afd", name = " ", kind = "OFFICE", parentId = Id("Person", "ref-afd") });
        var garbage = await server.MutateAsync(Update, new { id = "not an id" });

        Assert.Equal(
            [("ValidationError", "REQUIRED", "input.name"), ("NotFoundError", "NOT_FOUND", "input.parentId"), ("ConflictError", "KEY_TAKEN", "input.key")],
            ErrorsOf(payload));
        Assert.Equal([("NotFoundError", "NOT_FOUND", "input.id")], ErrorsOf(garbage));
    }
}
