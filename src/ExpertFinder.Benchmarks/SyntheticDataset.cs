using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ExpertFinder.Benchmarks;

/// <summary>
/// Writes a large dataset in the interchange format from Danish municipal vocabulary, deterministically for a seed,
/// so that import and search can be measured at the scale of many municipalities.
/// </summary>
public static class SyntheticDataset
{
    private static readonly string[] Prefixes =
    [
        "sundheds", "personale", "lærings", "velfærds", "borger", "data", "klima", "børne", "ældre", "social", "beskæftigelses",
        "trafik", "skole", "kultur", "miljø", "bolig", "integrations", "ledelses", "kompetence", "arbejdsmiljø", "kvalitets",
        "økonomi", "indkøbs", "kommunikations", "digitaliserings", "forebyggelses", "rehabiliterings", "demens", "plan", "natur",
    ];

    private static readonly string[] Suffixes =
    [
        "fremme", "jura", "netværk", "teknologi", "inddragelse", "analyse", "tilpasning", "pleje", "rådgivning", "indsats",
        "politik", "plan", "strategi", "ledelse", "udvikling", "evaluering", "samarbejde", "konsulent", "koordinator", "team",
        "møde", "referat", "skabelon", "katalog", "projekt", "område", "tilbud", "service", "data", "viden",
    ];

    /// <summary>About 900 Danish compounds; drawn with a Zipf-like skew, so a few are common and most are rare.</summary>
    private static readonly string[] Words = [.. Prefixes.SelectMany(p => Suffixes.Select(s => p + s))];

    private const int Competences = 200;

    private static readonly string[] Filler = ["og", "i", "til", "med", "om", "for", "på", "af", "det", "vi", "der", "en", "et"];

    public static void Write(string directory, int people, int documents, int seed = 42, int? networkCount = null)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        var municipalities = Math.Max(1, people / 5000);
        var departments = municipalities * 6;
        var offices = departments * 5;

        using (var units = Writer(directory, "units.jsonl"))
        {
            for (var m = 0; m < municipalities; m++)
            {
                Line(units, new { key = $"m{m}", name = $"Kommune {m}", kind = "municipality" });
            }
            for (var d = 0; d < departments; d++)
            {
                Line(units, new { key = $"d{d}", name = $"Forvaltning {d}", kind = "department", parent = $"m{d % municipalities}" });
            }
            for (var o = 0; o < offices; o++)
            {
                Line(units, new { key = $"o{o}", name = $"Afdeling for {Word(random)} {o}", kind = "office", parent = $"d{o % departments}" });
            }
        }
        using (var competences = Writer(directory, "competences.jsonl"))
        {
            for (var c = 0; c < Competences; c++)
            {
                Line(competences, new { key = $"c{c}", name = Words[c], synonyms = new[] { Words[(c + 7) % Words.Length] } });
            }
        }
        using (var writer = Writer(directory, "people.jsonl"))
        {
            for (var p = 0; p < people; p++)
            {
                var held = Enumerable.Range(0, 1 + random.Next(5)).Select(_ => random.Next(Competences)).Distinct()
                    .Select(c => new { competence = $"c{c}", level = 1 + random.Next(5), source = "self" }).ToArray();
                Line(writer, new
                {
                    key = $"p{p}", name = $"Person {p}", title = "Konsulent", unit = $"o{random.Next(offices)}",
                    bio = Text(random, 10, 30), visibility = random.Next(50) == 0 ? "hidden" : "organisation", competences = held,
                });
            }
        }
        var networks = networkCount ?? Math.Max(1, people / 25);
        using (var writer = Writer(directory, "networks.jsonl"))
        {
            for (var n = 0; n < networks; n++)
            {
                var members = Enumerable.Range(0, 5 + random.Next(20)).Select(_ => random.Next(people)).Distinct()
                    .Select((p, i) => new { person = $"p{p}", role = i == 0 ? "facilitator" : "member" }).ToArray();
                Line(writer, new { key = $"n{n}", name = $"Netværk om {Word(random)} {n}", kind = "learning", members, topics = new[] { $"c{n % Competences}" } });
            }
        }
        using (var writer = Writer(directory, "documents.jsonl"))
        {
            for (var d = 0; d < documents; d++)
            {
                var authors = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => $"p{random.Next(people)}").Distinct().ToArray();
                Line(writer, new
                {
                    key = $"doc{d}", title = Text(random, 3, 8), kind = "note", text = Text(random, 50, 300), authors,
                    network = $"n{random.Next(networks)}", date = new DateOnly(2023, 1, 1).AddDays(random.Next(1000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                });
            }
        }
    }

    private static string Text(Random random, int min, int max)
    {
        var builder = new StringBuilder();
        var length = min + random.Next(max - min);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(3) == 0 ? Filler[random.Next(Filler.Length)] : Word(random)).Append(' ');
        }
        return builder.ToString().TrimEnd();
    }

    private static string Word(Random random) => Words[(int)(Math.Pow(random.NextDouble(), 3) * Words.Length)];

    private static StreamWriter Writer(string directory, string file) => new(Path.Combine(directory, file), false, new UTF8Encoding(false));

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Line(StreamWriter writer, object record) => writer.WriteLine(JsonSerializer.Serialize(record, Json));
}
