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

    /// <summary>A string field; with <paramref name="keep"/> false it is only checked, and "" stands for a valid value.</summary>
    public string? String(string field, bool required = false, int maxBytes = 100_000, bool keep = true)
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
        if (!keep && IsPlainlyValid(value, maxBytes))
        {
            return "";
        }
        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Error($"'{path}{field}' must not be empty");
            return null;
        }
        if (text.Contains('\0'))
        {
            // PostgreSQL text cannot hold it.
            Error($"'{path}{field}' must not contain the character U+0000");
            return null;
        }
        if (text.Length > maxBytes / 3 && System.Text.Encoding.UTF8.GetByteCount(text) > maxBytes)
        {
            Error($"'{path}{field}' is larger than {maxBytes} bytes");
            return null;
        }
        return keep ? text : "";
    }

    /// <summary>
    /// The UTF-8 bytes of a string field, unescaped, without the detour through a .NET string, in
    /// <paramref name="scratch"/> (grown as needed); empty when absent or not a string. For fields <see cref="String"/>
    /// has checked: it reports nothing itself.
    /// </summary>
    public ReadOnlyMemory<byte> Utf8(string field, ref byte[] scratch)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return default;
        }
        var json = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value);
        if (scratch.Length < json.Length)
        {
            scratch = new byte[Math.Max(json.Length, scratch.Length * 2)];
        }
        if (json.IndexOf((byte)'\\') < 0)
        {
            json[1..^1].CopyTo(scratch);
            return scratch.AsMemory(0, json.Length - 2);
        }
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return scratch.AsMemory(0, reader.CopyString(scratch));
    }

    /// <summary>
    /// Whether a string passes every check without being decoded, judged from its JSON: no longer than the limit even
    /// before unescaping, starting with a visible ASCII character, no escaped U+0000. Otherwise the caller decodes it.
    /// </summary>
    private static bool IsPlainlyValid(JsonElement value, int maxBytes)
    {
        var json = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value);
        var content = json[1..^1];
        return content.Length > 0 && content.Length <= maxBytes && content[0] is > (byte)' ' and < 0x80 and not (byte)'\\'
            && content.IndexOf("\\u0000"u8) < 0;
    }

    /// <summary>Whether the object has the field at all, even as null: the extensions tell "absent" (keep) from null (clear).</summary>
    public bool Has(string field) => root.TryGetProperty(field, out _);

    /// <summary>A boolean field; null when absent, false when null.</summary>
    public bool? Boolean(string field)
    {
        if (!root.TryGetProperty(field, out var value))
        {
            return null;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False or JsonValueKind.Null:
                return false;
            default:
                Error($"'{path}{field}' must be true or false, not {Describe(value)}");
                return null;
        }
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
    public DateOnly? Date(string field, string format, bool required = false)
    {
        var text = String(field, required);
        if (text is null)
        {
            return null;
        }
        if (!TryParseDate(text, format, out var date))
        {
            Error($"'{path}{field}' must be a date in the form {format.ToUpperInvariant()}, not '{text}'");
            return null;
        }
        return date;
    }

    /// <summary>
    /// Parses exactly <paramref name="format"/>, whose letters y, M and d stand for digits. DateOnly.TryParseExact does the
    /// same through the culture machinery, and took most of the time of reading a million documents.
    /// </summary>
    internal static bool TryParseDate(string text, string format, out DateOnly date)
    {
        date = default;
        if (text.Length != format.Length)
        {
            return false;
        }
        int year = 0, month = 0, day = format.Contains('d') ? 0 : 1;
        for (var i = 0; i < format.Length; i++)
        {
            var part = format[i];
            if (part is not ('y' or 'M' or 'd'))
            {
                if (text[i] != part)
                {
                    return false;
                }
                continue;
            }
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
            var digit = text[i] - '0';
            _ = part switch
            {
                'y' => year = year * 10 + digit,
                'M' => month = month * 10 + digit,
                _ => day = day * 10 + digit,
            };
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
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
