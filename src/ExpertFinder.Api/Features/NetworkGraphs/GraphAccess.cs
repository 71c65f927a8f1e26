using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>
/// Who may see which graphs: aggregated levels (unit, department, municipality) are open to every reader; who works
/// with whom, person by person, and the bulk exports are for analysts and admins, because they map individuals.
/// </summary>
public static class GraphAccess
{
    public const string PersonLevelMessage = "The PERSON level maps individuals: it is for analysts and admins";
    public const string ExportMessage = "Graph exports are for analysts and admins";

    public static bool MayRead(Caller caller, GraphLevel level) =>
        level != GraphLevel.Person || AccessPolicy.IsMet(AccessPolicy.Analyst, caller);

    public static bool MayExport(Caller caller) => AccessPolicy.IsMet(AccessPolicy.Analyst, caller);
}
