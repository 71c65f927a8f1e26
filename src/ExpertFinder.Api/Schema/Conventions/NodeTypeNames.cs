namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>
/// The GraphQL names of the types that implement Node. A global ID carries its type's name (<see cref="GlobalId"/>),
/// so the types themselves, node(id:), the mutations and filters that look up what an ID names, and the audit trail
/// (which records the type of what a change touched) all spell the names from here.
/// </summary>
public static class NodeTypeNames
{
    public const string Person = "Person";
    public const string Unit = "Unit";
    public const string Competence = "Competence";
    public const string Network = "Network";
    public const string Document = "Document";
    public const string Endorsement = "Endorsement";
    public const string Meeting = "Meeting";
    public const string ThemeProposal = "ThemeProposal";
}
