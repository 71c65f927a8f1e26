using ExpertFinder.Api.Security.Auth;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;
using static ExpertFinder.Api.Tests.Security.Auth.PermissionMutations;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>A document names the caller among its authors, unless the caller runs its network or administers its unit.</summary>
[Collection(SharedServer.Name)]
public sealed class DocumentPermissionTests(ServerFixture server)
{
    [Fact]
    public async Task An_employee_cannot_publish_a_document_in_colleagues_names_alone_and_nothing_is_written()
    {
        await server.SeedOrganisationAsync("dp1");
        var documents = await server.CountAsync("documents");

        var answer = await server.MutateAsync(await server.AsAsync("dp1-bo"), CreateDocument,
            new { key = "dp1-new", title = "Carls tanker", text = "Skrevet af Bo.", authorIds = new[] { Person("dp1-carl") } });

        AssertForbiddenByPermissions(answer);
        Assert.Equal(documents, await server.CountAsync("documents"));
    }

    [Fact]
    public async Task An_employee_publishes_a_document_that_names_them_among_its_authors()
    {
        await server.SeedOrganisationAsync("dp2");

        var payload = PermissionOrganisation.Succeeded(await server.MutateAsync(await server.AsAsync("dp2-bo"), CreateDocument,
            new { key = "dp2-new", title = "Fælles notat", text = "Bo og Carl.", authorIds = new[] { Person("dp2-carl"), Person("dp2-bo") } }), "createDocument");

        Assert.Equal("dp2-new", payload.GetProperty("document").GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_facilitator_publishes_in_their_network_for_its_members_but_a_plain_member_may_not()
    {
        await server.SeedOrganisationAsync("dp3");
        var forBo = new { title = "Referat", text = "Fra netværket.", networkId = Network("dp3-net"), authorIds = new[] { Person("dp3-bo") } };
        var forAnna = new { title = "Referat", text = "Fra netværket.", networkId = Network("dp3-net"), authorIds = new[] { Person("dp3-anna") } };

        var byFacilitator = await server.MutateAsync(await server.AsAsync("dp3-anna"), CreateDocument, forBo);
        var byMember = await server.MutateAsync(await server.AsAsync("dp3-bo"), CreateDocument, forAnna);

        PermissionOrganisation.Succeeded(byFacilitator, "createDocument");
        AssertForbiddenByPermissions(byMember);
    }

    [Fact]
    public async Task An_admin_publishes_for_a_unit_of_their_municipality_but_not_of_another()
    {
        await server.SeedOrganisationAsync("dp4");
        var admin = await server.AsAsync("dp4-admin", Role.Admin);

        var own = await server.MutateAsync(admin, CreateDocument, new { title = "Vejnotat", text = "Om veje.", unitId = Unit("dp4-a-tek"), authorIds = new[] { Person("dp4-carl") } });
        var other = await server.MutateAsync(admin, CreateDocument, new { title = "Skolenotat", text = "Om skoler.", unitId = Unit("dp4-b-afd"), authorIds = new[] { Person("dp4-carl") } });

        PermissionOrganisation.Succeeded(own, "createDocument");
        AssertForbiddenByPermissions(other);
    }

    [Fact]
    public async Task Someone_who_is_not_an_author_cannot_change_a_document_and_an_author_cannot_hand_it_to_others_alone()
    {
        await server.SeedOrganisationAsync("dp5");

        var byBo = await server.MutateAsync(await server.AsAsync("dp5-bo"), UpdateDocument, new { id = Document("dp5-doc"), title = "Bos plan" });
        var handOver = await server.MutateAsync(await server.AsAsync("dp5-carl"), UpdateDocument, new { id = Document("dp5-doc"), authorIds = new[] { Person("dp5-bo") } });
        var byCarl = await server.MutateAsync(await server.AsAsync("dp5-carl"), UpdateDocument, new { id = Document("dp5-doc"), title = "Carls plan" });

        AssertForbiddenByPermissions(byBo);
        AssertForbiddenByPermissions(handOver);
        Assert.Equal("Carls plan", PermissionOrganisation.Succeeded(byCarl, "updateDocument").GetProperty("document").GetProperty("title").GetString());
    }
}
