using ExpertFinder.Search.Analysis;

namespace ExpertFinder.Search.Tests.Analysis;

/// <summary>The lexicons decompounding is tested with: the machine's default (the Hunspell dictionary
/// ./expertfinder installs) and the curated municipal words alone.</summary>
internal static class Lexicons
{
    private static readonly Lazy<DanishLexicon> CuratedOnly = new(() => DanishLexicon.Load(null));

    public static DanishLexicon Curated => CuratedOnly.Value;

    public static DanishLexicon Get(string name) => name switch
    {
        "default" => DanishLexicon.Default,
        "curated" => Curated,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>Both lexicons, as theory data.</summary>
    public static TheoryData<string> Names => ["default", "curated"];
}
