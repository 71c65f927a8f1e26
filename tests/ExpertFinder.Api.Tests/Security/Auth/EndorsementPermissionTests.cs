using static ExpertFinder.Api.Tests.Http.MutationRequests;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;
using static ExpertFinder.Api.Tests.Security.Auth.PermissionMutations;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>An endorsement is always in the signed-in person's own name, never for themself, and only they take it back.</summary>
[Collection(SharedServer.Name)]
public sealed class EndorsementPermissionTests(ServerFixture server)
{
    [Fact]
    public async Task The_endorser_is_the_signed_in_caller()
    {
        await server.SeedOrganisationAsync("ep1");

        var payload = PermissionOrganisation.Succeeded(
            await server.MutateAsync(await server.AsAsync("ep1-carl"), Endorse, new { personId = Person("ep1-anna"), competenceId = Competence("ep1-c") }),
            "endorseCompetence");

        Assert.Equal("ep1-carl", payload.GetProperty("endorsement").GetProperty("endorser").GetProperty("key").GetString());
        Assert.Equal("ep1-anna", payload.GetProperty("endorsement").GetProperty("person").GetProperty("key").GetString());
    }

    [Fact]
    public async Task Endorsing_yourself_is_refused_as_self_endorsement_and_nothing_is_written()
    {
        await server.SeedOrganisationAsync("ep2");
        var endorsements = await server.CountAsync("endorsements");

        var answer = await server.MutateAsync(await server.AsAsync("ep2-anna"), Endorse, new { personId = Person("ep2-anna"), competenceId = Competence("ep2-c") });

        Assert.Equal([("ValidationError", "SELF_ENDORSEMENT", "input.personId")], ErrorsOf(answer.Data.GetProperty("endorseCompetence")));
        Assert.Equal(endorsements, await server.CountAsync("endorsements"));
    }

    [Fact]
    public async Task Only_the_endorser_withdraws_an_endorsement()
    {
        await server.SeedOrganisationAsync("ep3");
        var carl = await server.AsAsync("ep3-carl");
        var endorsement = PermissionOrganisation.Succeeded(
            await server.MutateAsync(carl, Endorse, new { personId = Person("ep3-anna"), competenceId = Competence("ep3-c") }), "endorseCompetence")
            .GetProperty("endorsement").GetProperty("id").GetString();
        var endorsements = await server.CountAsync("endorsements");

        // Not even the person endorsed may take a colleague's word back.
        var byBo = await server.MutateAsync(await server.AsAsync("ep3-bo"), Withdraw, new { id = endorsement });
        var byAnna = await server.MutateAsync(await server.AsAsync("ep3-anna"), Withdraw, new { id = endorsement });
        Assert.Equal(endorsements, await server.CountAsync("endorsements"));
        var byCarl = await server.MutateAsync(carl, Withdraw, new { id = endorsement });

        AssertForbiddenByPermissions(byBo);
        AssertForbiddenByPermissions(byAnna);
        Assert.Equal(endorsement, PermissionOrganisation.Succeeded(byCarl, "withdrawEndorsement").GetProperty("deletedId").GetString());
        Assert.Equal(endorsements - 1, await server.CountAsync("endorsements"));
    }

    [Fact]
    public async Task A_deployment_admin_who_is_no_person_cannot_endorse_in_anyones_name()
    {
        await server.SeedOrganisationAsync("ep4");

        var answer = await server.MutateAsync(Bearer(server.AdminToken), Endorse, new { personId = Person("ep4-anna"), competenceId = Competence("ep4-c") });

        AssertForbiddenByPermissions(answer);
    }
}
