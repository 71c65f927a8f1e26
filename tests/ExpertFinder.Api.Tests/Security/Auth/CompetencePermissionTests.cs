using ExpertFinder.Api.Security.Auth;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;
using static ExpertFinder.Api.Tests.Security.Auth.PermissionMutations;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// Who says a person knows something: the person themself only as a self-assessment, a manager above them as a
/// confirmation, and the taxonomy of competences itself only a deployment admin.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class CompetencePermissionTests(ServerFixture server)
{
    [Theory]
    [InlineData("FORMAL")]
    [InlineData("MANAGER")]
    [InlineData("ENDORSED")]
    public async Task An_employee_cannot_give_their_own_competence_a_source_others_give(string source)
    {
        await server.SeedOrganisationAsync("cp1");
        var bo = await server.AsAsync("cp1-bo");
        var audited = await server.CountAsync("audit_log");

        var one = await server.MutateAsync(bo, SetCompetence, new { personId = Person("cp1-bo"), competenceId = Competence("cp1-c"), level = 5, source });
        var all = await server.MutateAsync(bo, SetCompetences, new { personId = Person("cp1-bo"), competences = new[] { new { competenceId = Competence("cp1-c"), level = 5, source } } });

        AssertForbiddenByPermissions(one);
        AssertForbiddenByPermissions(all);
        Assert.Equal("""[{"level":2,"source":"SELF"}]""", await HeldAsync("cp1-bo"));
        Assert.Equal(audited, await server.CountAsync("audit_log"));
    }

    [Fact]
    public async Task A_person_changing_the_level_of_a_manager_confirmed_competence_makes_it_a_self_assessment_again()
    {
        await server.SeedOrganisationAsync("cp2");
        Assert.Equal("""[{"level":3,"source":"MANAGER"}]""", await HeldAsync("cp2-anna"));

        var payload = PermissionOrganisation.Succeeded(
            await server.MutateAsync(await server.AsAsync("cp2-anna"), SetCompetence, new { personId = Person("cp2-anna"), competenceId = Competence("cp2-c"), level = 5 }),
            "setPersonCompetence");

        Assert.Equal("""{"level":5,"source":"SELF"}""", payload.GetProperty("personCompetence").GetRawText());
        Assert.Equal("""[{"level":5,"source":"SELF"}]""", await HeldAsync("cp2-anna"));
    }

    [Fact]
    public async Task A_manager_of_a_unit_above_confirms_the_competence_of_someone_below_as_manager()
    {
        await server.SeedOrganisationAsync("cp3");
        var leder = await server.AsAsync("cp3-leder");

        var confirmed = PermissionOrganisation.Succeeded(
            await server.MutateAsync(leder, SetCompetence, new { personId = Person("cp3-bo"), competenceId = Competence("cp3-c"), level = 4, source = "MANAGER" }),
            "setPersonCompetence");
        // Whatever a manager sets is their confirmation; FORMAL is for admins.
        var formal = await server.MutateAsync(leder, SetCompetence, new { personId = Person("cp3-bo"), competenceId = Competence("cp3-c"), level = 5, source = "FORMAL" });

        Assert.Equal("""{"level":4,"source":"MANAGER"}""", confirmed.GetProperty("personCompetence").GetRawText());
        AssertForbiddenByPermissions(formal);
        Assert.Equal("""[{"level":4,"source":"MANAGER"}]""", await HeldAsync("cp3-bo"));
    }

    [Fact]
    public async Task A_manager_cannot_set_the_competences_of_someone_in_another_department()
    {
        await server.SeedOrganisationAsync("cp4");
        var audited = await server.CountAsync("audit_log");

        var answer = await server.MutateAsync(await server.AsAsync("cp4-leder"), SetCompetence,
            new { personId = Person("cp4-carl"), competenceId = Competence("cp4-c"), level = 4, source = "MANAGER" });

        AssertForbiddenByPermissions(answer);
        Assert.Equal("""[{"level":2,"source":"SELF"}]""", await HeldAsync("cp4-carl"));
        Assert.Equal(audited, await server.CountAsync("audit_log"));
    }

    [Fact]
    public async Task A_colleague_in_the_same_unit_who_is_no_manager_cannot_set_someones_competences()
    {
        await server.SeedOrganisationAsync("cp5");

        var answer = await server.MutateAsync(await server.AsAsync("cp5-anna"), SetCompetence,
            new { personId = Person("cp5-bo"), competenceId = Competence("cp5-c"), level = 4 });

        AssertForbiddenByPermissions(answer);
        Assert.Equal("""[{"level":2,"source":"SELF"}]""", await HeldAsync("cp5-bo"));
    }

    [Fact]
    public async Task Only_a_deployment_admin_changes_the_competence_taxonomy()
    {
        await server.SeedOrganisationAsync("cp6");
        var audited = await server.CountAsync("audit_log");

        var municipalAdmin = await server.MutateAsync(await server.AsAsync("cp6-admin", Role.Admin), CreateCompetence, new { key = "cp6-new", name = "Ny kompetence" });
        var employee = await server.MutateAsync(await server.AsAsync("cp6-bo"), CreateCompetence, new { key = "cp6-new", name = "Ny kompetence" });
        Assert.Equal(audited, await server.CountAsync("audit_log"));
        var deploymentAdmin = await server.MutateAsync(Bearer(server.AdminToken), CreateCompetence, new { key = "cp6-new", name = "Ny kompetence" });

        AssertForbiddenByPermissions(municipalAdmin);
        AssertRefusedByPolicy(employee);
        Assert.Equal("cp6-new", PermissionOrganisation.Succeeded(deploymentAdmin, "createCompetence").GetProperty("competence").GetProperty("key").GetString());
    }

    private async Task<string> HeldAsync(string personKey) =>
        (await server.ReadAsync($$"""{ person(key: "{{personKey}}") { competences { nodes { level source } } } }"""))
            .GetProperty("person").GetProperty("competences").GetProperty("nodes").GetRawText();
}
