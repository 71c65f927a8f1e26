using OpenTelemetry.Exporter;

namespace ExpertFinder.Api.Operations;

/// <summary>
/// The "ExpertFinder:Telemetry" section. Traces, metrics and logs are exported over OTLP only when an endpoint is
/// given here or in the standard OTEL_EXPORTER_OTLP_ENDPOINT (with the other OTEL_EXPORTER_OTLP_* settings).
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "ExpertFinder:Telemetry";

    /// <summary>The collector's base address, e.g. http://collector:4318 (the signal's path, /v1/traces and so on, is added).</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>How to talk to <see cref="OtlpEndpoint"/>: HttpProtobuf (port 4318, the specification's default) or Grpc (4317).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.HttpProtobuf;
}
