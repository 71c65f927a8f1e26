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

    /// <summary>A person's visibility, left out when it is the format's default (real exports often leave it out).</summary>
    public static void WriteVisibility(this Utf8JsonWriter writer, string visibility)
    {
        if (visibility != ExpertFinder.Core.Vocabulary.DefaultVisibility)
        {
            writer.WriteString("visibility", visibility);
        }
    }

    /// <summary>A person's held competences by key, left out when there are none.</summary>
    public static void WriteHeldCompetences(this Utf8JsonWriter writer, IReadOnlyCollection<(string Competence, int Level, string Source, string? Since)> held)
    {
        if (held.Count == 0)
        {
            return;
        }
        writer.WriteStartArray("competences");
        foreach (var (competence, level, source, since) in held)
        {
            writer.WriteStartObject();
            writer.WriteString("competence", competence);
            writer.WriteNumber("level", level);
            writer.WriteString("source", source);
            writer.WriteOptional("since", since);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
