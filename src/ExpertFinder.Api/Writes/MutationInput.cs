using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static ExpertFinder.Api.Writes.MutationErrorCode;

namespace ExpertFinder.Api.Writes;

/// <summary>
/// Reads one mutation's input object, which GraphQL hands over as a dictionary holding only the fields the client
/// sent: an absent field is left alone by partial updates, an explicit null clears it. Every problem is recorded
/// as a ValidationError with the path of the field at fault; reading goes on so that all problems are reported.
/// </summary>
internal sealed partial class MutationInput(IDictionary<string, object?> fields, List<MutationError> errors, IReadOnlyList<string> path)
{
    public const int MaxNameLength = 200;
    public const int MaxLongTextLength = 10_000;
    public const int MaxKeyLength = Import.JsonLine.MaxKeyLength;
    public const int MaxDocumentTextBytes = 1024 * 1024;

    public bool Has(string field) => fields.ContainsKey(field);

    /// <summary>The names of the fields the client sent, explicit nulls included.</summary>
    public IEnumerable<string> FieldNames => fields.Keys;

    private object? Value(string field) => fields.TryGetValue(field, out var value) ? value : null;

    public IReadOnlyList<string> PathOf(string field) => [.. path, field];

    public void Invalid(string field, MutationErrorCode code, string message) => errors.Add(new ValidationError(message, code, PathOf(field)));

