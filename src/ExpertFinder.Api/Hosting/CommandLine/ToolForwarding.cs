using System.Diagnostics;

namespace ExpertFinder.Api.Hosting.CommandLine;

/// <summary>
/// The development tools' verbs (test, bench, generate, evaluate, ...) run in ExpertFinder.Tools, which references
/// the server; the server runs them there, built beside it in the checkout, with the same arguments.
/// </summary>
public static class ToolForwarding
{
    public static void Bind(ExpertFinderCommandLine line, IReadOnlyList<string> args)
    {
        foreach (var command in line.ToolCommands)
        {
            command.SetAction(async (parse, cancellationToken) =>
            {
                if (ToolsAssembly() is not { } tools)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync(
                        $"{command.Name}: the development tools are not built here; build ExpertFinder.sln in the checkout (./expertfinder {command.Name} does)");
                    return 1;
                }
                var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
                start.ArgumentList.Add(tools);
                foreach (var argument in args)
                {
                    start.ArgumentList.Add(argument);
                }
                using var process = Process.Start(start)!;
                await process.WaitForExitAsync(cancellationToken);
                return process.ExitCode;
            });
        }
    }

    /// <summary>ExpertFinder.Tools.dll of the same build (configuration and framework) as this server, if it is there.</summary>
    private static string? ToolsAssembly()
    {
        var server = Path.Combine(CheckoutPaths.Root, "src", "ExpertFinder.Api");
        var build = Path.GetRelativePath(server, AppContext.BaseDirectory);
        if (build.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(build))
        {
            return null;
        }
        var tools = Path.Combine(CheckoutPaths.Root, "src", "ExpertFinder.Tools", build, "ExpertFinder.Tools.dll");
        return File.Exists(tools) ? tools : null;
    }
}
