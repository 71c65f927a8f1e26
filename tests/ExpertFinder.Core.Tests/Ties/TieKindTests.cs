using ExpertFinder.Core.Ties;

namespace ExpertFinder.Core.Tests.Ties;

public sealed class TieKindTests
{
    [Fact]
    public void Introductions_prefer_a_unit_then_a_network_then_a_document() =>
        Assert.Equal([TieKind.Unit, TieKind.Network, TieKind.Document], Enum.GetValues<TieKind>().Order());

    [Fact]
    public void Each_kind_is_a_set_of_its_own_and_all_holds_every_kind()
    {
        var sets = Enum.GetValues<TieKind>().Select(kind => kind.AsSet()).ToList();

        Assert.Equal([TieKinds.Unit, TieKinds.Network, TieKinds.Document], sets);
        Assert.Equal(TieKinds.All, sets.Aggregate(TieKinds.None, (all, set) => all | set));
        Assert.All(Enum.GetValues<TieKind>(), kind => Assert.True(TieKinds.All.Includes(kind)));
        Assert.All(Enum.GetValues<TieKind>(), kind => Assert.False(TieKinds.None.Includes(kind)));
        Assert.False((TieKinds.Network | TieKinds.Document).Includes(TieKind.Unit));
    }

    [Fact]
    public void A_set_names_its_kinds_network_then_document_then_unit()
    {
        Assert.Equal("Network, Document", (TieKinds.Document | TieKinds.Network).ToString());
        Assert.Equal("Network, Unit", (TieKinds.Unit | TieKinds.Network).ToString());
        Assert.Equal("Document, Unit", (TieKinds.Unit | TieKinds.Document).ToString());
    }
}
