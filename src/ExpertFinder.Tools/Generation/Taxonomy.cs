using System.Reflection;
using System.Text;

namespace ExpertFinder.Tools.Generation;

/// <summary>A competence of the generated taxonomy; its index is its position in <see cref="Taxonomy.All"/>.</summary>
internal sealed record Competence(int Index, string Key, string Name, Competence? Parent, string[] Synonyms, string[] Related)
{
    /// <summary>The top-level competence above this one (itself for a top-level one): the area a department works in.</summary>
    public Competence Area => Parent is null ? this : Parent.Area;

    public string Description => $"Viden om og erfaring med {Name.ToLowerInvariant()}" +
        (Synonyms.Length > 0 ? $", herunder {string.Join(", ", Synonyms.Take(2))}." : ".");
}

/// <summary>
/// The competence taxonomy of Data/competences.txt (about 250 competences under 25 areas, with Danish synonyms).
/// Each competence is also a topic that documents are written about.
/// </summary>
internal sealed class Taxonomy
{
    private readonly Dictionary<string, Competence> byName;

    private Taxonomy(List<Competence> all)
    {
        All = all;
        byName = all.Where(c => c.Parent is null).ToDictionary(c => c.Name, StringComparer.Ordinal);
        Within = all.Where(c => c.Parent is null).ToDictionary(c => c.Index, area => (IReadOnlyList<Competence>)[.. all.Where(c => c.Area == area)]);
    }

    public IReadOnlyList<Competence> All { get; }

    /// <summary>Per area (a top-level competence's index): the area and every competence below it.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<Competence>> Within { get; }

    /// <summary>The top-level competence of that name; throws when there is none (a template names an unknown area).</summary>
    public Competence Area(string name) =>
        byName.TryGetValue(name, out var area) ? area : throw new InvalidOperationException($"no competence area named {name}");

    private static readonly Lazy<Taxonomy> Embedded = new(Load);

    /// <summary>The taxonomy of Data/competences.txt, read once per process.</summary>
    public static Taxonomy Default => Embedded.Value;

    public static Taxonomy Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ExpertFinder.Tools.Generation.Data.competences.txt")
            ?? throw new InvalidOperationException("missing embedded resource competences.txt");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    internal static Taxonomy Parse(TextReader reader)
    {
        var all = new List<Competence>();
        var open = new List<Competence>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent % 2 != 0 || indent / 2 > open.Count)
            {
                throw new InvalidDataException($"competences.txt:{number}: indent by two spaces per level");
            }
            var depth = indent / 2;
            var fields = line.Trim().Split('|');
            var name = fields[0].Trim();
            var key = "c-" + Ascii.Slug(name);
            if (!keys.Add(key))
            {
                throw new InvalidDataException($"competences.txt:{number}: {name} is there twice");
            }
            var competence = new Competence(all.Count, key, name, depth == 0 ? null : open[depth - 1], List(fields, 1), List(fields, 2));
            all.Add(competence);
            open.RemoveRange(depth, open.Count - depth);
            open.Add(competence);
        }
        return new Taxonomy(all);
    }

    private static string[] List(string[] fields, int index) =>
        index < fields.Length ? [.. fields[index].Split(',').Select(s => s.Trim()).Where(s => s.Length > 0)] : [];
}
