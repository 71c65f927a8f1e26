using ExpertFinder.Tools.Load;

namespace ExpertFinder.Tools.Tests.Load;

/// <summary>
/// What the check asks for: the last acknowledged write of each slot (an earlier one was replaced, not lost), and
/// nothing of a slot that a write of unknown outcome went to.
/// </summary>
public sealed class WriteLedgerTests
{
    [Fact]
    public void Only_the_last_acknowledged_write_of_a_slot_is_checked_and_every_one_is_counted()
    {
        var ledger = new WriteLedger();
        var first = new AskMeAboutWrite("p-1", "qxbbbbbbbbbb", "a qxbbbbbbbbbb");
        var second = new AskMeAboutWrite("p-1", "qxcccccccccc", "a qxcccccccccc");
        var document = new DocumentWrite("p-1", "d-1", "qxdddddddddd");
        var added = new CompetenceWrite("p-1", "u-1", "c-1", "Jura", 3);
        var removed = added with { Level = null };

        foreach (var write in new AcknowledgedWrite[] { first, document, added, second, removed })
        {
            ledger.Acknowledge(write);
        }

        Assert.Equal(5, ledger.Acknowledged);
        Assert.Equal(2, ledger.AcknowledgedByOperation[LoadOperations.AskMeAbout]);
        Assert.Equal(1, ledger.AcknowledgedByOperation[LoadOperations.RemoveCompetence]);
        Assert.Equal(new HashSet<AcknowledgedWrite> { second, document, removed }, ledger.ToCheck().ToHashSet());
    }

    [Fact]
    public void A_slot_a_write_of_unknown_outcome_went_to_is_not_checked()
    {
        var ledger = new WriteLedger();
        var profile = new AskMeAboutWrite("p-1", "qxbbbbbbbbbb", "a qxbbbbbbbbbb");
        var other = new AskMeAboutWrite("p-2", "qxcccccccccc", "a qxcccccccccc");
        ledger.Acknowledge(profile);
        ledger.Acknowledge(other);

        ledger.Unsettle(profile.Slot);

        ledger.Unsettle("document:qxdddddddddd");

        Assert.Equal([other], ledger.ToCheck());
        Assert.Equal((2, 1, 2), (ledger.UnknownOutcomes, ledger.LeftOut, ledger.Acknowledged));
    }
}
