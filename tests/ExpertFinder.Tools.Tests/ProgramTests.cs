using System.Diagnostics;
using ExpertFinder.Api.Hosting;

namespace ExpertFinder.Tools.Tests;

/// <summary>
/// The two programs of the checkout as ./expertfinder runs them: the same help from either, and a development tool's
/// verb given to the server is run by ExpertFinder.Tools with the same arguments.
/// </summary>
public sealed class ProgramTests
{
    [Fact]
    public async Task The_server_and_the_tools_print_the_same_help()
    {
        var server = await RunAsync(ServerAssembly(), "--help");
        var tools = await RunAsync(Path.Combine(AppContext.BaseDirectory, "ExpertFinder.Tools.dll"), "--help");

        Assert.Equal(0, server.Exit);
        Assert.Contains("expertfinder [command] [options]", server.Output, StringComparison.Ordinal);
        Assert.Equal(server.Output, tools.Output);
    }

    [Fact]
    public async Task The_server_hands_a_tool_verb_to_the_tools_and_passes_on_its_exit_code()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ef-forwarded-" + Guid.NewGuid().ToString("N"));
        try
        {
            var made = await RunAsync(ServerAssembly(), "generate", "--people", "12", "--documents", "5", "--seed", "7", folder);
            var refused = await RunAsync(ServerAssembly(), "generate", "--people", "12", folder);

            Assert.Equal(0, made.Exit);
            Assert.Contains("12 people", made.Output, StringComparison.Ordinal);
            Assert.Equal(5, File.ReadLines(Path.Combine(folder, "documents.jsonl")).Count(l => l.Length > 0));
            Assert.Equal(2, refused.Exit);
            Assert.Contains("--documents", refused.Errors, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The server as built in the checkout, in this test project's configuration.</summary>
    private static string ServerAssembly()
    {
        var build = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(CheckoutPaths.Root, "src", "ExpertFinder.Api", "bin", build.Parent!.Name, build.Name, "ExpertFinder.Api.dll");
        Assert.True(File.Exists(path), $"{path} is not built");
        return path;
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(string assembly, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
