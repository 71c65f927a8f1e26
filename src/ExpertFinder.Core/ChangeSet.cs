namespace ExpertFinder.Core;

/// <summary>The keys a write changed, per kind (an import or a mutation); what the index must then refresh follows from them.</summary>
public sealed class ChangeSet
{
    public HashSet<string> Units { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Competences { get; } = new(StringComparer.Ordinal);
    public HashSet<string> People { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Networks { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);
}
