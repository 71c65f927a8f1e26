using System.Diagnostics;

namespace ExpertFinder.Tools.Load;

/// <summary>
/// One client: one request at a time, the next as soon as the last is answered, until the run's duration is over or
/// it is told to stop. Every request is timed and tallied; an acknowledged write goes to the ledger, and one of unknown
/// outcome takes its slot out of the check.
/// </summary>
internal sealed class LoadClient(HttpClient http, ClientMix mix, LatencyRecorder latencies, ErrorTally errors, WriteLedger ledger, LoadSettings settings)
{
    /// <param name="clock">Started when the run began.</param>
    /// <param name="stop">Start no more requests (Ctrl-C); those in flight still end within their timeout.</param>
    /// <param name="hardStop">Cancel what is still in flight: fires one request timeout after the duration, or on a second Ctrl-C.</param>
    public async Task RunAsync(Stopwatch clock, CancellationToken stop, CancellationToken hardStop)
    {
        while (clock.Elapsed < settings.Duration && !stop.IsCancellationRequested && !hardStop.IsCancellationRequested)
        {
            var request = mix.Next();
            var answer = await LoadRequests.SendAsync(http, request, settings.RequestTimeout, hardStop);
            latencies.Add(request.Operation, answer.Milliseconds);
            errors.Add(answer);
            if (request.Write is { } write)
            {
                var acknowledged = answer is { Kind: AnswerKind.Ok, Payload: { } payload } ? write.Acknowledged(payload) : null;
                if (acknowledged is not null)
                {
                    ledger.Acknowledge(acknowledged);
                }
                else if (answer.OutcomeUnknown)
                {
                    ledger.Unsettle(write.Slot);
                }
                mix.Settle(write, acknowledged, answer.OutcomeUnknown);
            }
        }
    }
}
