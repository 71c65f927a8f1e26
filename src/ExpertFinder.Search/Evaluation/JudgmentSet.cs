using System.Globalization;
using System.Text.Json;
using ExpertFinder.Search.Experts;

namespace ExpertFinder.Search.Evaluation;

/// <summary>
/// A labelled query: the text a colleague types and how relevant each person is (0-3; unjudged people are 0).
/// <paramref name="Viewer"/> is the person asking (a key of the dataset), when the query is asked by someone; the
/// <paramref name="Scope"/> is then seen from them.
/// </summary>
public sealed record JudgedQuery(string Id, string Query, string Category, IReadOnlyDictionary<string, int> Judgments, string Note)
{
    public string? Viewer { get; init; }

    public ExpertScope Scope { get; init; } = ExpertScope.Anyone;
}

/// <summary>
/// The labelled queries of <c>seed/evaluation/queries.jsonl</c>: JSON Lines, one <see cref="JudgedQuery"/> per line,
/// blank lines ignored. <see cref="Load"/> checks every line and rejects the whole file with every error as <c>file:line: message</c>.
/// </summary>
public sealed class JudgmentSet
{
    /// <summary>The highest grade: the go-to expert.</summary>
    public const int MaxGrade = 3;

    /// <summary>The categories a query may have, in the order reports list them.</summary>
    public static readonly IReadOnlyList<string> Categories =
    [
        "inflection", "compound", "spelling", "synonym", "typo", "evidence", "level", "multiword", "loanword", "privacy",
        "question", "task", "abbreviation", "double-typo", "mixed-language", "role", "noise", "colleague",
    ];

    /// <summary>The category whose queries are asked by a viewer (the unknown colleague): they need one.</summary>
    public const string ColleagueCategory = "colleague";

    /// <summary>The scopes a query may have, as written in the file.</summary>
    public static readonly IReadOnlyDictionary<string, ExpertScope> Scopes = new Dictionary<string, ExpertScope>(StringComparer.Ordinal)
    {
        [ScopeName.Anyone] = ExpertScope.Anyone,
        [ScopeName.OutsideMyUnit] = ExpertScope.OutsideMyUnit,
        [ScopeName.OutsideMyDepartment] = ExpertScope.OutsideMyDepartment,
    };

