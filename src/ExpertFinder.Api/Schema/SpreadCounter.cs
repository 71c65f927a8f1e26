using GraphQL.Validation;
using GraphQLParser.AST;

namespace ExpertFinder.Api.Schema;

/// <summary>
/// Counts what an operation asks for as it runs it: a fragment once for every time it is spread, so fragments that
/// spread each other twice over multiply. Each fragment is counted once and remembered, so counting takes time in
/// proportion to the document however much it multiplies (walking every spread would take as long as the count).
/// A fragment spread within itself counts nothing: that cycle is an error of its own rule.
/// </summary>
internal sealed class SpreadCounter
{
    /// <summary>Counts stop growing here: doubling fragments could otherwise overflow any integer.</summary>
    public const long Saturated = 1_000_000_000;

    private readonly Func<GraphQLField, long> weigh;
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments;
    private readonly Dictionary<string, long> counted = new(StringComparer.Ordinal);
    private readonly HashSet<string> counting = new(StringComparer.Ordinal);

    /// <param name="weigh">What one field counts, before what its own selection counts.</param>
    private SpreadCounter(GraphQLDocument document, Func<GraphQLField, long> weigh)
    {
        this.weigh = weigh;
        fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The count for the operation the request runs (the largest of them when it names none that exists).</summary>
    public static long CountOperation(ValidationContext context, Func<GraphQLField, long> weigh)
    {
        var counter = new SpreadCounter(context.Document, weigh);
        var operations = context.Operation is { } selected
            ? [selected]
            : context.Document.Definitions.OfType<GraphQLOperationDefinition>();
        return operations.Select(operation => counter.Count(operation.SelectionSet)).DefaultIfEmpty(0).Max();
    }

    /// <summary>A count as a message tells it.</summary>
    public static string Tell(long count) =>
        count >= Saturated ? "more than a billion" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private long Count(GraphQLSelectionSet? selectionSet)
    {
        long count = 0;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            count = Add(count, selection switch
            {
                GraphQLField field => Add(weigh(field), Count(field.SelectionSet)),
                GraphQLInlineFragment inline => Count(inline.SelectionSet),
                GraphQLFragmentSpread spread => CountFragment(spread.FragmentName.Name.StringValue),
                _ => 0,
            });
        }
        return count;
    }

    private long CountFragment(string name)
    {
        if (counted.TryGetValue(name, out var known))
        {
            return known;
        }
        if (!fragments.TryGetValue(name, out var fragment) || !counting.Add(name))
        {
            return 0;
        }
        var count = Count(fragment.SelectionSet);
        counting.Remove(name);
        counted[name] = count;
        return count;
    }

    private static long Add(long a, long b) => Math.Min(a + b, Saturated);
}
