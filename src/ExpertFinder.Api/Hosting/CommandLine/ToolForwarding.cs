using System.Diagnostics;
using System.Runtime.InteropServices;

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
            command.SetAction(async (parse, _) =>
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
                // The tool decides what a signal means (load still reports after a first Ctrl-C): the terminal sends
                // SIGINT to both processes, so this one ignores it and waits; a SIGTERM sent to this one is passed on.
                using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
                using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
                {
                    context.Cancel = true;
                    PassOn(process, "TERM");
                });
                await process.WaitForExitAsync(CancellationToken.None);
                return process.ExitCode;
            });
        }
    }

    private static void PassOn(Process process, string signal)
    {
        try
        {
            using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false });
            kill?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            process.Kill(entireProcessTree: true);
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