    /// <summary>Trimmed text; blank counts as absent. A required field that is absent, null or blank is an error.</summary>
    public string? Text(string field, int maxLength, bool required = false)
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
        if (text.Length > maxLength)
        {
            Invalid(field, TooLong, $"'{field}' must be at most {maxLength} characters");
            return null;
        }
        return text;
    }

    /// <summary>A document's text: kept as written (not trimmed), capped in UTF-8 bytes as the import caps it.</summary>
    public string? LargeText(string field, int maxBytes, bool required = false)
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
        if (Encoding.UTF8.GetByteCount(text) > maxBytes)
        {
            Invalid(field, TooLong, $"'{field}' must be at most {maxBytes} bytes");
            return null;
        }
        return text;
    }

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

    public string? Email(string field)
    {
        var email = Text(field, 254);
        if (email is not null && !EmailShape().IsMatch(email))
        {
            Invalid(field, InvalidFormat, $"'{field}' is not an e-mail address");
            return null;
        }
        return email;
    }

    public string? Phone(string field)
    {
        var phone = Text(field, 40);
        if (phone is not null && !PhoneShape().IsMatch(phone))
        {
            Invalid(field, InvalidFormat, $"'{field}' may hold only digits, spaces, +, -, ( and )");
            return null;
        }
        return phone;
    }

    /// <summary>A two-letter lowercase ISO 639-1 code.</summary>
    public string? Language(string field)
    {
        var language = Text(field, 2 + 1);
        if (language is not null && !IsLanguageCode(language))
        {
            Invalid(field, InvalidFormat, $"'{field}' must be a two-letter ISO 639-1 code such as da or en");
            return null;
        }
        return language;
    }

    public int? Int(string field, int min, int max, bool required = false)
    {
        if (Value(field) is not int value)
        {
            if (required)
            {
                Invalid(field, Required, $"'{field}' is required");
            }
            return null;
        }
        if (value < min || value > max)
        {
            Invalid(field, OutOfRange, $"'{field}' must be between {min} and {max}");
            return null;
        }
        return value;
    }

    public DateOnly? Date(string field) => Value(field) as DateOnly?;

    /// <summary>A month written YYYY-MM, as the first day of that month.</summary>
    public DateOnly? Month(string field)
    {
        var text = Text(field, 7);
        if (text is null)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            Invalid(field, InvalidFormat, $"'{field}' must be a month written YYYY-MM");
            return null;
        }
        return month;
    }

    /// <summary>A list of words: trimmed, blanks dropped, repeats (ignoring case) dropped, each and the count capped.</summary>
    public List<string> Words(string field, int maxCount, int maxLength, Func<string, bool>? isValid = null, string? shape = null)
    {
        var words = new List<string>();
        if (Value(field) is not IEnumerable<object?> items)
        {
            return words;
        }
        var index = 0;
        foreach (var item in items)
        {
            var word = (item as string)?.Trim();
            if (string.IsNullOrEmpty(word) || words.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                index++;
                continue;
            }
            if (word.Length > maxLength)
            {
                errors.Add(new ValidationError($"'{field}[{index}]' must be at most {maxLength} characters", TooLong, [.. path, field, Index(index)]));
            }
            else if (isValid is not null && !isValid(word))
            {
                errors.Add(new ValidationError($"'{field}[{index}]' must be {shape}", InvalidFormat, [.. path, field, Index(index)]));
            }
            else
            {
                words.Add(word);
            }
            index++;
        }
        if (words.Count > maxCount)
        {
            Invalid(field, TooMany, $"'{field}' may hold at most {maxCount} items");
        }
        return words;
    }

    /// <summary>
    /// A list of short statements in the user's own words: the count is checked as sent (so a long list is refused
    /// before any item is read), then each is trimmed and capped, blanks are dropped and repeats (ignoring case) after
    /// the first are dropped.
    /// </summary>
    public List<string> Statements(string field, int maxCount, int maxLength)
    {
        var statements = new List<string>();
        if (Value(field) is not IEnumerable<object?> items)
        {
            return statements;
        }
        var sent = items as IList<object?> ?? items.ToList();
        if (sent.Count > maxCount)
        {
            Invalid(field, TooMany, $"'{field}' may hold at most {maxCount} items");
            return statements;
        }
        for (var index = 0; index < sent.Count; index++)
        {
            var statement = (sent[index] as string)?.Trim();
            if (string.IsNullOrEmpty(statement))
            {
                continue;
            }
            if (statement.Length > maxLength)
            {
                errors.Add(new ValidationError($"'{field}[{index}]' must be at most {maxLength} characters", TooLong, [.. path, field, Index(index)]));
            }
            else if (!statements.Contains(statement, StringComparer.OrdinalIgnoreCase))
            {
                statements.Add(statement);
            }
        }
        return statements;
    }

    /// <summary>A yes or no; an explicit null counts as no.</summary>
    public bool Flag(string field) => Value(field) is true;

    /// <summary>A global ID as sent; what it names is looked up in the transaction.</summary>
    public string? Id(string field) => Value(field) is { } id ? Convert.ToString(id, CultureInfo.InvariantCulture) : null;

    /// <summary>A list of global IDs in the order given; a repeat is an error.</summary>
    public List<(string Id, IReadOnlyList<string> Path)> Ids(string field, int maxCount)
    {
        var ids = new List<(string Id, IReadOnlyList<string> Path)>();
        if (Value(field) is not IEnumerable<object?> items)
        {
            return ids;
        }
        var index = 0;
        foreach (var item in items)
        {
            var id = Convert.ToString(item, CultureInfo.InvariantCulture) ?? "";
            IReadOnlyList<string> itemPath = [.. path, field, Index(index++)];
            if (ids.Any(i => i.Id == id))
            {
                errors.Add(new ValidationError($"'{field}' names the same ID twice", Duplicate, itemPath));
                continue;
            }
            ids.Add((id, itemPath));
        }
        if (ids.Count > maxCount)
        {
            Invalid(field, TooMany, $"'{field}' may hold at most {maxCount} items");
        }
        return ids;
    }

    /// <summary>The input objects of a list field, each reading with its own path.</summary>
    public List<MutationInput> Objects(string field, int maxCount)
    {
        var items = (Value(field) as IEnumerable<object?>)?.OfType<IDictionary<string, object?>>().ToList() ?? [];
        if (items.Count > maxCount)
        {
            Invalid(field, TooMany, $"'{field}' may hold at most {maxCount} items");
            return [];
        }
        return items.Select((item, i) => new MutationInput(item, errors, [.. path, field, Index(i)])).ToList();
    }

    public static bool IsLanguageCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetterLower);

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]*$")]
    private static partial Regex PhoneShape();
}
