using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Graphs.Building;

/// <summary>Each unit with its department and municipality: the nearest unit of that kind at or above it.</summary>
public sealed class OrganisationTree
{
    private const int MaxDepth = 64;
    private readonly Dictionary<string, GraphUnit> units;
    private readonly Dictionary<string, (string? Department, string? Municipality)> ancestors = new(StringComparer.Ordinal);

    public OrganisationTree(IEnumerable<GraphUnit> units)
    {
        this.units = units.ToDictionary(u => u.Key, StringComparer.Ordinal);
        foreach (var key in this.units.Keys)
        {
            ancestors[key] = (Nearest(key, "department"), Nearest(key, "municipality"));
        }
    }

    public GraphUnit? Unit(string key) => units.GetValueOrDefault(key);

    public string? DepartmentOf(string unitKey) => ancestors.TryGetValue(unitKey, out var a) ? a.Department : null;

    public string? MunicipalityOf(string unitKey) => ancestors.TryGetValue(unitKey, out var a) ? a.Municipality : null;

    /// <summary>The department a person in this unit belongs to for cross-department counting: units outside any department count as their own.</summary>
    public string DepartmentOrSelf(string unitKey) => DepartmentOf(unitKey) ?? unitKey;

    private string? Nearest(string key, string kind)
    {
        var current = units.GetValueOrDefault(key);
        for (var depth = 0; current is not null && depth < MaxDepth; depth++)
        {
            if (current.Kind == kind)
            {
                return current.Key;
            }
            current = current.ParentKey is { } parent ? units.GetValueOrDefault(parent) : null;
        }
        return null;
    }
}
