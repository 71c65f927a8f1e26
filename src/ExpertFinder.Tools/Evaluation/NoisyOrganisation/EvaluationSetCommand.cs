using System.Globalization;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>The evaluation-set verb: the noisy organisation into a folder and its labelled queries into a file.</summary>
public static class EvaluationSetCommand
{
    public static int Run(string directory, string queriesPath, TextWriter output)
    {
        var set = NoisyGenerator.Generate();
        NoisyFiles.Write(set, Path.GetFullPath(directory), Path.GetFullPath(queriesPath));
        var organisation = set.Organisation;
        var bytes = NoisyFiles.DatasetFiles.Sum(f => new FileInfo(Path.Combine(directory, f)).Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {directory}: {organisation.Units.Count} units, {Taxonomy.All.Count} competences, {organisation.People.Count} people " +
            $"({organisation.People.Count(p => p.IsHidden)} hidden), {organisation.Networks.Count} networks, {organisation.Documents.Count} documents " +
            $"({organisation.Documents.Count(d => d.MainTopic is not null)} on a topic); {bytes / 1048576.0:F1} MiB"));
        output.WriteLine($"wrote {queriesPath}: {Judgments.Summary(set.Queries)}");
        return 0;
    }
}
