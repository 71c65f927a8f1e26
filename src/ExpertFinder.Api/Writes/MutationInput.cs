using System.Globalization;
using ExpertFinder.Core.Fields;
using static ExpertFinder.Api.Writes.MutationErrorCode;

namespace ExpertFinder.Api.Writes;

/// <summary>
/// Reads one mutation's input object, which GraphQL hands over as a dictionary holding only the fields the client
/// sent: an absent field is left alone by partial updates, an explicit null clears it. Every problem is recorded
/// as a ValidationError with the path of the field at fault; reading goes on so that all problems are reported.
/// Values are judged by the field rules the import applies too (<see cref="FieldRules"/>).
/// </summary>
internal sealed class MutationInput(IDictionary<string, object?> fields, List<MutationError> errors, IReadOnlyList<string> path)
{
    /// <summary>A language code is read up to a letter longer than a code, so that a three-letter code (ISO 639-2's "dan") is told the shape of a code, not a length.</summary>
    private static readonly TextRule LanguageAsRead = new(FieldRules.LanguageCode.MaxLength + 1);

    /// <summary>A month is read up to the length of its form; a longer text is told its length.</summary>
    private static readonly TextRule MonthAsRead = new(FieldRules.Month.Format.Length);

    public bool Has(string field) => fields.ContainsKey(field);

    /// <summary>The names of the fields the client sent, explicit nulls included.</summary>
    public IEnumerable<string> FieldNames => fields.Keys;

    private object? Value(string field) => fields.TryGetValue(field, out var value) ? value : null;

    public IReadOnlyList<string> PathOf(string field) => [.. path, field];

    public void Invalid(string field, MutationErrorCode code, string message) => errors.Add(new ValidationError(message, code, PathOf(field)));

    /// <summary>Trimmed text; blank counts as absent. A required field that is absent, null or blank is an error.</summary>
    public string? Text(string field, TextRule rule, bool required = false)
    {
        var text = Trimmed(field, required);
        return text is null ? null : Kept(field, text, rule.Check(text));
    }

