using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;
using static ExpertFinder.Api.Tests.Security.Auth.PermissionMutations;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>A profile is its person's to write, except where they work and the roles they hold, which are the organisation's.</summary>
[Collection(SharedServer.Name)]
public sealed class ProfilePermissionTests(ServerFixture server)
{
    [Fact]
    public async Task An_employee_cannot_update_another_persons_profile_and_nothing_is_written()
    {
        await server.SeedOrganisationAsync("pp1");
        var audited = await server.CountAsync("audit_log");

        var answer = await server.MutateAsync(await server.AsAsync("pp1-bo"), UpdatePerson, new { id = Person("pp1-anna"), bio = "Skrevet af Bo." });

        AssertForbiddenByPermissions(answer);
        Assert.Equal("Anna om sig selv.", (await server.ReadAsync("""{ person(key: "pp1-anna") { bio } }""")).GetProperty("person").GetProperty("bio").GetString());
        Assert.Equal(audited, await server.CountAsync("audit_log"));
    }

    [Fact]
    public async Task An_employee_updates_their_own_profile()
    {
        await server.SeedOrganisationAsync("pp2");

        var payload = PermissionOrganisation.Succeeded(
            await server.MutateAsync(await server.AsAsync("pp2-bo"), UpdatePerson, new { id = Person("pp2-bo"), bio = "Bo om sig selv." }), "updatePerson");

        Assert.Equal("Bo om sig selv.", payload.GetProperty("person").GetProperty("bio").GetString());
    }

    [Theory]
    [InlineData("unitId")]
    [InlineData("roles")]
    public async Task An_employee_cannot_move_themself_to_another_unit_or_give_themself_roles(string field)
    {
        await server.SeedOrganisationAsync("pp3");
        var audited = await server.CountAsync("audit_log");
        var input = new Dictionary<string, object?>
        {
            ["id"] = Person("pp3-bo"),
            [field] = field == "unitId" ? Unit("pp3-a-tek") : new[] { "MANAGER" },
        };

        var answer = await server.MutateAsync(await server.AsAsync("pp3-bo"), UpdatePerson, input);

        AssertForbiddenByPermissions(answer);
        var bo = (await server.ReadAsync("""{ person(key: "pp3-bo") { roles unit { key } } }""")).GetProperty("person");
        Assert.Equal("""{"roles":[],"unit":{"key":"pp3-a-pleje"}}""", bo.GetRawText());
        Assert.Equal(audited, await server.CountAsync("audit_log"));
    }

    [Fact]
    public async Task An_admin_of_the_municipality_moves_a_person_and_gives_them_roles()
    {
        await server.SeedOrganisationAsync("pp4");

        var payload = PermissionOrganisation.Succeeded(await server.MutateAsync(await server.AsAsync("pp4-admin", ExpertFinder.Api.Security.Auth.Role.Admin), UpdatePerson,
            new { id = Person("pp4-bo"), unitId = Unit("pp4-a-tek"), roles = new[] { "MENTOR" } }), "updatePerson");

        Assert.Equal("""{"key":"pp4-bo","bio":null,"roles":["MENTOR"],"unit":{"key":"pp4-a-tek"}}""", payload.GetProperty("person").GetRawText());
    }
}
