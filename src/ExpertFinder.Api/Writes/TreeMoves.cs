using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Writes;

/// <summary>The two trees; each has a lock of its own, so a unit move never waits for a competence move.</summary>
internal enum Tree
{
    Units = 1,
    Competences = 2,
}

/// <summary>Moves in the two trees, units and competences: nothing may move below itself.</summary>
internal static class TreeMoves
{
    /// <summary>The first half of every tree lock's key, so that the tree numbers cannot meet another advisory lock.</summary>
    private const int TreeLockSpace = 0x45465452;

    /// <summary>
    /// Takes the tree's lock until the transaction ends. Under READ COMMITTED two moves that together close a loop
    /// (A below B, B below A) each walk the tree as it was before the other and both pass; the lock makes every change
    /// of a parent wait for the one before it to commit, so each walk sees all earlier moves. One lock per tree rather
    /// than row locks on the walked path, since the two walks read different paths and would deadlock on each other's
    /// rows; rather than SERIALIZABLE, which would need the whole mutation retried. Moves are rare and quick, so
    /// waiting costs nothing in practice. The import takes the same lock before it writes parents.
    /// </summary>
    public static string LockStatement(Tree tree) => $"SELECT pg_advisory_xact_lock({TreeLockSpace}, {(int)tree})";

    /// <summary>
    /// Refuses to put <paramref name="name"/> (the node <paramref name="nodeId"/>) below <paramref name="newParentId"/>
    /// when that is the node itself or lies below it: a CycleError against <paramref name="field"/>. The walk goes up
    /// through <paramref name="parentOf"/> and stops at a node it has seen, so a loop already stored cannot hang it.
    /// It runs under the tree's lock (see <see cref="LockStatement"/>), which the mutation holds until it commits, so no
    /// concurrent move can slip in between the check and the write. True when refused.
    /// </summary>
    public static async Task<bool> RefuseCycleAsync(this MutationTransaction tx, Tree tree, string name, int nodeId, int? newParentId, string field,
        Func<int, Task<int?>> parentOf)
    {
        if (newParentId is null)
        {
            // Moving to the top removes an edge, and removing one never closes a loop: no need to wait for other moves.
            return false;
        }
        await tx.Db.Database.ExecuteSqlRawAsync(LockStatement(tree), tx.CancellationToken);
        var seen = new HashSet<int>();
        for (var id = newParentId; id is { } current && seen.Add(current); id = await parentOf(current))
        {
            if (current == nodeId)
            {
                tx.Errors.Add(new CycleError($"'{name}' cannot move below itself", tx.Input.PathOf(field)));
                return true;
            }
        }
        return false;
    }
}
