namespace ExpertFinder.Api.Data;

/// <summary>The SQL of the check constraints by which the database enforces the vocabulary's closed lists.</summary>
internal static class CheckConstraints
{
    /// <summary>SQL check: <paramref name="column"/> is one of <paramref name="values"/>.</summary>
    public static string InCheck(string column, string[] values) =>
        $"{column} IN ({string.Join(", ", values.Select(v => $"'{v}'"))})";
}
