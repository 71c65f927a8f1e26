using System.Text;

namespace ExpertFinder.Api.Tests.Operations;

/// <summary>
/// Just enough of the OTLP protobuf to check an export: requests for traces and for metrics share one shape
/// (1: resource_* { 1: resource, 2: scope_* { 1: scope { 1: name }, 2: span or metric } }), read here field by field.
/// </summary>
internal static class OtlpPayloads
{
    public sealed record Item(string Service, string Scope, byte[] Body)
    {
        /// <summary>Span.trace_id (field 1, 16 bytes), as hex.</summary>
        public string TraceId => Convert.ToHexStringLower(First(Body, 1));

        /// <summary>Span.name is field 5; Metric.name is field 1.</summary>
        public string SpanName => Encoding.UTF8.GetString(First(Body, 5));

        public string MetricName => Encoding.UTF8.GetString(First(Body, 1));
    }

    public static IEnumerable<Item> Items(byte[] request)
    {
        foreach (var resourceItems in Fields(request, 1))
        {
            var service = Fields(First(resourceItems, 1), 1)
                .Where(attribute => Encoding.UTF8.GetString(First(attribute, 1)) == "service.name")
                .Select(attribute => Encoding.UTF8.GetString(First(First(attribute, 2), 1)))
                .FirstOrDefault() ?? "";
            foreach (var scopeItems in Fields(resourceItems, 2))
            {
                var scope = Encoding.UTF8.GetString(First(First(scopeItems, 1), 1));
                foreach (var item in Fields(scopeItems, 2))
                {
                    yield return new Item(service, scope, item);
                }
            }
        }
    }

    private static byte[] First(byte[] message, int field) => Fields(message, field).FirstOrDefault() ?? [];

    /// <summary>The length-delimited values of <paramref name="field"/>; values of the other wire types are stepped over.</summary>
    private static IEnumerable<byte[]> Fields(byte[] message, int field)
    {
        var at = 0;
        while (at < message.Length)
        {
            var key = Varint(message, ref at);
            switch (key & 7)
            {
                case 0:
                    Varint(message, ref at);
                    break;
                case 1:
                    at += 8;
                    break;
                case 5:
                    at += 4;
                    break;
                case 2:
                    var length = (int)Varint(message, ref at);
                    if ((int)(key >> 3) == field)
                    {
                        yield return message[at..(at + length)];
                    }
                    at += length;
                    break;
                default:
                    throw new InvalidDataException($"wire type {key & 7} is not used by OTLP");
            }
        }
    }

    private static ulong Varint(byte[] message, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = message[at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
