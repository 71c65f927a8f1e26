namespace ExpertFinder.Api.Tests.Features.NetworkGraphs;

/// <summary>Small organisations for graph tests, every key prefixed so tests sharing a database never meet.</summary>
public static class GraphDatasets
{
    public const string Query = """
        query($level: GraphLevel!, $filter: NetworkGraphFilter) {
          networkGraph(level: $level, filter: $filter) {
            level
            nodes { id key label kind department departmentKey municipality municipalityKey people degree weightedDegree betweenness community component crossDepartmentWeight }
            edges { source target weight kinds crossDepartment }
            summary { nodeCount edgeCount density crossDepartmentShare components communities isolatedUnits { key people } topBrokers { node { key } score splitsGraph crossDepartmentWeight } }
          }
        }
        """;

    /// <summary>
    /// One municipality with two departments (health with a care office, technical with a roads office and a quiet
    /// office nobody outside works with) bridged by one welfare network between Anna and Carl.
    /// </summary>
    public static TestDataset TwoDepartments(string p) => new TestDataset()
        .Add("units.jsonl", new { key = p + "-kommune", name = "Aarhus Kommune", kind = "municipality" })
        .Add("units.jsonl", new { key = p + "-sund", name = "Sundhed og Omsorg", kind = "department", parent = p + "-kommune" })
        .Add("units.jsonl", new { key = p + "-tek", name = "Teknik og Miljø", kind = "department", parent = p + "-kommune" })
        .Add("units.jsonl", new { key = p + "-pleje", name = "Pleje", kind = "office", parent = p + "-sund" })
        .Add("units.jsonl", new { key = p + "-vej", name = "Veje", kind = "office", parent = p + "-tek" })
        .Add("units.jsonl", new { key = p + "-park", name = "Parker", kind = "office", parent = p + "-tek" })
        .Add("competences.jsonl", new { key = p + "-demens", name = "Demens" })
        .Add("people.jsonl", new { key = p + "-anna", name = "Anna Holm", unit = p + "-pleje", competences = new[] { new { competence = p + "-demens", level = 4 } } })
        .Add("people.jsonl", new { key = p + "-bo", name = "Bo Lund", unit = p + "-pleje" })
        .Add("people.jsonl", new { key = p + "-carl", name = "Carl Berg", unit = p + "-vej" })
        .Add("people.jsonl", new { key = p + "-dorte", name = "Dorte Krog", unit = p + "-vej" })
        .Add("people.jsonl", new { key = p + "-erik", name = "Erik Dam", unit = p + "-park" })
        .Add("networks.jsonl", new
        {
            key = p + "-bro", name = "Velfærdsnetværk", kind = "welfare", started = "2024-01-01", topics = new[] { p + "-demens" },
            members = new[] { new { person = p + "-anna", role = "facilitator" }, new { person = p + "-carl", role = "member" } },
        })
        .Add("networks.jsonl", new
        {
            key = p + "-pleje-net", name = "Læringsnetværk om pleje", kind = "learning", started = "2020-01-01", ended = "2021-12-31",
            members = new[] { new { person = p + "-anna", role = "member" }, new { person = p + "-bo", role = "member" } },
        })
        .Add("documents.jsonl", new { key = p + "-vejplan", title = "Vejplan", text = "Plan for vejene.", authors = new[] { p + "-carl", p + "-dorte" }, date = "2025-03-01" });
}
