using System.Diagnostics;
using System.Runtime.InteropServices;
using ExpertFinder.Api.Hosting;

namespace ExpertFinder.Tools.Publishing;

/// <summary>
/// publish DIR: `dotnet publish` of the server in Release, self-contained for this machine's kind, into DIR. The
/// server's project copies the browser pages and the persisted documents beside the binaries (and refuses to publish
/// without the pages' bundle); the program is DIR/expertfinder-server.
/// </summary>
public static class PublishCommand
{
    /// <summary>The published server's program, beside ExpertFinder.Api.dll.</summary>
    public const string ProgramName = "expertfinder-server";

    /// <summary>
    /// Where the build's intermediate and output files go: a folder of their own under the server's obj/, so a publish
    /// neither rewrites what the checkout's build and tests use (a build for one runtime restores every project anew)
    /// nor compiles everything afresh each time; one per checkout, as obj/ is.
    /// </summary>
    public static string DefaultBuildFolder() => Path.Combine(CheckoutPaths.Root, "src", "ExpertFinder.Api", "obj", "publish");

    /// <summary>Publishes into <paramref name="directory"/>; the build's log is kept in <paramref name="buildFolder"/>.</summary>
    public static async Task<int> RunAsync(string directory, string buildFolder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(directory);
        var runtime = RuntimeInformation.RuntimeIdentifier;
        Directory.CreateDirectory(buildFolder);
        var log = Path.Combine(buildFolder, "publish.log");
        // The build writes to its log; its own output is read here, so the build servers it leaves running hold this
        // program's pipes, never the caller's (a `| tee` or a test run would otherwise wait for them to go).
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "publish", Path.Combine(CheckoutPaths.Root, "src", "ExpertFinder.Api", "ExpertFinder.Api.csproj"),
                     "--configuration", "Release", "--runtime", runtime, "--self-contained", "--artifacts-path", buildFolder,
                     "--output", target, "-nologo", "-noConsoleLogger", $"-fileLoggerParameters:LogFile={log};Verbosity=minimal",
                 })
        {
            start.ArgumentList.Add(argument);
        }
        await output.WriteLineAsync($"publish: building a self-contained server for {runtime} into {target}");
        using (var process = Process.Start(start)!)
        {
            var said = OutputAsync(process);
            // Waits for the build alone: the pipes stay open as long as a build server it started lives.
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                await Task.WhenAny(said, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken));
                if (said.IsCompleted && (await said).Trim() is { Length: > 0 } text)
                {
                    await error.WriteLineAsync(text);
                }
                await error.WriteLineAsync($"publish: dotnet publish failed; the last lines of {log}:");
                foreach (var line in File.Exists(log) ? File.ReadLines(log).TakeLast(20) : [])
                {
                    await error.WriteLineAsync(line);
                }
                return 1;
            }
        }
        var program = Path.Combine(target, ProgramName);
        await output.WriteLineAsync($"""
            publish: done. Run it anywhere on {runtime}, with the Danish dictionary (EXPERTFINDER_DICTIONARY, else /usr/share/hunspell/da_DK.dic):
              ConnectionStrings__ExpertFinder=... ConnectionStrings__ExpertFinderOwner=... {program} migrate
              ConnectionStrings__ExpertFinder=... ExpertFinder__IndexPath=/var/lib/expertfinder/index {program} serve --urls http://0.0.0.0:8080
            or as containers: docker compose up in {target} (its Dockerfile and compose.yaml; see Deploying in README.md)
            """);
        return 0;
    }

    /// <summary>What the process wrote to standard output and error; nothing when its pipes are closed under the read.</summary>
    private static async Task<string> OutputAsync(Process process)
    {
        try
        {
            return string.Concat(await Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync()));
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return "";
        }
    }
}
