using System.Text.Json;
using ExpertFinder.Search.Experts;

namespace ExpertFinder.Benchmarks;

/// <summary>
/// One query of the bench: its words, and optionally a filter, the person asking (a key in the dataset) and a scope
/// seen from them. A scope other than ANYONE without a viewer is asked by the bench's default viewer.
/// </summary>
public sealed record BenchQuery(string Id, string Text, ExpertFilter Filter, string? Viewer, ExpertScope Scope)
{
    public const string FileName = "queries.jsonl";

    public BenchQuery(string id, string text)
        : this(id, text, ExpertFilter.None, null, ExpertScope.Anyone)
    {
    }

    /// <summary>Whether the query needs someone to ask it: a viewer of its own, or a scope seen from somebody.</summary>
    public bool NeedsViewer => Viewer is not null || Scope != ExpertScope.Anyone;

    /// <summary>
    /// The dataset's query set (<see cref="FileName"/> beside its JSONL files, one object a line:
    /// <c>{"id","text","filter"?,"viewer"?,"scope"?}</c>), or <see cref="BuiltIn"/> when the dataset has none.
    /// A malformed line throws <see cref="InvalidDataException"/> as <c>file:line: message</c>.
    /// </summary>
    public static IReadOnlyList<BenchQuery> Load(string dataset)
    {
        var path = Path.Combine(dataset, FileName);
        if (!File.Exists(path))
        {
            return BuiltIn;
        }
        var queries = new List<BenchQuery>();
        var errors = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                queries.Add(Parse(line, number));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                errors.Add($"{path}:{number}: {e.Message}");
            }
        }
        if (errors.Count == 0 && queries.Count == 0)
        {
            errors.Add($"{path}:1: no queries");
        }
        return errors.Count > 0 ? throw new InvalidDataException(string.Join('\n', errors)) : queries;
    }

    private static BenchQuery Parse(string line, int number)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a query is a JSON object");
        }
        var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(t.GetString())
            ? t.GetString()!
            : throw new FormatException("'text' is required");
        var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : $"line{number}";
        var viewer = root.TryGetProperty("viewer", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var scope = root.TryGetProperty("scope", out var s) && s.ValueKind == JsonValueKind.String
            ? s.GetString() switch
            {
                "ANYONE" => ExpertScope.Anyone,
                "OUTSIDE_MY_UNIT" => ExpertScope.OutsideMyUnit,
                "OUTSIDE_MY_DEPARTMENT" => ExpertScope.OutsideMyDepartment,
                var other => throw new FormatException($"unknown scope '{other}' (ANYONE, OUTSIDE_MY_UNIT, OUTSIDE_MY_DEPARTMENT)"),
            }
            : ExpertScope.Anyone;
        var filter = root.TryGetProperty("filter", out var f) && f.ValueKind == JsonValueKind.Object ? ParseFilter(f) : ExpertFilter.None;
        return new BenchQuery(id, text, filter, viewer, scope);
    }

    private static ExpertFilter ParseFilter(JsonElement filter)
    {
        List<string> Strings(string name) => filter.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(e => e.GetString() ?? throw new FormatException($"'filter.{name}' holds strings")).ToList()
            : [];
        int? minLevel = filter.TryGetProperty("minLevel", out var level) && level.ValueKind == JsonValueKind.Number ? level.GetInt32() : null;
        if (minLevel is < 1 or > 5)
        {
            throw new FormatException("'filter.minLevel' is 1 to 5");
        }
        return new ExpertFilter
        {
            Municipalities = Strings("municipalities"),
            Departments = Strings("departments"),
            Units = Strings("units"),
            Competences = Strings("competences"),
            MinLevel = minLevel,
            // The dataset's words ("knowledge-sharer"); the GraphQL enum's names (KNOWLEDGE_SHARER) are accepted too.
            Roles = Strings("roles").Select(Word).ToList(),
            NetworkKinds = Strings("networkKinds").Select(Word).ToList(),
        };
    }

    private static string Word(string value) => value.Replace('_', '-').ToLowerInvariant();

    /// <summary>
    /// The filter as the GraphQL <c>ExpertFilter</c> input (enum values by name), or null when there is none.
    /// </summary>
    public Dictionary<string, object>? GraphQLFilter()
    {
        if (Filter.IsEmpty)
        {
            return null;
        }
        var input = new Dictionary<string, object>();
        void Add(string name, IReadOnlyCollection<string> values)
        {
            if (values.Count > 0)
            {
                input[name] = values;
            }
        }
        Add("municipalities", Filter.Municipalities);
        Add("departments", Filter.Departments);
        Add("units", Filter.Units);
        Add("competences", Filter.Competences);
        Add("roles", Filter.Roles.Select(EnumName).ToList());
        Add("networkKinds", Filter.NetworkKinds.Select(EnumName).ToList());
        if (Filter.MinLevel is { } minLevel)
        {
            input["minLevel"] = minLevel;
        }
        return input;
    }

    public string? GraphQLScope => Scope switch
    {
        ExpertScope.OutsideMyUnit => "OUTSIDE_MY_UNIT",
        ExpertScope.OutsideMyDepartment => "OUTSIDE_MY_DEPARTMENT",
        _ => null,
    };

    private static string EnumName(string word) => word.Replace('-', '_').ToUpperInvariant();

    /// <summary>
    /// For a dataset without a query set (the demo data): Danish queries as people type them, inflections, spelling
    /// variants and compounds included, a few with a filter on the vocabulary or a scope seen from the default viewer.
    /// </summary>
    public static readonly IReadOnlyList<BenchQuery> BuiltIn =
    [
        new("b01", "videndeling"), new("b02", "vidensdeling"), new("b03", "sundhedsfremme"), new("b04", "personalejura"),
        new("b05", "ansættelsesret"), new("b06", "Aarhus"), new("b07", "Århus"), new("b08", "laeringsnetvaerk"),
        new("b09", "rekruttering og onboarding"), new("b10", "velfærdsteknologi"), new("b11", "demens pårørende"),
        new("b12", "projektledelse", ExpertFilter.None, null, ExpertScope.OutsideMyUnit),
        new("b13", "GDPR databeskyttelse"), new("b14", "klimatilpasning", new ExpertFilter { MinLevel = 3 }, null, ExpertScope.Anyone),
        new("b15", "borgerinddragelse", new ExpertFilter { NetworkKinds = ["learning", "welfare"] }, null, ExpertScope.Anyone),
        new("b16", "mentor", new ExpertFilter { Roles = ["mentor"] }, null, ExpertScope.Anyone),
        new("b17", "data science dashboard"), new("b18", "sundhedsplejerske", ExpertFilter.None, null, ExpertScope.OutsideMyDepartment),
        new("b19", "tillidsbaseret ledelse"), new("b20", "referat netværksmøde"),
    ];
}
