using System.Text.RegularExpressions;
using ExpertFinder.Search.Analysis;

namespace ExpertFinder.Search.Tests.Analysis;

/// <summary>The distinct words of the Danish demo data set (seed/demo), lower-cased and normalised.</summary>
internal static partial class SeedVocabulary
{
    private static readonly Lazy<string[]> AllWords = new(Read);

    public static IReadOnlyList<string> Words => AllWords.Value;

    private static string[] Read()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "seed", "demo")))
        {
            directory = directory.Parent;
        }
        if (directory is null)
        {
            throw new InvalidOperationException("seed/demo not found above " + AppContext.BaseDirectory);
        }
        var text = string.Join('\n', Directory.GetFiles(Path.Combine(directory.FullName, "seed", "demo"), "*.jsonl").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        return Word().Matches(text).Select(m => DanishLexicon.Normalize(m.Value)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
