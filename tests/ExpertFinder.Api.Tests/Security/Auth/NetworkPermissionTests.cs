using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;
using static ExpertFinder.Api.Tests.Security.Auth.PermissionMutations;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>A network's facilitators run its membership; any member may leave it.</summary>
[Collection(SharedServer.Name)]
public sealed class NetworkPermissionTests(ServerFixture server)
{
    [Fact]
    public async Task A_facilitator_adds_a_member()
    {
        await server.SeedOrganisationAsync("np1");

        var payload = PermissionOrganisation.Succeeded(
            await server.MutateAsync(await server.AsAsync("np1-anna"), AddMember, new { networkId = Network("np1-net"), personId = Person("np1-carl") }), "addNetworkMember");

        Assert.Equal("""{"role":"MEMBER","person":{"key":"np1-carl"}}""", payload.GetProperty("membership").GetRawText());
        Assert.Equal(["np1-anna", "np1-bo", "np1-carl"], await MembersAsync("np1"));
    }

    [Fact]
    public async Task A_plain_member_cannot_add_members_or_make_themself_facilitator()
    {
        await server.SeedOrganisationAsync("np2");
        var bo = await server.AsAsync("np2-bo");
        var audited = await server.CountAsync("audit_log");

        var other = await server.MutateAsync(bo, AddMember, new { networkId = Network("np2-net"), personId = Person("np2-carl") });
        var promotion = await server.MutateAsync(bo, AddMember, new { networkId = Network("np2-net"), personId = Person("np2-bo"), role = "FACILITATOR" });

        AssertForbiddenByPermissions(other);
        AssertForbiddenByPermissions(promotion);
        Assert.Equal(["np2-anna", "np2-bo"], await MembersAsync("np2"));
        Assert.Equal(audited, await server.CountAsync("audit_log"));
    }

    [Fact]
    public async Task A_member_may_leave_but_not_remove_another_member()
    {
        await server.SeedOrganisationAsync("np3");
        var bo = await server.AsAsync("np3-bo");

        var removingAnna = await server.MutateAsync(bo, RemoveMember, new { networkId = Network("np3-net"), personId = Person("np3-anna") });
        Assert.Equal(["np3-anna", "np3-bo"], await MembersAsync("np3"));
        var leaving = await server.MutateAsync(bo, RemoveMember, new { networkId = Network("np3-net"), personId = Person("np3-bo") });

        AssertForbiddenByPermissions(removingAnna);
        PermissionOrganisation.Succeeded(leaving, "removeNetworkMember");
        Assert.Equal(["np3-anna"], await MembersAsync("np3"));
    }

    private async Task<List<string>> MembersAsync(string prefix) =>
        (await server.ReadAsync($$"""{ network(key: "{{prefix}}-net") { members { nodes { person { key } } } } }"""))
            .GetProperty("network").GetProperty("members").GetProperty("nodes").EnumerateArray()
            .Select(m => m.GetProperty("person").GetProperty("key").GetString()!).Order(StringComparer.Ordinal).ToList();
}
