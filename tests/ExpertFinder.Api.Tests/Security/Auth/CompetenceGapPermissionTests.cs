using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;
using static ExpertFinder.Api.Tests.Security.Auth.PermissionMutations;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// What a unit needs is said by its managers (of it or a unit above) and the admins of its municipality; what a person
/// is happy to be asked about and their willingness are theirs (and their admins') to say.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class CompetenceGapPermissionTests(ServerFixture server)
{
    private static object Need(string p, string unit) => new { unitId = Unit($"{p}-{unit}"), competenceId = Competence(p + "-c"), level = 3, people = 2 };

    [Fact]
    public async Task A_manager_sets_needs_for_their_unit_and_the_units_below_it_but_not_for_others()
    {
        await server.SeedOrganisationAsync("gp1");
        var leder = await server.AsAsync("gp1-leder");

        var own = await server.MutateAsync(leder, SetNeed, Need("gp1", "a-sund"));
        var below = await server.MutateAsync(leder, SetNeed, Need("gp1", "a-pleje"));
        var removed = await server.MutateAsync(leder, RemoveNeed, new { unitId = Unit("gp1-a-pleje"), competenceId = Competence("gp1-c") });
        var audited = await server.CountAsync("audit_log");
        var needs = await server.CountAsync("unit_competence_needs");
        var sideways = await server.MutateAsync(leder, SetNeed, Need("gp1", "a-tek"));
        var above = await server.MutateAsync(leder, SetNeed, Need("gp1", "a"));

        Assert.Equal("""{"level":3,"people":2}""", PermissionOrganisation.Succeeded(own, "setUnitCompetenceNeed").GetProperty("need").GetRawText());
        PermissionOrganisation.Succeeded(below, "setUnitCompetenceNeed");
        PermissionOrganisation.Succeeded(removed, "removeUnitCompetenceNeed");
        AssertForbiddenByPermissions(sideways);
        AssertForbiddenByPermissions(above);
        Assert.Equal(needs, await server.CountAsync("unit_competence_needs"));
        Assert.Equal(audited, await server.CountAsync("audit_log"));
    }

    [Fact]
    public async Task An_employee_who_is_no_manager_may_neither_set_nor_remove_needs_of_their_own_unit()
    {
        await server.SeedOrganisationAsync("gp2");
        PermissionOrganisation.Succeeded(await server.MutateAsync(Bearer(server.AdminToken), SetNeed, Need("gp2", "a-pleje")), "setUnitCompetenceNeed");
        var needs = await server.CountAsync("unit_competence_needs");
        var bo = await server.AsAsync("gp2-bo");

        var set = await server.MutateAsync(bo, SetNeed, Need("gp2", "a-pleje"));
        var remove = await server.MutateAsync(bo, RemoveNeed, new { unitId = Unit("gp2-a-pleje"), competenceId = Competence("gp2-c") });

        AssertForbiddenByPermissions(set);
        AssertForbiddenByPermissions(remove);
        Assert.Equal(needs, await server.CountAsync("unit_competence_needs"));
    }

    [Fact]
    public async Task An_admin_sets_needs_anywhere_in_their_municipality_and_nowhere_else()
    {
        await server.SeedOrganisationAsync("gp3");
        var admin = await server.AsAsync("gp3-admin", ExpertFinder.Api.Security.Auth.Role.Admin);

        var own = await server.MutateAsync(admin, SetNeed, Need("gp3", "a-tek"));
        var needs = await server.CountAsync("unit_competence_needs");
        var other = await server.MutateAsync(admin, SetNeed, Need("gp3", "b-afd"));

        PermissionOrganisation.Succeeded(own, "setUnitCompetenceNeed");
        AssertForbiddenByPermissions(other);
        Assert.Equal(needs, await server.CountAsync("unit_competence_needs"));
    }

    [Fact]
    public async Task An_anonymous_reader_may_not_set_needs()
    {
        await server.SeedOrganisationAsync("gp4");
        var needs = await server.CountAsync("unit_competence_needs");

        AssertUnauthenticated(await server.MutateAsync(Anonymous, SetNeed, Need("gp4", "a-pleje")));
        Assert.Equal(needs, await server.CountAsync("unit_competence_needs"));
    }

    [Fact]
    public async Task Another_person_cannot_change_what_I_am_asked_about_or_my_willingness_but_I_and_my_admin_can()
    {
        await server.SeedOrganisationAsync("gp5");
        var audited = await server.CountAsync("audit_log");

        var byBo = await server.MutateAsync(await server.AsAsync("gp5-bo"), UpdateWillingness, new { id = Person("gp5-anna"), askMeAbout = new[] { "Skrevet af Bo" } });
        var byLeder = await server.MutateAsync(await server.AsAsync("gp5-leder"), UpdateWillingness, new { id = Person("gp5-anna"), openToMentoring = true });
        Assert.Equal(audited, await server.CountAsync("audit_log"));
        var byAnna = await server.MutateAsync(await server.AsAsync("gp5-anna"), UpdateWillingness,
            new { id = Person("gp5-anna"), askMeAbout = new[] { "Demens i hverdagen" }, openToJobRotation = true, openToMeetingColleagues = true });
        var byAdmin = await server.MutateAsync(await server.AsAsync("gp5-admin", ExpertFinder.Api.Security.Auth.Role.Admin), UpdateWillingness,
            new { id = Person("gp5-anna"), openToMentoring = true });

        AssertForbiddenByPermissions(byBo);
        AssertForbiddenByPermissions(byLeder);
        Assert.Equal("""{"key":"gp5-anna","askMeAbout":["Demens i hverdagen"],"openToMentoring":false,"openToJobRotation":true,"openToMeetingColleagues":true}""",
            PermissionOrganisation.Succeeded(byAnna, "updatePerson").GetProperty("person").GetRawText());
        Assert.Equal("""{"key":"gp5-anna","askMeAbout":["Demens i hverdagen"],"openToMentoring":true,"openToJobRotation":true,"openToMeetingColleagues":true}""",
            PermissionOrganisation.Succeeded(byAdmin, "updatePerson").GetProperty("person").GetRawText());
    }
}
