using System.Diagnostics.Metrics;

namespace ExpertFinder.Api.Operations;

/// <summary>
/// The server's own meter, <see cref="MeterName"/>: how long searches take, and how far the search index trails
/// PostgreSQL as the index synchronisation reports it (<see cref="ReportIndexState"/>). Readable in process by any
/// <see cref="MeterListener"/> (dotnet-counters too) and exported over OTLP when an endpoint is configured.
/// </summary>
public sealed class ExpertFinderMetrics
{
    public const string MeterName = "ExpertFinder";

    public const string SearchDuration = "expertfinder.search.duration";
    public const string IndexLag = "expertfinder.index.lag";
    public const string OutboxDepth = "expertfinder.index.outbox.depth";
    public const string SetAside = "expertfinder.index.set_aside";

    private readonly Histogram<double> searchDuration;

    // Replaced whole, so a gauge never reads a lag from one report beside a depth from another.
    private volatile IndexState? indexState;

    public ExpertFinderMetrics(IMeterFactory meters)
    {
        // The factory owns the meter and disposes it with the container; its scope tells one server's meter from another's.
        var meter = meters.Create(MeterName);
        searchDuration = meter.CreateHistogram<double>(SearchDuration, "ms",
            "Time the search index took to rank experts for one experts query (loading the hits from PostgreSQL not included).");
        meter.CreateObservableGauge(IndexLag, () => Observe(s => s.LagSeconds), "s",
            "How far the search index trails PostgreSQL: the age of the oldest change not yet searchable.");
        meter.CreateObservableGauge(OutboxDepth, () => Observe(s => s.OutboxDepth), "{entry}",
            "Changes waiting in the index outbox.");
        meter.CreateObservableGauge(SetAside, () => Observe(s => s.SetAside), "{entry}",
            "Index outbox entries set aside after failing, which need attention.");
    }

    public void RecordSearch(TimeSpan elapsed) => searchDuration.Record(elapsed.TotalMilliseconds);

    /// <summary>
    /// The index synchronisation's latest reading; the gauges show it until the next. Until the first, they show
    /// nothing rather than a zero that would look healthy.
    /// </summary>
    public void ReportIndexState(double lagSeconds, long outboxDepth, long setAside) =>
        indexState = new IndexState(lagSeconds, outboxDepth, setAside);

    private Measurement<T>[] Observe<T>(Func<IndexState, T> read) where T : struct =>
        indexState is { } state ? [new Measurement<T>(read(state))] : [];

    private sealed record IndexState(double LagSeconds, long OutboxDepth, long SetAside);
}
