using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ExpertFinder.Tools.Processes;

/// <summary>
/// One ExpertFinder.Api process started by the tools (<see cref="ServerEnvironment.StartInfo"/>): its standard output
/// and error are read line by line as they come and the last of them kept, for waiting on a line and for the message
/// of a failure; it can be killed outright (SIGKILL, as a crash or the OOM killer would) or asked to stop (SIGTERM, as
/// a deployment does).
/// </summary>
public sealed class ApiProcess : IDisposable
{
    /// <summary>Enough lines for a failure's story; a server that logs on and on keeps only its last ones.</summary>
    private const int KeptLines = 400;

    private readonly Process process;
    private readonly Queue<string> lines = new();
    private readonly System.Threading.Lock gate = new();
    private readonly TaskCompletionSource outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource errorClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private event Action<string>? LineRead;

    private ApiProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The exit code once it has exited (137 after SIGKILL, as the shell reports it, is 128 + 9).</summary>
    public int ExitCode => process.ExitCode;

    public static ApiProcess Start(ProcessStartInfo start)
    {
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var started = new ApiProcess(process);
        process.OutputDataReceived += (_, e) => started.Read(e.Data, "", started.outputClosed);
        process.ErrorDataReceived += (_, e) => started.Read(e.Data, "stderr: ", started.errorClosed);
        process.Start();
        // Nothing to read: the process sees the end of its input, as under `</dev/null`.
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>The last lines it wrote, standard error's marked, one per line: for the message of a failure.</summary>
    public string Output
    {
        get
        {
            lock (gate)
            {
                return string.Join('\n', lines);
            }
        }
    }

    /// <summary>
    /// Waits for a line that <paramref name="matches"/>, among those still to come and, unless <paramref name="newOnly"/>,
    /// those already written; throws with the output when the process exits first or <paramref name="timeout"/> passes.
    /// </summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> matches, TimeSpan timeout, string waitingFor, bool newOnly = false)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(string line)
        {
            if (matches(line))
            {
                found.TrySetResult(line);
            }
        }
        lock (gate)
        {
            foreach (var line in newOnly ? Enumerable.Empty<string>() : lines)
            {
                Check(line);
            }
            LineRead += Check;
        }
        try
        {
            var exited = process.WaitForExitAsync();
            var first = await Task.WhenAny(found.Task, exited, Task.Delay(timeout));
            if (first == found.Task)
            {
                return await found.Task;
            }
            if (first == exited)
            {
                await UntilOutputReadAsync(TimeSpan.FromSeconds(5));
                if (found.Task.IsCompleted)
                {
                    return await found.Task;
                }
                throw new InvalidOperationException($"the process exited ({process.ExitCode}) before {waitingFor}:\n{Output}");
            }
            throw new TimeoutException($"no {waitingFor} within {timeout.TotalSeconds:F0} s:\n{Output}");
        }
        finally
        {
            lock (gate)
            {
                LineRead -= Check;
            }
        }
    }

    /// <summary>Waits for the exit and for the last of its output; throws with the output when it outlives <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the process {process.Id} still runs after {timeout.TotalSeconds:F0} s:\n{Output}");
        }
        await UntilOutputReadAsync(TimeSpan.FromSeconds(10));
        return process.ExitCode;
    }

    /// <summary>Waits (a while) for the last lines of an exited process: they are read on threads of their own.</summary>
    private async Task UntilOutputReadAsync(TimeSpan atMost) =>
        await Task.WhenAny(Task.WhenAll(outputClosed.Task, errorClosed.Task), Task.Delay(atMost));

    /// <summary>SIGKILL: the process ends at once, in the middle of whatever it does, and the kernel closes its sockets and locks.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
        }
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: the process is asked to stop and shuts down gracefully on its own terms; returns its exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        if (!process.HasExited && Signals.Terminate(process.Id) != 0 && !process.HasExited)
        {
            throw new InvalidOperationException($"SIGTERM could not be sent to {process.Id} (errno {Marshal.GetLastPInvokeError()})");
        }
        return await WaitForExitAsync(timeout);
    }

    private void Read(string? line, string prefix, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }
        Action<string>? listeners;
        lock (gate)
        {
            lines.Enqueue(prefix + line);
            while (lines.Count > KeptLines)
            {
                lines.Dequeue();
            }
            listeners = LineRead;
        }
        listeners?.Invoke(prefix + line);
    }

    /// <summary>Kills a process still running: a tool that stops early leaves nothing behind.</summary>
    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: false);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It was never started, or is gone.
        }
        process.Dispose();
    }
}
