using System.Globalization;

namespace ExpertFinder.Tools.Generation;

/// <summary>The generate verb's arguments: --people N --documents M [--seed S] [--networks K] DIR, in any order.</summary>
public static class GenerateCommand
{
    /// <summary>Exit 0 when written, 2 on a usage error (with the usage on <paramref name="errors"/>).</summary>
    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter errors, string usage)
    {
        int? people = null, documents = null, networks = null;
        var seed = GeneratorOptions.DefaultSeed;
        string? directory = null;
        string? problem = null;
        for (var i = 0; i < arguments.Count && problem is null; i++)
        {
            var argument = arguments[i];
            if (argument is "--people" or "--documents" or "--seed" or "--networks")
            {
                if (i + 1 >= arguments.Count || !int.TryParse(arguments[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                    || (argument != "--seed" && argument != "--documents" && value == 0))
                {
                    problem = $"{argument} needs a whole number{(argument is "--people" or "--networks" ? " above zero" : "")}";
                    break;
                }
                i++;
                switch (argument)
                {
                    case "--people":
                        people = value;
                        break;
                    case "--documents":
                        documents = value;
                        break;
                    case "--seed":
                        seed = value;
                        break;
                    default:
                        networks = value;
                        break;
                }
            }
            else if (argument.StartsWith('-'))
            {
                problem = $"unknown option: {argument}";
            }
            else if (directory is null)
            {
                directory = argument;
            }
            else
            {
                problem = $"generate takes one directory, not also {argument}";
            }
        }
        problem ??= people is null ? "generate needs --people N"
            : documents is null ? "generate needs --documents M"
            : directory is null ? "generate needs an output directory"
            : null;
        if (problem is not null)
        {
            errors.WriteLine($"generate: {problem}");
            errors.WriteLine(usage);
            return 2;
        }
        var summary = DatasetGenerator.Write(Path.GetFullPath(directory!), new GeneratorOptions(people!.Value, documents!.Value, seed) { Networks = networks }, errors);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {directory}: {summary.Units} units, {summary.Competences} competences, {summary.People} people, {summary.Networks} networks, " +
            $"{summary.Documents} documents ({summary.DocumentBytes / 1048576.0:F0} MiB of documents.jsonl), {summary.Queries} queries in {summary.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
