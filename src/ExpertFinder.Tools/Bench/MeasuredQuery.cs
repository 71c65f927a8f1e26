using System.Text.Json;
using ExpertFinder.Search.Experts;

namespace ExpertFinder.Tools.Bench;

/// <summary>
/// One query of the bench: its words, and optionally a filter, the person asking (a key in the dataset) and a scope
/// seen from them. A scope other than ANYONE without a viewer is asked by the bench's default viewer.
/// </summary>
public sealed record MeasuredQuery(string Id, string Text, ExpertFilter Filter, string? Viewer, ExpertScope Scope)
{
    public const string FileName = Generation.BenchQueries.FileName;

    public MeasuredQuery(string id, string text)
        : this(id, text, ExpertFilter.None, null, ExpertScope.Anyone)
    {
    }

    /// <summary>Whether the query needs someone to ask it: a viewer of its own, or a scope seen from somebody.</summary>
    public bool NeedsViewer => Viewer is not null || Scope != ExpertScope.Anyone;

    /// <summary>
    /// The dataset's query set (<see cref="FileName"/> beside its JSONL files, in the format the generator writes and
    /// reads: <see cref="Generation.BenchQuery"/>), or <see cref="BuiltIn"/> when the dataset has none. A malformed
    /// line throws <see cref="InvalidDataException"/> as <c>file:line: message</c>.
    /// </summary>
    public static IReadOnlyList<MeasuredQuery> Load(string dataset)
    {
        var path = Path.Combine(dataset, FileName);
        if (!File.Exists(path))
        {
            return BuiltIn;
        }
        var queries = Generation.BenchQueries.Load(path).Select(q => new MeasuredQuery(q.Id, q.Text,
            q.Filter is { } filter ? filter.ToExpertFilter() with { Roles = [.. filter.Roles.Select(Word)], NetworkKinds = [.. filter.NetworkKinds.Select(Word)] } : ExpertFilter.None,
            q.Viewer, q.ExpertScope)).ToList();
        return queries.Count > 0 ? queries : throw new InvalidDataException($"{path}:1: no queries");
    }

    /// <summary>Roles and network kinds as dataset words, whether written so or as GraphQL enum names.</summary>
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
    public static readonly IReadOnlyList<MeasuredQuery> BuiltIn =
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
