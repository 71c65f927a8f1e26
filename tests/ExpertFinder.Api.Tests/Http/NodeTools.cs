using System.Diagnostics;
using ExpertFinder.Api.Hosting;

namespace ExpertFinder.Api.Tests.Http;

/// <summary>Runs the Node scripts in Http/node (npm packages pinned by its package-lock.json, installed by ./expertfinder test).</summary>
internal static class NodeTools
{
    /// <summary>The checkout, where the browser scripts and the node packages are.</summary>
    public static string RepositoryRoot() => CheckoutPaths.Root;

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "ExpertFinder.Api.Tests", "Http", "node");

    /// <summary>Runs node on a script in the folder; the output is returned whatever the exit code, which the caller judges.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules")),
            $"{Folder}/node_modules is missing: run ./expertfinder test (or npm ci --prefix {Folder})");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within {timeout}: {await errors}");
        }
        return (process.ExitCode, await output, await errors);
    }
}
