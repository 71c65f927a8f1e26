using System.Text.Json;
using ExpertFinder.Search.Experts;

namespace ExpertFinder.Tools.Generation;

/// <summary>
/// One query of a bench query set: the <c>queries.jsonl</c> that <c>./expertfinder generate</c> writes beside a
/// dataset (the importer reads only the five dataset files and ignores it). One JSON object per line:
/// <code>
/// {"id":"q001","text":"demens pårørende","kind":"combination",
///  "filter":{"municipalities":["k751"],"departments":["k751-so"],"units":["k751-so-3"],"competences":["c-demens"],
///            "roles":["mentor"],"networkKinds":["welfare"],"minLevel":3},
///  "viewer":"p123","scope":"OUTSIDE_MY_UNIT"}
/// </code>
/// <c>id</c> and <c>text</c> (1 to 4 words) are required. <c>kind</c> says how the query was drawn: competence,
/// synonym, topic, frequent, rare, combination, compound, person, place or typo (the one kind whose words need not
/// occur in the corpus). <c>filter</c> is optional, and so is each of its keys; values are lists of keys (units,
/// competences) or of the format's role and network kind names, except <c>minLevel</c> (1-5). <c>viewer</c> is a
/// person key (never a hidden person) searching; <c>scope</c>, <c>OUTSIDE_MY_UNIT</c> or <c>OUTSIDE_MY_DEPARTMENT</c>,
/// needs a viewer.
/// </summary>
public sealed record BenchQuery(string Id, string Text)
{
    public const string OutsideMyUnit = "OUTSIDE_MY_UNIT";
    public const string OutsideMyDepartment = "OUTSIDE_MY_DEPARTMENT";

    public string? Kind { get; init; }
    public BenchFilter? Filter { get; init; }
    public string? Viewer { get; init; }
    public string? Scope { get; init; }

    /// <summary>The scope as the search engine takes it.</summary>
    public ExpertScope ExpertScope => Scope switch
    {
        OutsideMyUnit => ExpertScope.OutsideMyUnit,
        OutsideMyDepartment => ExpertScope.OutsideMyDepartment,
        _ => ExpertScope.Anyone,
    };
}

/// <summary>The optional filter of a <see cref="BenchQuery"/>; the keys of <see cref="ExpertFilter"/>.</summary>
public sealed record BenchFilter
{
    public IReadOnlyList<string> Municipalities { get; init; } = [];
    public IReadOnlyList<string> Departments { get; init; } = [];
    public IReadOnlyList<string> Units { get; init; } = [];
    public IReadOnlyList<string> Competences { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyList<string> NetworkKinds { get; init; } = [];
    public int? MinLevel { get; init; }

    public ExpertFilter ToExpertFilter() => new()
    {
        Municipalities = Municipalities,
        Departments = Departments,
        Units = Units,
        Competences = Competences,
        Roles = Roles,
        NetworkKinds = NetworkKinds,
        MinLevel = MinLevel,
    };
}

/// <summary>Reads and writes bench query sets (the format is on <see cref="BenchQuery"/>).</summary>
public static class BenchQueries
{
    public const string FileName = "queries.jsonl";

    private static readonly string[] ListKeys = ["municipalities", "departments", "units", "competences", "roles", "networkKinds"];

    /// <summary>
    /// Every query of the file, in order. A file with errors throws <see cref="InvalidDataException"/> listing every
    /// error as <c>file:line: message</c>, one per line.
    /// </summary>
    public static IReadOnlyList<BenchQuery> Load(string path)
    {
        var name = Path.GetFileName(path);
        var queries = new List<BenchQuery>();
        var errors = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var problems = new List<string>();
            var query = Parse(line, problems);
            if (query is not null && !ids.Add(query.Id))
            {
                problems.Add($"the id {query.Id} is used twice");
            }
            errors.AddRange(problems.Select(p => $"{name}:{number}: {p}"));
            if (query is not null && problems.Count == 0)
            {
                queries.Add(query);
            }
        }
        if (errors.Count > 0)
        {
            throw new InvalidDataException(string.Join('\n', errors));
        }
        return queries;
    }

