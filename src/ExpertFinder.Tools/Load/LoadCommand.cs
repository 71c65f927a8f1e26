using System.Runtime.InteropServices;
using ExpertFinder.Tools.Bench;

namespace ExpertFinder.Tools.Load;

/// <summary>
/// `./expertfinder load`: the run on bench's quick dataset. The first Ctrl-C stops the sending and still checks and
/// reports what was sent; a second one, or SIGTERM, ends the run at once. Either way the scratch database is dropped
/// before the process exits (a signal's default would end it before the clean-up).
/// </summary>
public static class LoadCommand
{
    /// <summary>The exit code after an interruption, as a shell reports one by SIGINT.</summary>
    private const int Interrupted = 130;

    public static async Task<int> RunAsync(LoadSettings settings, TextWriter output, TextWriter log)
    {
        var dataset = QuickDataset.Ensure(log);
        using var stop = new CancellationTokenSource();
        using var abort = new CancellationTokenSource();
        void Interrupt(PosixSignalContext signal)
        {
            signal.Cancel = true;
            if (signal.Signal == PosixSignal.SIGINT && !stop.IsCancellationRequested)
            {
                log.WriteLine("load: stopping; the requests in flight end, then the check and the report follow (interrupt again to stop at once)");
                stop.Cancel();
                return;
            }
            abort.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        try
        {
            var outcome = await LoadRun.RunAsync(dataset, settings, output, log, stop.Token, abort.Token);
            return outcome.Passed ? 0 : 1;
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            log.WriteLine("load: interrupted; the scratch database was dropped");
            return Interrupted;
        }
    }
}
