namespace ExpertFinder.Tools.Load;

/// <summary>
/// Every write the server acknowledged, kept per slot: a later acknowledged write to the same slot (the same person's
/// "ask me about", the same competence of the same person) replaces the earlier one, which then need not hold any more.
/// A slot that saw a write of unknown outcome (timed out, no answer, a server error) is left out of the check: that
/// write may have landed after the last acknowledged one and replaced it. The clients write to such a slot no more.
/// </summary>
public sealed class WriteLedger
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, AcknowledgedWrite> last = new(StringComparer.Ordinal);
    private readonly HashSet<string> unsettled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> acknowledged = new(StringComparer.Ordinal);

    public void Acknowledge(AcknowledgedWrite write)
    {
        lock (gate)
        {
            last[write.Slot] = write;
            acknowledged[write.Operation] = acknowledged.GetValueOrDefault(write.Operation) + 1;
        }
    }

    public void Unsettle(string slot)
    {
        lock (gate)
        {
            unsettled.Add(slot);
        }
    }

    /// <summary>How many writes of each operation were acknowledged.</summary>
    public IReadOnlyDictionary<string, int> AcknowledgedByOperation
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<string, int>(acknowledged, StringComparer.Ordinal);
            }
        }
    }

    public int Acknowledged => AcknowledgedByOperation.Values.Sum();

    /// <summary>Slots left out of the check after a write of unknown outcome.</summary>
    public int UnsettledSlots
    {
        get
        {
            lock (gate)
            {
                return unsettled.Count;
            }
        }
    }

    /// <summary>What must hold now: the last acknowledged write of every slot that no write of unknown outcome touched.</summary>
    public IReadOnlyList<AcknowledgedWrite> ToCheck()
    {
        lock (gate)
        {
            return [.. last.Where(w => !unsettled.Contains(w.Key)).Select(w => w.Value)];
        }
    }
}
