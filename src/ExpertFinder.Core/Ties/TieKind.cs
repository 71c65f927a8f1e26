namespace ExpertFinder.Core.Ties;

/// <summary>
/// What two people share that ties them (<see cref="TieRules"/> says when). The order is the preference on an
/// introduction path: a colleague in the same unit is the most natural introduction, a co-author the least.
/// </summary>
public enum TieKind
{
    /// <summary>Both sit in the same unit.</summary>
    Unit,

    /// <summary>Both are in the same network.</summary>
    Network,

    /// <summary>Both wrote the same document.</summary>
    Document,
}

/// <summary>
/// A set of <see cref="TieKind"/>s: the kinds a collaboration graph counts, or every kind among the ties an edge
/// sums. The flag values are the order in which a set names its kinds (network, document, unit), as graphs have
/// always shown them; <see cref="TieKindSets.AsSet"/> is the one mapping from a kind.
/// </summary>
[Flags]
public enum TieKinds
{
    None = 0,
    Network = 1,
    Document = 2,
    Unit = 4,
    All = Network | Document | Unit,
}

public static class TieKindSets
{
    /// <summary>The set that holds <paramref name="kind"/> alone.</summary>
    public static TieKinds AsSet(this TieKind kind) => kind switch
    {
        TieKind.Unit => TieKinds.Unit,
        TieKind.Network => TieKinds.Network,
        TieKind.Document => TieKinds.Document,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of tie"),
    };

    public static bool Includes(this TieKinds set, TieKind kind) => (set & kind.AsSet()) != 0;
}
