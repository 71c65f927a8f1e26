using System.Globalization;
using ExpertFinder.Api.Data.Model;

namespace ExpertFinder.Api.Features.ColleagueSuggestions;

/// <summary>Why two people should meet, in Danish, from the strongest tie between them.</summary>
public static class ColleagueReasons
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>
    /// "I arbejder begge med demens i hver jeres forvaltning (Børn og Unge)." for a shared competence, "… inden for
    /// sundhedsfremme …" for neighbours in the taxonomy (named by the broader one), "Kan hjælpe med X, som din enhed
    /// har brug for (…)." and "Kan hjælpe med X, som dit netværk N arbejder med (…)." for complements. The parenthesis
    /// says where the colleague works; for another municipality with its name.
    /// </summary>
    public static string For(TiedCompetence tie, IReadOnlyDictionary<int, Competence> competences, CallerFootprint caller, ColleaguePlace? place)
    {
        var name = competences[tie.CompetenceId].Name;
        var sameMunicipality = place is null || place.MunicipalityUnitId == caller.MunicipalityUnitId;
        var where = place is null ? "" : sameMunicipality || place.DepartmentName == place.MunicipalityName
            ? $" ({place.DepartmentName})"
            : $" ({place.DepartmentName}, {place.MunicipalityName})";
        var apart = sameMunicipality ? "i hver jeres forvaltning" : "i hver jeres kommune";
        return tie.Kind switch
        {
            TieKind.Same => $"I arbejder begge med {InSentence(name)} {apart}{where}.",
            TieKind.Related => $"I arbejder begge inden for {InSentence(BroaderOf(tie, competences, caller))} {apart}{where}.",
            TieKind.UnitNeed => $"Kan hjælpe med {InSentence(name)}, som {NeederOf(tie, caller)} har brug for{where}.",
            TieKind.NetworkTopic => $"Kan hjælpe med {InSentence(name)}, som dit netværk {NetworkOf(tie, caller)} arbejder med{where}.",
            _ => throw new ArgumentOutOfRangeException(nameof(tie), tie.Kind, "no tie to explain"),
        };
    }

    /// <summary>
    /// A competence name inside a sentence: a name written as a label ("Sundhedsfremme") in lower case, one whose
    /// capitals mean something ("IT-sikkerhed", "Python 3", "KL-ordning") as written.
    /// </summary>
    public static string InSentence(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && name.Skip(1).All(ch => !char.IsUpper(ch) && !char.IsDigit(ch))
            ? char.ToLower(name[0], Danish) + name[1..]
            : name;

    /// <summary>The candidate holds the caller's broader competence, or both sit under the same one: name the broader.</summary>
    private static string BroaderOf(TiedCompetence tie, IReadOnlyDictionary<int, Competence> competences, CallerFootprint caller) =>
        competences[caller.HeldParents.Contains(tie.CompetenceId) || tie.ParentId is null ? tie.CompetenceId : tie.ParentId.Value].Name;

    private static string NeederOf(TiedCompetence tie, CallerFootprint caller) =>
        caller.Needs.FirstOrDefault(n => n.CompetenceId == tie.CompetenceId) is { } need && need.UnitId != caller.UnitId
            ? need.UnitName
            : "din enhed";

    private static string NetworkOf(TiedCompetence tie, CallerFootprint caller) =>
        caller.NetworkTopics.FirstOrDefault(t => t.CompetenceId == tie.CompetenceId)?.NetworkName ?? "";
}
