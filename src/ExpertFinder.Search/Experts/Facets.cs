using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// Facet counts over a whole hit set, from the per-reader tables that are read from the people's doc values.
/// Each person counts once per value.
/// </summary>
internal static class Facets
{
    public const int ValuesPerFacet = 10;

    /// <summary>The facets of the people at <paramref name="ordinals"/>: per facet the values most of them have, most first.</summary>
    public static List<Facet> Count(IEnumerable<int> ordinals, IndexSnapshot snapshot)
    {
        var table = snapshot.Facets;
        var dimensions = table.All.ToList();
        var counts = dimensions.Select(d => new int[d.Values.Count]).ToList();
        foreach (var ordinal in ordinals)
        {
            for (var i = 0; i < dimensions.Count; i++)
            {
                foreach (var id in dimensions[i].Of(ordinal))
                {
                    counts[i][id]++;
                }
            }
        }
        return dimensions.Select((dimension, i) => Top(dimension, counts[i])).ToList();
    }

    /// <summary>The values most people have, most first; equal counts by label, then key (ordinal comparison).</summary>
    private static Facet Top(FacetTable.Dimension dimension, int[] counts) => new(dimension.Name, Enumerable.Range(0, counts.Length)
        .Where(id => counts[id] > 0)
        .OrderByDescending(id => counts[id]).ThenBy(id => dimension.Values[id].Label, StringComparer.Ordinal).ThenBy(id => dimension.Values[id].Key, StringComparer.Ordinal)
        .Take(ValuesPerFacet)
        .Select(id => new FacetValue(dimension.Values[id].Key, dimension.Values[id].Label, counts[id]))
        .ToList());
}
