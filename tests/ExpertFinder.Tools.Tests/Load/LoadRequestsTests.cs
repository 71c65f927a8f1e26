using System.Text;
using ExpertFinder.Tools.Load;

namespace ExpertFinder.Tools.Tests.Load;

/// <summary>
/// How an answer is read: only data with no errors (for a write, none in its payload either) acknowledges; a refusal
/// says nothing was written; everything else leaves a write's outcome unknown.
/// </summary>
public sealed class LoadRequestsTests
{
    [Theory]
    [InlineData(200, """{"data":{"experts":{"edges":[]}}}""", null, AnswerKind.Ok, "", false)]
    [InlineData(200, """{"data":{"updatePerson":{"person":{"id":"x"},"errors":[]}}}""", "updatePerson", AnswerKind.Ok, "", false)]
    [InlineData(200, """{"data":{"updatePerson":{"person":null,"errors":[{"code":"TOO_LONG"}]}}}""", "updatePerson", AnswerKind.Refused, "TOO_LONG", false)]
    [InlineData(403, """{"errors":[{"message":"no","extensions":{"code":"FORBIDDEN"}}]}""", "updatePerson", AnswerKind.Refused, "FORBIDDEN", false)]
    [InlineData(200, """{"data":{"updatePerson":null},"errors":[{"message":"boom","extensions":{"code":"INTERNAL_ERROR"}}]}""", "updatePerson", AnswerKind.GraphQLErrors, "INTERNAL_ERROR", true)]
    [InlineData(200, """{"data":{"person":null},"errors":[{"message":"no code"}]}""", null, AnswerKind.GraphQLErrors, "(no code)", true)]
    [InlineData(500, """{"errors":[{"message":"boom","extensions":{"code":"INTERNAL_ERROR"}}]}""", "updatePerson", AnswerKind.ServerError, "INTERNAL_ERROR", true)]
    [InlineData(502, "<html>bad gateway</html>", null, AnswerKind.ServerError, "(not JSON)", true)]
    [InlineData(200, """{"data":{}}""", "updatePerson", AnswerKind.GraphQLErrors, "(no payload)", true)]
    public void An_answer_is_read_by_its_status_its_errors_and_a_write_s_payload(int status, string body, string? writeField, AnswerKind kind, string codes, bool unknown)
    {
        var answer = LoadRequests.Read(status, Encoding.UTF8.GetBytes(body), writeField, 1.5);

        Assert.Equal((kind, codes, unknown, 1.5), (answer.Kind, string.Join(",", answer.Codes), answer.OutcomeUnknown, answer.Milliseconds));
        Assert.Equal(kind == AnswerKind.Ok, answer.Payload is not null);
    }

    [Fact]
    public async Task A_request_past_its_timeout_is_cancelled_and_timed_out()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        // Accepts the connection and never answers.
        var accepting = listener.AcceptTcpClientAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}") };

        var answer = await LoadRequests.SendAsync(http, new LoadRequest("search", "{}"u8.ToArray(), "ApiKey x"), TimeSpan.FromMilliseconds(300), CancellationToken.None);

        Assert.Equal(AnswerKind.TimedOut, answer.Kind);
        Assert.InRange(answer.Milliseconds, 250, 5_000);
        Assert.True(answer.OutcomeUnknown);
        (await accepting).Dispose();
    }
}
