namespace ExpertFinder.Tools.Cluster;

/// <summary>`./expertfinder cluster`: a <see cref="ClusterRun"/> reported on standard output, its progress on standard error.</summary>
public static class ClusterCommand
{
    public static async Task<int> RunAsync(ClusterSettings settings, TextWriter output, TextWriter error)
    {
        ClusterResult result;
        try
        {
            result = await ClusterRun.RunAsync(settings, error);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or FileNotFoundException)
        {
            // A server that would not start or answer: its output is in the message.
            await error.WriteLineAsync($"cluster: {e.Message}");
            return 1;
        }
        await output.WriteLineAsync(
            $"cluster: {settings.Servers} server processes on one database, each with its own index; {result.Report.Writes} writes acknowledged " +
            $"in {settings.Duration.TotalSeconds:F0} s; freshness: from a write's acknowledgement to the first search through each server that finds it");
        await output.WriteLineAsync();
        result.Report.Print(output, result.Urls);
        return result.Report.ExitCode;
    }
}
