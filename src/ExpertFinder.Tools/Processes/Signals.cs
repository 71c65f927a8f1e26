using System.Runtime.InteropServices;

namespace ExpertFinder.Tools.Processes;

/// <summary>
/// The signal .NET has no method for: <see cref="System.Diagnostics.Process.Kill()"/> sends SIGKILL, but a graceful
/// stop, as systemd or a container runtime asks for it, is SIGTERM.
/// </summary>
internal static class Signals
{
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM to <paramref name="processId"/>; 0 when sent, else -1 with errno as the last P/Invoke error.</summary>
    public static int Terminate(int processId) => Kill(processId, SigTerm);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int processId, int signal);
}