    /// <summary>How the file writes each scope.</summary>
    public static class ScopeName
    {
        public const string Anyone = "anyone";
        public const string OutsideMyUnit = "outsideMyUnit";
        public const string OutsideMyDepartment = "outsideMyDepartment";
    }

    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal) { "id", "query", "category", "judgments", "note", "viewer", "scope" };

    private JudgmentSet(IReadOnlyList<JudgedQuery> queries) => Queries = queries;

    public IReadOnlyList<JudgedQuery> Queries { get; }

    /// <summary>Reads and checks a JSONL file; throws <see cref="InvalidDataException"/> listing every bad line.</summary>
    public static JudgmentSet Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, Path.GetFileName(path));
    }

    /// <summary>Reads and checks JSON Lines; <paramref name="fileName"/> prefixes the error messages.</summary>
    public static JudgmentSet Parse(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var queries = new List<JudgedQuery>();
        var errors = new List<string>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var lineErrors = new List<string>();
            var query = ParseLine(line, lineErrors);
            if (query is not null)
            {
                if (firstLineOfId.TryGetValue(query.Id, out var first))
                {
                    lineErrors.Add($"duplicate id \"{query.Id}\" (first on line {first})");
                }
                else
                {
                    firstLineOfId[query.Id] = lineNumber;
                }
            }
            if (lineErrors.Count > 0)
            {
                errors.AddRange(lineErrors.Select(e => string.Create(CultureInfo.InvariantCulture, $"{fileName}:{lineNumber}: {e}")));
            }
            else
            {
                queries.Add(query!);
            }
        }
        if (errors.Count == 0 && queries.Count == 0)
        {
            errors.Add($"{fileName}: no queries");
        }
        if (errors.Count > 0)
        {
            throw new InvalidDataException(string.Join('\n', errors));
        }
        return new JudgmentSet(queries);
    }

    private static JudgedQuery? ParseLine(string line, List<string> errors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            errors.Add("invalid JSON: " + e.Message);
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add("expected a JSON object");
                return null;
            }
            foreach (var property in root.EnumerateObject().Where(p => !Fields.Contains(p.Name)))
            {
                errors.Add($"unknown field \"{property.Name}\" (expected {string.Join(", ", Fields)})");
            }
            var id = RequiredString(root, "id", errors);
            var text = RequiredString(root, "query", errors);
            var category = RequiredString(root, "category", errors);
            var note = RequiredString(root, "note", errors);
            if (category is not null && !Categories.Contains(category))
            {
                errors.Add($"unknown category \"{category}\" (expected one of {string.Join(", ", Categories)})");
            }
            var judgments = ParseJudgments(root, errors);
            var (viewer, scope) = ParseViewer(root, category, judgments, errors);
            return errors.Count == 0 ? new JudgedQuery(id!, text!, category!, judgments!, note!) { Viewer = viewer, Scope = scope } : null;
        }
    }

    /// <summary>
    /// The optional viewer and scope: a scope is seen from a viewer, a colleague query has one, and the viewer is never
    /// a hit of their own search (so never judged relevant).
    /// </summary>
    private static (string? Viewer, ExpertScope Scope) ParseViewer(JsonElement root, string? category, Dictionary<string, int>? judgments, List<string> errors)
    {
        string? viewer = null;
        if (root.TryGetProperty("viewer", out _))
        {
            viewer = RequiredString(root, "viewer", errors);
        }
        var scope = ExpertScope.Anyone;
        if (root.TryGetProperty("scope", out var scopeValue))
        {
            if (scopeValue.ValueKind != JsonValueKind.String || !Scopes.TryGetValue(scopeValue.GetString()!, out scope))
            {
                errors.Add($"\"scope\" must be one of {string.Join(", ", Scopes.Keys)}");
            }
            else if (!root.TryGetProperty("viewer", out _))
            {
                errors.Add("\"scope\" needs a \"viewer\" to be seen from");
            }
        }
        if (category == ColleagueCategory && !root.TryGetProperty("viewer", out _))
        {
            errors.Add($"a {ColleagueCategory} query needs a \"viewer\"");
        }
        if (viewer is not null && judgments is not null && judgments.GetValueOrDefault(viewer) > 0)
        {
            errors.Add($"the viewer \"{viewer}\" is judged relevant, but is never a hit of their own search");
        }
        return (viewer, scope);
    }

    private static string? RequiredString(JsonElement root, string name, List<string> errors)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            errors.Add($"\"{name}\" is required");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add($"\"{name}\" must be a non-empty string");
            return null;
        }
        return value.GetString();
    }

    private static Dictionary<string, int>? ParseJudgments(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("judgments", out var value))
        {
            errors.Add("\"judgments\" is required");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add("\"judgments\" must be an object of person key to grade");
            return null;
        }
        var judgments = new Dictionary<string, int>(StringComparer.Ordinal);
        var valid = true;
        foreach (var judgment in value.EnumerateObject())
        {
            if (string.IsNullOrWhiteSpace(judgment.Name))
            {
                errors.Add("a judgment has an empty person key");
                valid = false;
            }
            else if (judgment.Value.ValueKind != JsonValueKind.Number || !judgment.Value.TryGetInt32(out var grade) || grade is < 0 or > MaxGrade)
            {
                errors.Add($"the grade of \"{judgment.Name}\" must be an integer from 0 to {MaxGrade}");
                valid = false;
            }
            else if (!judgments.TryAdd(judgment.Name, grade))
            {
                errors.Add($"\"{judgment.Name}\" is judged twice");
                valid = false;
            }
        }
        if (valid && !judgments.Values.Any(g => g >= RankingMetrics.RelevantGrade))
        {
            errors.Add($"\"judgments\" needs at least one person graded {RankingMetrics.RelevantGrade} or higher");
            valid = false;
        }
        return valid ? judgments : null;
    }
}
