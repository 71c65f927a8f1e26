using System.Text.Json;

namespace ExpertFinder.Tools.Generation;

/// <summary>The optional and list fields of the interchange format, as the generators write them.</summary>
internal static class JsonLineFields
{
    public static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    /// <summary>A field written only when it has a value: absent optional fields stay absent.</summary>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
