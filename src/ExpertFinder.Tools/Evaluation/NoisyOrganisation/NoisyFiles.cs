using System.Globalization;
using System.Text.Json;
using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// Writes the set: the organisation in the interchange format (/work/shared/dataset-format.md) into a folder, each
/// file sorted by key, and the labelled queries as JSON Lines in the order of <see cref="Queries"/>. Fields come in a
/// fixed order and Danish letters are written as they are, so the same set gives the same bytes.
/// </summary>
internal static class NoisyFiles
{
    public static readonly string[] DatasetFiles = ["units.jsonl", "competences.jsonl", "people.jsonl", "networks.jsonl", "documents.jsonl"];

    public static void Write(NoisySet set, string directory, string queriesPath)
    {
        Directory.CreateDirectory(directory);
        var organisation = set.Organisation;
        GeneratedFiles.WriteLines(Path.Combine(directory, "units.jsonl"), organisation.Units.OrderBy(u => u.Key, StringComparer.Ordinal), (writer, unit) =>
        {
            writer.WriteString("key", unit.Key);
            writer.WriteString("name", unit.Name);
            writer.WriteString("kind", unit.Kind);
            if (unit.Parent is not null)
            {
                writer.WriteString("parent", unit.Parent.Key);
            }
        });
        GeneratedFiles.WriteLines(Path.Combine(directory, "competences.jsonl"), Taxonomy.All.OrderBy(t => t.Key, StringComparer.Ordinal), (writer, topic) =>
        {
            writer.WriteString("key", topic.Key);
            writer.WriteString("name", topic.Name);
            if (topic.Parent is not null)
            {
                writer.WriteString("parent", topic.Parent);
            }
            writer.WriteStrings("synonyms", topic.Synonyms);
            writer.WriteString("description", topic.Description);
        });
        GeneratedFiles.WriteLines(Path.Combine(directory, "people.jsonl"), organisation.People.OrderBy(p => p.Key, StringComparer.Ordinal), (writer, person) =>
        {
            writer.WriteString("key", person.Key);
            writer.WriteString("name", person.Name);
            writer.WriteString("title", person.Title);
            writer.WriteString("unit", person.Unit.Key);
            writer.WriteString("email", person.Email);
            writer.WriteOptional("phone", person.Phone);
            writer.WriteOptional("location", person.Location);
            writer.WriteString("bio", person.Bio);
            if (person.Roles.Count > 0)
            {
                writer.WriteStrings("roles", person.Roles);
            }
            writer.WriteStrings("languages", person.Languages);
            writer.WriteVisibility(person.Visibility);
            writer.WriteHeldCompetences([.. person.Competences.Select(h => (h.Competence, h.Level, h.Source, (string?)h.Since))]);
        });
        GeneratedFiles.WriteLines(Path.Combine(directory, "networks.jsonl"), organisation.Networks.OrderBy(n => n.Key, StringComparer.Ordinal), (writer, network) =>
        {
            writer.WriteString("key", network.Key);
            writer.WriteString("name", network.Name);
            writer.WriteString("kind", network.Kind);
            writer.WriteString("description", network.Description);
            writer.WriteString("status", network.Status);
            writer.WriteString("owner", network.Owner.Key);
            writer.WriteString("started", Day(network.Started));
            writer.WriteOptional("ended", network.Ended is { } ended ? Day(ended) : null);
            writer.WriteStartArray("members");
            foreach (var member in network.Members)
            {
                writer.WriteStartObject();
                writer.WriteString("person", member.Person.Key);
                writer.WriteString("role", member.Role);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStrings("topics", network.Topics);
        });
        GeneratedFiles.WriteLines(Path.Combine(directory, "documents.jsonl"), organisation.Documents.OrderBy(d => d.Key, StringComparer.Ordinal), (writer, document) =>
        {
            writer.WriteString("key", document.Key);
            writer.WriteString("title", document.Title);
            writer.WriteString("kind", document.Kind);
            writer.WriteString("text", document.Text);
            writer.WriteStrings("authors", document.Authors.Select(a => a.Key));
            writer.WriteOptional("network", document.Network?.Key);
            writer.WriteOptional("unit", document.Unit?.Key);
            writer.WriteString("date", Day(document.Date));
            writer.WriteString("language", document.Language);
        });
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(queriesPath))!);
        GeneratedFiles.WriteLines(queriesPath, set.Queries, (writer, line) =>
        {
            writer.WriteString("id", line.Spec.Id);
            writer.WriteString("query", line.Spec.Text);
            writer.WriteString("category", line.Spec.Category);
            writer.WriteOptional("viewer", line.Viewer?.Key);
            writer.WriteOptional("scope", line.Spec.Scope);
            writer.WriteStartObject("judgments");
            foreach (var (person, grade) in line.Judgments)
            {
                writer.WriteNumber(person, grade);
            }
            writer.WriteEndObject();
            writer.WriteString("note", line.Note);
        });
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
