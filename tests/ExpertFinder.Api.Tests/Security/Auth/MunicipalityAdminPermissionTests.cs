using ExpertFinder.Api.Security.Auth;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;
using static ExpertFinder.Api.Tests.Security.Auth.PermissionMutations;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>An admin of a municipality administers that municipality; a deployment admin every one.</summary>
[Collection(SharedServer.Name)]
public sealed class MunicipalityAdminPermissionTests(ServerFixture server)
{
    [Fact]
    public async Task A_municipality_admin_adds_people_to_their_own_municipality_only_and_a_deployment_admin_anywhere()
    {
        await server.SeedOrganisationAsync("ma1");
        var admin = await server.AsAsync("ma1-admin", Role.Admin);
        var people = await server.CountAsync("people");

        var elsewhere = await server.MutateAsync(admin, CreatePerson, new { key = "ma1-new-b", name = "Ny i B", unitId = Unit("ma1-b-afd") });
        Assert.Equal(people, await server.CountAsync("people"));
        var own = await server.MutateAsync(admin, CreatePerson, new { key = "ma1-new-a", name = "Ny i A", unitId = Unit("ma1-a-tek") });
        var byDeploymentAdmin = await server.MutateAsync(Bearer(server.AdminToken), CreatePerson, new { key = "ma1-new-b", name = "Ny i B", unitId = Unit("ma1-b-afd") });

        AssertForbiddenByPermissions(elsewhere);
        PermissionOrganisation.Succeeded(own, "createPerson");
        Assert.Equal("""{"key":"ma1-new-b","unit":{"key":"ma1-b-afd"}}""", PermissionOrganisation.Succeeded(byDeploymentAdmin, "createPerson").GetProperty("person").GetRawText());
    }

    [Fact]
    public async Task A_municipality_admin_cannot_delete_a_unit_of_another_municipality_and_a_deployment_admin_can()
    {
        await server.SeedOrganisationAsync("ma2");
        var units = await server.CountAsync("units");

        var byMunicipalAdmin = await server.MutateAsync(await server.AsAsync("ma2-admin", Role.Admin), DeleteUnit, new { id = Unit("ma2-b-tom") });
        Assert.Equal(units, await server.CountAsync("units"));
        var byDeploymentAdmin = await server.MutateAsync(Bearer(server.AdminToken), DeleteUnit, new { id = Unit("ma2-b-tom") });

        AssertForbiddenByPermissions(byMunicipalAdmin);
        Assert.Equal(Unit("ma2-b-tom"), PermissionOrganisation.Succeeded(byDeploymentAdmin, "deleteUnit").GetProperty("deletedId").GetString());
        Assert.Equal(units - 1, await server.CountAsync("units"));
    }

    [Fact]
    public async Task The_admin_role_in_a_token_of_someone_who_is_no_person_administers_nothing()
    {
        await server.SeedOrganisationAsync("ma3");

        // An admin is an admin of the municipality they work in; a token naming nobody in the data has none.
        var answer = await server.MutateAsync(Bearer(await server.Provider.AccessTokenAsync("ma3-nobody", roles: [Role.Admin])), CreatePerson,
            new { key = "ma3-new", name = "Ny", unitId = Unit("ma3-a-tek") });

        AssertRefusedByPolicy(answer);
    }
}