    private string? Trimmed(string field, bool required)
    {
        var text = (Value(field) as string)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Invalid(field, Required, $"'{field}' must not be empty");
            }
            return null;
        }
        return text;
    }

    /// <summary>A document's text: kept as written (not trimmed), capped in UTF-8 bytes as the import caps it.</summary>
    public string? LargeText(string field, Utf8SizeRule rule, bool required = false)
    {
        var text = Value(field) as string;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Invalid(field, Required, $"'{field}' must not be empty");
            }
            return null;
        }
        return Kept(field, text, rule.Check(text));
    }

    /// <summary>The value when it keeps its rule; otherwise null, with the rule's reason recorded against the field.</summary>
    private T? Kept<T>(string field, T value, FieldProblem? problem)
    {
        if (problem is null)
        {
            return value;
        }
        Invalid(field, CodeOf(problem), $"'{field}' {problem.Reason}");
        return default;
    }

    private static MutationErrorCode CodeOf(FieldProblem problem) => problem.Kind switch
    {
        FieldProblemKind.TooLong => TooLong,
        FieldProblemKind.OutOfRange => OutOfRange,
        _ => InvalidFormat,
    };

    /// <summary>A value of a GraphQL enum (already checked by the schema): the vocabulary word.</summary>
    public string? Word(string field, bool required = false)
    {
        var word = Value(field) as string;
        if (word is null && required)
        {
            Invalid(field, Required, $"'{field}' is required");
        }
        return word;
    }

    public string? Email(string field) => Text(field, FieldRules.Email);

    public string? Phone(string field) => Text(field, FieldRules.Phone);

    /// <summary>A language code, told by its shape up to a letter longer than a code (see <see cref="LanguageAsRead"/>).</summary>
    public string? Language(string field)
    {
        var language = Text(field, LanguageAsRead);
        return language is null ? null : Kept(field, language, FieldRules.LanguageCode.CheckShape(language));
    }

    public int? Int(string field, RangeRule rule, bool required = false)
    {
        if (Value(field) is not int value)
        {
            if (required)
            {
                Invalid(field, Required, $"'{field}' is required");
            }
            return null;
        }
        return Kept<int?>(field, value, rule.Check(value));
    }

    public DateOnly? Date(string field) => Value(field) as DateOnly?;

    /// <summary>A month written YYYY-MM, as the first day of that month.</summary>
    public DateOnly? Month(string field)
    {
        var text = Text(field, MonthAsRead);
        if (text is null)
        {
            return null;
        }
        var problem = FieldRules.Month.Check(text, out var month);
        return Kept<DateOnly?>(field, month, problem);
    }

    /// <summary>
    /// A list of words: the count is checked as sent (so a long list is refused before any item is read), then each is
    /// trimmed, blanks and repeats (ignoring case) are dropped, and each is checked by its rule.
    /// </summary>
    public List<string> Words(string field, int maxCount, TextRule rule)
    {
        var words = new List<string>();
        if (Sent(field, maxCount) is not { } sent)
        {
            return words;
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < sent.Count; index++)
        {
            var word = (sent[index] as string)?.Trim();
            if (string.IsNullOrEmpty(word) || !seen.Add(word))
            {
                continue;
            }
            if (rule.Check(word) is { } problem)
            {
                InvalidItem(field, index, problem);
            }
            else
            {
                words.Add(word);
            }
        }
        return words;
    }

    /// <summary>
    /// A list of short statements in the user's own words: the count is checked as sent (so a long list is refused
    /// before any item is read), then each is trimmed and capped, blanks are dropped and repeats (ignoring case) after
    /// the first are dropped.
    /// </summary>
    public List<string> Statements(string field, int maxCount, TextRule rule)
    {
        var statements = new List<string>();
        if (Sent(field, maxCount) is not { } sent)
        {
            return statements;
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < sent.Count; index++)
        {
            var statement = (sent[index] as string)?.Trim();
            if (string.IsNullOrEmpty(statement))
            {
                continue;
            }
            if (rule.Check(statement) is { } problem)
            {
                InvalidItem(field, index, problem);
            }
            else if (seen.Add(statement))
            {
                statements.Add(statement);
            }
        }
        return statements;
    }

    /// <summary>
    /// The items of a list field as sent; null when it is absent, null, or holds more than <paramref name="maxCount"/>
    /// items (a TooMany error), so that no work is done on a list longer than allowed.
    /// </summary>
    private IList<object?>? Sent(string field, int maxCount)
    {
        if (Value(field) is not IEnumerable<object?> items)
        {
            return null;
        }
        var sent = items as IList<object?> ?? items.Take(maxCount + 1).ToList();
        if (sent.Count > maxCount)
        {
            Invalid(field, TooMany, $"'{field}' may hold at most {maxCount} items");
            return null;
        }
        return sent;
    }

    /// <summary>A yes or no; an explicit null counts as no.</summary>
    public bool Flag(string field) => Value(field) is true;

    /// <summary>A global ID as sent; what it names is looked up in the transaction.</summary>
    public string? Id(string field) => Value(field) is { } id ? Convert.ToString(id, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// A list of global IDs in the order given, each with its path; a repeat is an error. Empty when the list is absent
    /// or null; null when it is longer than <paramref name="maxCount"/> (a TooMany error, and no ID is read).
    /// </summary>
    public List<(string Id, IReadOnlyList<string> Path)>? Ids(string field, int maxCount)
    {
        if (Value(field) is not IEnumerable<object?>)
        {
            return [];
        }
        if (Sent(field, maxCount) is not { } sent)
        {
            return null;
        }
        var ids = new List<(string Id, IReadOnlyList<string> Path)>(sent.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < sent.Count; index++)
        {
            var id = Convert.ToString(sent[index], CultureInfo.InvariantCulture) ?? "";
            IReadOnlyList<string> itemPath = [.. path, field, Index(index)];
            if (!seen.Add(id))
            {
                errors.Add(new ValidationError($"'{field}' names the same ID twice", Duplicate, itemPath));
                continue;
            }
            ids.Add((id, itemPath));
        }
        return ids;
    }

    /// <summary>The input objects of a list field, each reading with its own path.</summary>
    public List<MutationInput> Objects(string field, int maxCount) =>
        Sent(field, maxCount) is { } sent
            ? sent.OfType<IDictionary<string, object?>>().Select((item, i) => new MutationInput(item, errors, [.. path, field, Index(i)])).ToList()
            : [];

    private void InvalidItem(string field, int index, FieldProblem problem) =>
        errors.Add(new ValidationError($"'{field}[{index}]' {problem.Reason}", CodeOf(problem), [.. path, field, Index(index)]));

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);
}
