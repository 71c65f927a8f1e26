using System.Text.Json;
using ExpertFinder.Core.Fields;

namespace ExpertFinder.Api.Import;

/// <summary>
/// Reads the fields of one JSON object and records every problem with its file and line. Values are judged by the
/// field rules that mutations apply too (<see cref="FieldRules"/>).
/// </summary>
internal sealed class JsonLine(JsonElement root, string file, int line, List<DatasetError> errors, string path = "")
{
    /// <summary>What the dataset format allows any string, whatever its field: at most 100,000 bytes.</summary>
    private static readonly Utf8SizeRule AnyString = new(100_000);

    public bool Failed { get; private set; }

    /// <summary>Lets a nested object's errors mark its whole line as failed.</summary>
    private Action? LineFailed { get; init; }

    public void Error(string message)
    {
        Failed = true;
        LineFailed?.Invoke();
        errors.Add(new DatasetError(file, line, message));
    }

    public string? Key(string field = "key", bool required = true) => Text(field, FieldRules.Key, required);

    /// <summary>A string field whose value, as given, must keep <paramref name="rule"/>.</summary>
    public string? Text(string field, TextRule rule, bool required = false)
    {
        var text = String(field, required);
        return text is null ? null : Kept(field, text, rule.Check(text));
    }

    /// <summary>
    /// A string field, of at most <paramref name="size"/> (the format's limit for any string when null); with
    /// <paramref name="keep"/> false it is only checked, and "" stands for a valid value.
    /// </summary>
    public string? String(string field, bool required = false, Utf8SizeRule? size = null, bool keep = true)
    {
        size ??= AnyString;
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
        if (!keep && IsPlainlyValid(value, size.MaxBytes))
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
        if (Kept(field, text, size.Check(text)) is null)
        {
            return null;
        }
        return keep ? text : "";
    }

    /// <summary>The text when it keeps its rule; otherwise null, with the rule's reason as the line's error.</summary>
    private string? Kept(string field, string text, FieldProblem? problem)
    {
        if (problem is null)
        {
            return text;
        }
        Error($"'{path}{field}' {problem.Reason}");
        return null;
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

    /// <summary>A list of strings, each keeping <paramref name="rule"/> (and one of <paramref name="allowed"/> when given); repeats are dropped.</summary>
    public List<string> Strings(string field, TextRule rule, string[]? allowed = null)
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
            else if (rule.Check(text) is { } problem)
            {
                Error($"'{path}{field}[{index}]' {problem.Reason}");
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

    /// <summary>A whole number in the range of <paramref name="rule"/>; the error tells the number as given.</summary>
    public int? Integer(string field, RangeRule rule, bool required = false)
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
            Error($"'{path}{field}' must be a whole number from {rule.Min} to {rule.Max}");
            return null;
        }
        if (rule.Check(number) is { } problem)
        {
            Error($"'{path}{field}' {problem.Reason}, not {number}");
            return null;
        }
        return number;
    }

    /// <summary>A date written in the form of <paramref name="rule"/>; the error tells the text as given.</summary>
    public DateOnly? Date(string field, DateRule rule, bool required = false)
    {
        var text = String(field, required);
        if (text is null)
        {
            return null;
        }
        if (rule.Check(text, out var date) is { } problem)
        {
            Error($"'{path}{field}' {problem.Reason}, not '{text}'");
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
