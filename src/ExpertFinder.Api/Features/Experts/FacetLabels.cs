using ExpertFinder.Search.Experts;

namespace ExpertFinder.Api.Features.Experts;

/// <summary>
/// Facets as a portal shows and uses them: role and network-kind values in the GraphQL enum spelling (so a value can be
/// passed straight back as a filter) with Danish labels; unit and competence facets keep their keys and names.
/// </summary>
internal static class FacetLabels
{
    private static readonly Dictionary<string, string> Danish = new(StringComparer.Ordinal)
    {
        ["knowledge-sharer"] = "Videndeler",
        ["resource-person"] = "Ressourceperson",
        ["mentor"] = "Mentor",
        ["ambassador"] = "Ambassadør",
        ["manager"] = "Leder",
        ["facilitator"] = "Facilitator",
        ["learning"] = "Læringsnetværk",
        ["welfare"] = "Velfærdsnetværk",
        ["innovation"] = "Innovationsnetværk",
        ["leadership"] = "Ledernetværk",
        ["professional"] = "Fagligt netværk",
        ["project"] = "Projekt",
    };

    public static IReadOnlyList<Facet> ForPortal(IReadOnlyList<Facet> facets) =>
        facets.Select(f => f.Name is "role" or "networkKind"
            ? f with { Values = f.Values.Select(v => new FacetValue(v.Value.Replace('-', '_').ToUpperInvariant(), Danish.GetValueOrDefault(v.Value, v.Label), v.Count)).ToList() }
            : f).ToList();
}
