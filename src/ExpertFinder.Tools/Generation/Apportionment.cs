namespace ExpertFinder.Tools.Generation;

/// <summary>Splitting a whole number in proportion to weights so that the parts add up exactly.</summary>
internal static class Apportionment
{
    /// <summary>Hamilton's method: floor of each share, then one more to the largest remainders (ties by position).</summary>
    public static int[] LargestRemainder(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var parts = new int[weights.Count];
        if (total <= 0 || sum <= 0)
        {
            return parts;
        }
        var remainders = new (double Remainder, int Index)[weights.Count];
        var given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = total * weights[i] / sum;
            parts[i] = (int)Math.Floor(exact);
            given += parts[i];
            remainders[i] = (exact - parts[i], i);
        }
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take(total - given))
        {
            parts[index]++;
        }
        return parts;
    }
}
