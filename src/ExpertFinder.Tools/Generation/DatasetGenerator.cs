using System.Diagnostics;

namespace ExpertFinder.Tools.Generation;

/// <summary>What to generate. The same options (and dictionary) always give byte-identical files, whatever <see cref="Threads"/> is.</summary>
public sealed record GeneratorOptions(int People, int Documents, int Seed = GeneratorOptions.DefaultSeed)
{
    public const int DefaultSeed = 42;

    /// <summary>How many networks; one per 25 people when not given.</summary>
    public int? Networks { get; init; }

    /// <summary>Threads that make documents; all processors when not given.</summary>
    public int? Threads { get; init; }

    /// <summary>The Hunspell .dic (with its .aff beside it); <see cref="HunspellDictionary.Locate"/> when not given.</summary>
    public string? DictionaryPath { get; init; }

    public int NetworkCount => Networks ?? Math.Max(1, People / 25);
}

/// <summary>What was written, and how long it took.</summary>
public sealed record GenerationSummary(int Units, int Competences, int People, int Networks, int Documents, int Queries, long DocumentBytes, TimeSpan Elapsed);

/// <summary>
/// <c>./expertfinder generate</c>: a realistic Danish municipal dataset in the interchange format, plus its bench query
/// set. The organisation (98 municipalities sized by population, departments, offices, teams), people, taxonomy and
/// networks are made in memory first (small: about 1 KB a person); documents are then streamed to disk in parallel.
/// </summary>
public static class DatasetGenerator
{
    public static GenerationSummary Write(string directory, GeneratorOptions options, TextWriter? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.People);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Documents);
        if (options.Documents > 0 && options.People == 0)
        {
            throw new ArgumentException("documents need people to write them", nameof(options));
        }
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(directory);
        var dictionary = options.DictionaryPath ?? HunspellDictionary.Locate();
        var taxonomy = Taxonomy.Default;
        var vocabulary = Vocabulary.For(dictionary, options.Seed);
        log?.WriteLine($"generate: {vocabulary.DictionaryWords} dictionary words from {dictionary}, {vocabulary.Pool.Count} word forms ({clock.Elapsed.TotalSeconds:F1} s)");

        var organisation = Organisation.Build(options.People, taxonomy, options.Seed);
        Staff.Describe(organisation, taxonomy, options.Seed);
        var networks = Generation.Networks.Build(options.People == 0 ? 0 : options.NetworkCount, organisation, taxonomy, options.Seed);
        GeneratedFiles.WriteUnits(Path.Combine(directory, "units.jsonl"), organisation.Units);
        GeneratedFiles.WriteCompetences(Path.Combine(directory, "competences.jsonl"), taxonomy.All);
        GeneratedFiles.WritePeople(Path.Combine(directory, "people.jsonl"), organisation.People);
        GeneratedFiles.WriteNetworks(Path.Combine(directory, "networks.jsonl"), networks);
        log?.WriteLine($"generate: {organisation.Units.Count} units, {taxonomy.All.Count} competences, {organisation.People.Count} people, {networks.Count} networks ({clock.Elapsed.TotalSeconds:F1} s)");

        var factory = organisation.People.Count == 0 ? null : new DocumentFactory(organisation, networks, vocabulary, options.Seed);
        var threads = Math.Max(1, options.Threads ?? Environment.ProcessorCount);
        var step = Math.Max(1, options.Documents / 10);
        var reported = 0L;
        var bytes = factory is null
            ? WriteEmpty(Path.Combine(directory, "documents.jsonl"))
            : GeneratedFiles.WriteDocuments(Path.Combine(directory, "documents.jsonl"), options.Documents, factory, threads, written =>
            {
                if (log is not null && written - reported >= step)
                {
                    reported = written;
                    log.WriteLine($"generate: {written} documents ({clock.Elapsed.TotalSeconds:F1} s)");
                }
            });

        var queries = factory is null ? [] : QuerySet.Build(organisation, networks, taxonomy, vocabulary, factory, options.Documents, options.Seed);
        BenchQueries.Write(Path.Combine(directory, BenchQueries.FileName), queries);
        return new GenerationSummary(organisation.Units.Count, taxonomy.All.Count, organisation.People.Count, networks.Count, options.Documents,
            queries.Count, bytes, clock.Elapsed);
    }

    private static long WriteEmpty(string path)
    {
        File.WriteAllBytes(path, []);
        return 0;
    }
}
