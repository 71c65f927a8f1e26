namespace ExpertFinder.Api.Data.Model;

/// <summary>A competence in the taxonomy, with the other words people use for it.</summary>
public sealed class Competence : IKeyed
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public int? ParentId { get; set; }
    public Competence? Parent { get; set; }
    public List<string> Synonyms { get; set; } = [];
    public string? Description { get; set; }
}