    private static BenchQuery? Parse(string line, List<string> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            problems.Add("not JSON: " + e.Message);
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add("a line must be a JSON object");
                return null;
            }
            var id = String(root, "id", problems, required: true);
            var text = String(root, "text", problems, required: true);
            var viewer = String(root, "viewer", problems, required: false);
            var scope = String(root, "scope", problems, required: false);
            var kind = String(root, "kind", problems, required: false);
            if (scope is not null and not (BenchQuery.OutsideMyUnit or BenchQuery.OutsideMyDepartment))
            {
                problems.Add($"scope must be {BenchQuery.OutsideMyUnit} or {BenchQuery.OutsideMyDepartment}");
            }
            if (scope is not null && viewer is null)
            {
                problems.Add("a scope needs a viewer");
            }
            BenchFilter? filter = null;
            if (root.TryGetProperty("filter", out var filterElement) && filterElement.ValueKind != JsonValueKind.Null)
            {
                filter = ParseFilter(filterElement, problems);
            }
            return id is null || text is null ? null : new BenchQuery(id, text) { Kind = kind, Filter = filter, Viewer = viewer, Scope = scope };
        }
    }

    private static BenchFilter? ParseFilter(JsonElement element, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add("filter must be an object");
            return null;
        }
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        int? minLevel = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "minLevel")
            {
                if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var level) || level is < 1 or > 5)
                {
                    problems.Add("filter.minLevel must be a whole number from 1 to 5");
                }
                else
                {
                    minLevel = level;
                }
            }
            else if (ListKeys.Contains(property.Name))
            {
                if (property.Value.ValueKind != JsonValueKind.Array || property.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    problems.Add($"filter.{property.Name} must be a list of strings");
                }
                else
                {
                    lists[property.Name] = [.. property.Value.EnumerateArray().Select(v => v.GetString()!)];
                }
            }
            else
            {
                problems.Add($"filter.{property.Name} is not a filter key (known: {string.Join(", ", ListKeys)}, minLevel)");
            }
        }
        return new BenchFilter
        {
            Municipalities = lists.GetValueOrDefault("municipalities") ?? [],
            Departments = lists.GetValueOrDefault("departments") ?? [],
            Units = lists.GetValueOrDefault("units") ?? [],
            Competences = lists.GetValueOrDefault("competences") ?? [],
            Roles = lists.GetValueOrDefault("roles") ?? [],
            NetworkKinds = lists.GetValueOrDefault("networkKinds") ?? [],
            MinLevel = minLevel,
        };
    }

    private static string? String(JsonElement root, string name, List<string> problems, bool required)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Add($"{name} is required");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String || value.GetString()!.Trim().Length == 0)
        {
            problems.Add($"{name} must be a non-empty string");
            return null;
        }
        return value.GetString();
    }

    public static void Write(string path, IEnumerable<BenchQuery> queries) => GeneratedFiles.WriteLines(path, queries, (writer, query) =>
    {
        writer.WriteString("id", query.Id);
        writer.WriteString("text", query.Text);
        if (query.Kind is not null)
        {
            writer.WriteString("kind", query.Kind);
        }
        if (query.Filter is { } filter)
        {
            writer.WriteStartObject("filter");
            WriteList(writer, "municipalities", filter.Municipalities);
            WriteList(writer, "departments", filter.Departments);
            WriteList(writer, "units", filter.Units);
            WriteList(writer, "competences", filter.Competences);
            WriteList(writer, "roles", filter.Roles);
            WriteList(writer, "networkKinds", filter.NetworkKinds);
            if (filter.MinLevel is { } level)
            {
                writer.WriteNumber("minLevel", level);
            }
            writer.WriteEndObject();
        }
        if (query.Viewer is not null)
        {
            writer.WriteString("viewer", query.Viewer);
        }
        if (query.Scope is not null)
        {
            writer.WriteString("scope", query.Scope);
        }
    });

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }
}
