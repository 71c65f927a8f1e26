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
    private int unknown;

    public void Acknowledge(AcknowledgedWrite write)
    {
        lock (gate)
        {
            last[write.Slot] = write;
            acknowledged[write.Operation] = acknowledged.GetValueOrDefault(write.Operation) + 1;
        }
    }

    /// <summary>Notes a write of unknown outcome to <paramref name="slot"/>.</summary>
    public void Unsettle(string slot)
    {
        lock (gate)
        {
            unknown++;
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

    /// <summary>Writes of unknown outcome: timed out, unanswered, or answered with a server error or GraphQL errors.</summary>
    public int UnknownOutcomes
    {
        get
        {
            lock (gate)
            {
                return unknown;
            }
        }
    }

    /// <summary>Acknowledged writes left out of the check because a write of unknown outcome to their slot may have replaced them.</summary>
    public int LeftOut
    {
        get
        {
            lock (gate)
            {
                return last.Keys.Count(unsettled.Contains);
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
