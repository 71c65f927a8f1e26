using ExpertFinder.Core.Ties;

namespace ExpertFinder.Graphs.Model;

/// <summary>
/// Which ties count. Lists left empty do not narrow. The date window keeps networks active in it (started on or
/// before <see cref="To"/> and not ended before <see cref="From"/>; missing dates are open) and documents dated in
/// it (undated documents only without a window). A competence keeps networks with that topic, documents written in
/// such a network, and unit ties between two people who both hold it (<see cref="CompetenceHolders"/>).
/// </summary>
public sealed record CollaborationFilter
{
    public static readonly CollaborationFilter None = new();

    /// <summary>Only people below this municipality unit (its key); ties to people elsewhere are left out.</summary>
    public string? Municipality { get; init; }

    public string? Competence { get; init; }

    /// <summary>With <see cref="Competence"/>: the keys of the people who hold it, as the caller looked them up.</summary>
    public IReadOnlySet<string>? CompetenceHolders { get; init; }

    public IReadOnlyList<string> NetworkKinds { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public TieKinds TieKinds { get; init; } = TieKinds.All;
}
