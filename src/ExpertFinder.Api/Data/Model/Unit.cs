namespace ExpertFinder.Api.Data.Model;

/// <summary>An organisational unit: municipality > department > office > team.</summary>
public sealed class Unit : IKeyed
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public int? ParentId { get; set; }
    public Unit? Parent { get; set; }
    public List<Unit> Children { get; } = [];
}
