using ExpertFinder.Core.Fields;

namespace ExpertFinder.Api.Data;

/// <summary>The SQL of the check constraints by which the database enforces the vocabulary's closed lists and the field rules' ranges.</summary>
internal static class CheckConstraints
{
    /// <summary>SQL check: <paramref name="column"/> is one of <paramref name="values"/>.</summary>
    public static string InCheck(string column, string[] values) =>
        $"{column} IN ({string.Join(", ", values.Select(v => $"'{v}'"))})";

    /// <summary>SQL check: <paramref name="column"/> keeps <paramref name="rule"/>'s range.</summary>
    public static string RangeCheck(string column, RangeRule rule) => $"{column} BETWEEN {rule.Min} AND {rule.Max}";
}
