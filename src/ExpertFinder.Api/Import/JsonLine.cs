using System.Globalization;
using System.Text.Json;

namespace ExpertFinder.Api.Import;

/// <summary>Reads the fields of one JSON object and records every problem with its file and line.</summary>
internal sealed class JsonLine(JsonElement root, string file, int line, List<DatasetError> errors, string path = "")
{
    public const int MaxKeyLength = 200;

    public bool Failed { get; private set; }

    /// <summary>Lets a nested object's errors mark its whole line as failed.</summary>
    private Action? LineFailed { get; init; }

    public void Error(string message)
    {
        Failed = true;
        LineFailed?.Invoke();
        errors.Add(new DatasetError(file, line, message));
    }

    public string? Key(string field = "key", bool required = true)
    {
        var key = String(field, required);
        if (key is not null && key.Length > MaxKeyLength)
        {
            Error($"'{path}{field}' is longer than {MaxKeyLength} characters");
            return null;
        }
        return key;
    }

    public string? String(string field, bool required = false, int maxBytes = 100_000)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error($"'{path}{field}' is required");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Error($"'{path}{field}' must be a string, not {Describe(value)}");
            return null;
        }
        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Error($"'{path}{field}' must not be empty");
            return null;
        }
        if (System.Text.Encoding.UTF8.GetByteCount(text) > maxBytes)
        {
            Error($"'{path}{field}' is larger than {maxBytes} bytes");
            return null;
        }
        return text;
    }

    public string? OneOf(string field, string[] allowed, bool required = false, string? fallback = null)
    {
        var value = String(field, required);
        if (value is null)
        {
            return fallback;
        }
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            Error($"'{path}{field}' must be one of {string.Join(", ", allowed)}, not '{value}'");
            return null;
        }
        return value;
    }

    public List<string> Strings(string field, string[]? allowed = null, int maxLength = 1000)
    {
        var result = new List<string>();
        foreach (var (item, index) in Array(field))
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                Error($"'{path}{field}[{index}]' must be a non-empty string");
                continue;
            }
            var text = item.GetString()!;
            if (allowed is not null && !allowed.Contains(text, StringComparer.Ordinal))
            {
                Error($"'{path}{field}[{index}]' must be one of {string.Join(", ", allowed)}, not '{text}'");
            }
            else if (text.Length > maxLength)
            {
                Error($"'{path}{field}[{index}]' is longer than {maxLength} characters");
            }
            else if (!result.Contains(text, StringComparer.Ordinal))
            {
                result.Add(text);
            }
        }
        return result;
    }

    public IEnumerable<(JsonElement Item, int Index)> Array(string field)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error($"'{path}{field}' must be an array, not {Describe(value)}");
            yield break;
        }
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, index++);
        }
    }

    public JsonLine Nested(JsonElement element, string field, int index) => new(element, file, line, errors, $"{path}{field}[{index}].") { LineFailed = () => Failed = true };

    public bool IsObject => root.ValueKind == JsonValueKind.Object;

    public int? Integer(string field, int min, int max, bool required = false)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error($"'{path}{field}' is required");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Error($"'{path}{field}' must be a whole number from {min} to {max}");
            return null;
        }
        if (number < min || number > max)
        {
            Error($"'{path}{field}' must be from {min} to {max}, not {number}");
            return null;
        }
        return number;
    }

    /// <summary>A date in <paramref name="format"/> ("yyyy-MM-dd", or "yyyy-MM" for the first of that month).</summary>
    public DateOnly? Date(string field, string format)
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error($"'{path}{field}' must be a date in the form {format.ToUpperInvariant()}, not '{text}'");
            return null;
        }
        return date;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "a string",
    };
}
