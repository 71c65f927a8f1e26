using ExpertFinder.Core.Ties;

namespace ExpertFinder.Search.Colleagues;

/// <summary>
/// A chain of people from a viewer to an expert, each step through something the two share.
/// Empty when the viewer is the expert.
/// </summary>
public sealed record IntroductionPath(IReadOnlyList<IntroductionStep> Steps)
{
    /// <summary>The path from a person to themself.</summary>
    public static readonly IntroductionPath Empty = new([]);
}

/// <summary>
/// One step: <paramref name="FromPerson"/> knows <paramref name="ToPerson"/> through the unit,
/// network or document <paramref name="ViaKey"/> named <paramref name="ViaName"/>.
/// </summary>
public sealed record IntroductionStep(string FromPerson, string ToPerson, TieKind Via, string ViaKey, string ViaName);
