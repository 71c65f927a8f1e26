using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ExpertFinder.Tools.Load;

/// <summary>One request ready to send: its operation, body and credentials, and, for a write, what it writes.</summary>
public sealed record LoadRequest(string Operation, byte[] Body, string Authorization, PendingWrite? Write = null);

/// <summary>
/// A write on its way: the mutation's field in the answer, the slot it writes to, and the write as the ledger records it
/// once the payload acknowledges it (a created document's key comes from the payload).
/// </summary>
public sealed record PendingWrite(string Field, string Slot, Func<JsonElement, AcknowledgedWrite> Acknowledged);

/// <summary>How a request ended, as far as the client can tell.</summary>
public enum AnswerKind
{
    /// <summary>A 2xx answer with data and no errors (for a write: no errors in its payload either).</summary>
    Ok,

    /// <summary>A 4xx status, or a mutation's payload naming a broken rule: the server says nothing was written.</summary>
    Refused,

    /// <summary>A 2xx answer with GraphQL errors: the request was executed, not all of it succeeded.</summary>
    GraphQLErrors,

    /// <summary>A 5xx status.</summary>
    ServerError,

    /// <summary>No answer within the request timeout (or before the run's hard stop); the request was cancelled.</summary>
    TimedOut,

    /// <summary>No HTTP answer at all: the connection failed.</summary>
    Failed,
}

/// <summary>
/// What came back: the status (none when nothing did), the GraphQL error codes, and when it succeeded its data (for a
/// write, the mutation's payload).
/// </summary>
public sealed record Answer(AnswerKind Kind, double Milliseconds, int? Status, IReadOnlyList<string> Codes, JsonElement? Payload = null)
{
    /// <summary>Whether a write may have landed although the client cannot tell: nothing but an acknowledgement or a refusal says.</summary>
    public bool OutcomeUnknown => Kind is not (AnswerKind.Ok or AnswerKind.Refused);
}

/// <summary>Sends one request with its own timeout and reads how it ended; every failure becomes an <see cref="Answer"/>, never an exception.</summary>
public static class LoadRequests
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue[] Accept = [new("application/graphql-response+json"), new("application/json")];

    public static async Task<Answer> SendAsync(HttpClient http, LoadRequest request, TimeSpan timeout, CancellationToken hardStop)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(hardStop);
        cancel.CancelAfter(timeout);
        var started = Stopwatch.GetTimestamp();
        double Elapsed() => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(request.Body) };
            message.Content.Headers.ContentType = Json;
            foreach (var type in Accept)
            {
                message.Headers.Accept.Add(type);
            }
            message.Headers.TryAddWithoutValidation("Authorization", request.Authorization);
            using var response = await http.SendAsync(message, cancel.Token);
            var body = await response.Content.ReadAsByteArrayAsync(cancel.Token);
            return Read((int)response.StatusCode, body, request.Write?.Field, Elapsed());
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return new Answer(AnswerKind.TimedOut, Elapsed(), null, []);
        }
        catch (HttpRequestException e)
        {
            return new Answer(AnswerKind.Failed, Elapsed(), null, [e.HttpRequestError.ToString()]);
        }
    }

    /// <summary>The answer to a request; <paramref name="writeField"/> is the mutation's field whose payload says whether it wrote.</summary>
    public static Answer Read(int status, byte[] body, string? writeField, double milliseconds)
    {
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(body);
            root = json.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Not GraphQL at all (a proxy's error page, say): the status alone tells.
            return new Answer(status >= 500 ? AnswerKind.ServerError : status >= 400 ? AnswerKind.Refused : AnswerKind.GraphQLErrors, milliseconds, status, ["(not JSON)"]);
        }
        var codes = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray().Select(Code).ToList()
            : [];
        if (status >= 500)
        {
            return new Answer(AnswerKind.ServerError, milliseconds, status, codes);
        }
        if (status >= 400)
        {
            return new Answer(AnswerKind.Refused, milliseconds, status, codes);
        }
        if (codes.Count > 0 || status is < 200 or >= 300)
        {
            return new Answer(AnswerKind.GraphQLErrors, milliseconds, status, codes);
        }
        if (writeField is null)
        {
            return root.TryGetProperty("data", out var read) && read.ValueKind == JsonValueKind.Object
                ? new Answer(AnswerKind.Ok, milliseconds, status, [], read)
                : new Answer(AnswerKind.GraphQLErrors, milliseconds, status, ["(no data)"]);
        }
        if (!(root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty(writeField, out var payload)
              && payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("errors", out var problems) && problems.ValueKind == JsonValueKind.Array))
        {
            return new Answer(AnswerKind.GraphQLErrors, milliseconds, status, ["(no payload)"]);
        }
        var refusals = problems.EnumerateArray().Select(e => e.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "(no code)").ToList();
        return refusals.Count > 0
            ? new Answer(AnswerKind.Refused, milliseconds, status, refusals)
            : new Answer(AnswerKind.Ok, milliseconds, status, [], payload);
    }

    private static string Code(JsonElement error) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
        && extensions.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
            ? code.GetString()!
            : "(no code)";
}
