using ExpertFinder.Api.Features.Units;
using ExpertFinder.Core;

namespace ExpertFinder.Api.Data.Model;

/// <summary>Written knowledge: minutes, agendas, templates, idea catalogues and the like.</summary>
public sealed class Document : IKeyed
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public string? Kind { get; set; }
    public required string Text { get; set; }
    public int? NetworkId { get; set; }
    public Network? Network { get; set; }
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }
    public DateOnly? Date { get; set; }
    public string Language { get; set; } = Vocabulary.DefaultLanguage;
    public List<Authorship> Authors { get; } = [];
}
