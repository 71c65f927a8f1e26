using ExpertFinder.Api.Tests.Http;

namespace ExpertFinder.Api.Tests.Security.Audit;

public sealed class ImportAuditTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task An_import_is_recorded_with_the_files_it_read_and_a_rejected_one_is_not()
    {
        using var valid = TestDataset.WithOrganisation("imp").Add("people.jsonl", new { key = "imp-anna", name = "Anna", unit = "imp-afd" });
        using var invalid = TestDataset.WithOrganisation("imp-bad").Add("people.jsonl", new { key = "imp-bad-bo", name = "Bo", unit = "nowhere" });

        await server.SeedAsync(valid);
        var (summary, _) = await server.ImportAsync(invalid);

        Assert.False(summary.IsValid);
        var entry = Assert.Single(await server.OfOperationAsync("import"));
        Assert.Equal(("command-line", null, null, null), (entry.Actor, entry.ActorMunicipality, entry.EntityType, entry.EntityKey));
        Assert.Equal(["units.jsonl", "people.jsonl"], entry.Fields);
    }
}
