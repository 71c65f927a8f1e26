using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ExpertFinder.Tools.Generation;

/// <summary>
/// Writes the generated organisation in the interchange format (/work/shared/dataset-format.md, the same as seed/demo):
/// one JSON object per line, UTF-8 without escaping Danish letters, fields in a fixed order so equal input gives
/// equal bytes. Documents are written by many threads in chunks and appended in order.
/// </summary>
internal static class GeneratedFiles
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private const int DocumentsPerChunk = 500;

    public static void WriteUnits(string path, IEnumerable<OrgUnit> units) => WriteLines(path, units, (writer, unit) =>
    {
        writer.WriteString("key", unit.Key);
        writer.WriteString("name", unit.Name);
        writer.WriteString("kind", unit.Kind);
        if (unit.Parent is not null)
        {
            writer.WriteString("parent", unit.Parent.Key);
        }
    });

    public static void WriteCompetences(string path, IEnumerable<Competence> competences) => WriteLines(path, competences, (writer, competence) =>
    {
        writer.WriteString("key", competence.Key);
        writer.WriteString("name", competence.Name);
        if (competence.Parent is not null)
        {
            writer.WriteString("parent", competence.Parent.Key);
        }
        if (competence.Synonyms.Length > 0)
        {
            writer.WriteStrings("synonyms", competence.Synonyms);
        }
        writer.WriteString("description", competence.Description);
    });

    public static void WritePeople(string path, IEnumerable<Person> people) => WriteLines(path, people, (writer, person) =>
    {
        writer.WriteString("key", person.Key);
        writer.WriteString("name", person.Name);
        writer.WriteString("title", person.Title);
        writer.WriteString("unit", person.Unit.Key);
        writer.WriteString("email", person.Email);
        writer.WriteOptional("phone", person.Phone);
        writer.WriteOptional("location", person.Location);
        writer.WriteOptional("bio", person.Bio);
        if (person.Roles.Count > 0)
        {
            writer.WriteStrings("roles", person.Roles);
        }
        writer.WriteStrings("languages", person.Languages);
        writer.WriteVisibility(person.Visibility);
        writer.WriteHeldCompetences([.. person.Competences.Select(h => (h.Competence.Key, h.Level, h.Source, h.Since))]);
    });

    public static void WriteNetworks(string path, IEnumerable<Network> networks) => WriteLines(path, networks, (writer, network) =>
    {
        writer.WriteString("key", network.Key);
        writer.WriteString("name", network.Name);
        writer.WriteString("kind", network.Kind);
        writer.WriteString("description", network.Description);
        writer.WriteString("status", network.Status);
        writer.WriteString("owner", network.Owner.Key);
        writer.WriteOptional("started", network.Started?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteOptional("ended", network.Ended?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteStartArray("members");
        foreach (var member in network.Members)
        {
            writer.WriteStartObject();
            writer.WriteString("person", member.Person.Key);
            writer.WriteString("role", member.Role);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStrings("topics", network.Topics.Select(t => t.Key));
    });

    /// <summary>
    /// Documents 1..count, made <see cref="DocumentsPerChunk"/> at a time on up to <paramref name="threads"/> threads
    /// (a few chunks ahead at most, so memory stays bounded) and written in order. Returns the bytes written.
    /// </summary>
    public static long WriteDocuments(string path, int count, DocumentFactory factory, int threads, Action<long>? progress)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var chunks = (count + DocumentsPerChunk - 1) / DocumentsPerChunk;
        var pending = new Queue<Task<ArrayBufferWriter<byte>>>();
        var lookahead = Math.Max(1, threads) * 2;
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            var first = (long)chunk * DocumentsPerChunk + 1;
            var last = Math.Min(count, (long)(chunk + 1) * DocumentsPerChunk);
            if (threads <= 1)
            {
                file.Write(Chunk(factory, first, last).WrittenSpan);
            }
            else
            {
                pending.Enqueue(Task.Run(() => Chunk(factory, first, last)));
                if (pending.Count >= lookahead)
                {
                    file.Write(pending.Dequeue().GetAwaiter().GetResult().WrittenSpan);
                }
            }
            progress?.Invoke(last);
        }
        while (pending.Count > 0)
        {
            file.Write(pending.Dequeue().GetAwaiter().GetResult().WrittenSpan);
        }
        return file.Length;
    }

    private static ArrayBufferWriter<byte> Chunk(DocumentFactory factory, long first, long last)
    {
        var output = new ArrayBufferWriter<byte>((int)(last - first + 1) * 3000);
        var text = new TextBuffer();
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        for (var index = first; index <= last; index++)
        {
            var document = factory.Create(index, text);
            writer.WriteStartObject();
            writer.WriteString("key", document.Key);
            writer.WriteString("title", document.Title);
            writer.WriteString("kind", document.Kind);
            writer.WriteString("text", text.Written);
            writer.WriteStrings("authors", document.Authors.Select(a => a.Key));
            writer.WriteOptional("network", document.Network?.Key);
            writer.WriteOptional("unit", document.Unit?.Key);
            writer.WriteString("date", document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
            writer.Flush();
            output.Write("\n"u8);
            writer.Reset(output);
        }
        return output;
    }

    public static void WriteLines<T>(string path, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var output = new ArrayBufferWriter<byte>(1 << 16);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            fields(writer, item);
            writer.WriteEndObject();
            writer.Flush();
            output.Write("\n"u8);
            writer.Reset(output);
            if (output.WrittenCount > 1 << 20)
            {
                file.Write(output.WrittenSpan);
                output.ResetWrittenCount();
            }
        }
        file.Write(output.WrittenSpan);
    }
}
