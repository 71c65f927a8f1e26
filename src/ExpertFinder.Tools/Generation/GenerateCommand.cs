using System.Globalization;

namespace ExpertFinder.Tools.Generation;

/// <summary>The generate verb's work: the data set into a folder, and one line that says what was written.</summary>
public static class GenerateCommand
{
    public static int Run(string directory, GeneratorOptions options, TextWriter output, TextWriter errors)
    {
        var summary = DatasetGenerator.Write(Path.GetFullPath(directory), options, errors);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {directory}: {summary.Units} units, {summary.Competences} competences, {summary.People} people, {summary.Networks} networks, " +
            $"{summary.Documents} documents ({summary.DocumentBytes / 1048576.0:F0} MiB of documents.jsonl), {summary.Queries} queries in {summary.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
