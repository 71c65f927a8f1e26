using ExpertFinder.Search.Evaluation;
namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// A labelled query as the generator defines it: the text, its category, the competences it is about (a person's
/// grade is the best over them) and optionally a role, or a viewer and a scope. Grades come from <see cref="Grading"/>.
/// </summary>
internal sealed record QuerySpec(string Id, string Text, string Category, string[] Topics, string Purpose)
{
    /// <summary>A role of the dataset format (mentor, resource-person...): people without it are graded one lower.</summary>
    public string? Role { get; init; }

    /// <summary>For colleague queries: who searches, chosen from the generated data by <see cref="Viewers"/>.</summary>
    public ViewerChoice? Viewer { get; init; }

    /// <summary>For colleague queries: <see cref="JudgmentSet.ScopeName.OutsideMyUnit"/>, <see cref="JudgmentSet.ScopeName.OutsideMyDepartment"/> or <see cref="JudgmentSet.ScopeName.Anyone"/>.</summary>
    public string? Scope { get; init; }
}

/// <summary>
/// The viewer of a colleague query: in <paramref name="Municipality"/>, a member of a network on <paramref name="Topic"/>,
/// and a colleague of one of its experts there, or when <paramref name="Office"/> is given, someone of that office.
/// </summary>
internal sealed record ViewerChoice(string Municipality, string Topic, string? Office = null);


