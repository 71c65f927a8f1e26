using System.Diagnostics;
using ExpertFinder.Api.Hosting;

namespace ExpertFinder.Tools.Testing;

/// <summary>
/// The test verb: every test project of the checkout, as built (no build here: ./expertfinder builds first), with a
/// .trx result file each, and snapshots compared strictly; prints their sum as the last line. The results stay on disk
/// when the run is not green.
/// </summary>
public static class TestCommand
{
    public static async Task<int> RunAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var results = Directory.CreateTempSubdirectory("expertfinder-tests.").FullName;
        await error.WriteLineAsync($"expertfinder: running tests (results in {results})");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardInput = true };
        // A snapshot that is missing fails its test instead of being written: a run compares, it never records.
        start.Environment["SNAPSHOOTER_STRICT_MODE"] = "true";
        foreach (var argument in new[]
                 {
                     "test", Path.Combine(CheckoutPaths.Root, "ExpertFinder.sln"), "-c", BuildConfiguration(), "--no-build", "--nologo",
                     "--logger", "trx", "--logger", "console;verbosity=normal", "--results-directory", results,
                 })
        {
            start.ArgumentList.Add(argument);
        }
        int exit;
        using (var process = Process.Start(start)!)
        {
            // As with </dev/null: nothing in a test may wait for a keyboard.
            process.StandardInput.Close();
            await process.WaitForExitAsync(cancellationToken);
            exit = process.ExitCode;
        }
        var summary = TestRunSummary.Read(Directory.GetFiles(results, "*.trx", SearchOption.AllDirectories));
        foreach (var problem in summary.Problems)
        {
            await error.WriteLineAsync($"expertfinder: {problem}");
        }
        if (exit != 0)
        {
            await error.WriteLineAsync($"expertfinder: dotnet test exited with code {exit}");
        }
        var green = summary.Green && exit == 0;
        if (green)
        {
            Directory.Delete(results, recursive: true);
        }
        await output.WriteLineAsync(summary.Line);
        return green ? 0 : 1;
    }

    /// <summary>The configuration this program was built in (Release from ./expertfinder), which the tests were built in too.</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";
}
