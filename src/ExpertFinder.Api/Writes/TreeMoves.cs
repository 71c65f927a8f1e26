namespace ExpertFinder.Api.Writes;

/// <summary>Moves in the two trees, units and competences: nothing may move below itself.</summary>
internal static class TreeMoves
{
    /// <summary>
    /// Refuses to put <paramref name="name"/> (the node <paramref name="nodeId"/>) below <paramref name="newParentId"/>
    /// when that is the node itself or lies below it: a CycleError against <paramref name="field"/>. The walk goes up
    /// through <paramref name="parentOf"/> and stops at a node it has seen, so a loop already stored cannot hang it.
    /// True when refused.
    /// </summary>
    public static async Task<bool> RefuseCycleAsync(this MutationTransaction tx, string name, int nodeId, int? newParentId, string field,
        Func<int, Task<int?>> parentOf)
    {
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
