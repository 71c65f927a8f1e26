using System.Text.RegularExpressions;

namespace ExpertFinder.Api.Http;

/// <summary>
/// The id a request is known by in the audit log and the logs: the client's <c>X-Request-Id</c> when it is a plain
/// token (so a portal can follow its own request through), else the server's own. Echoed in the response.
/// </summary>
public static partial class RequestIds
{
    public const string Header = "X-Request-Id";

    public static string For(HttpContext http)
    {
        var given = http.Request.Headers[Header].ToString();
        var id = PlainToken().IsMatch(given) ? given : http.TraceIdentifier;
        http.Response.Headers[Header] = id;
        return id;
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex PlainToken();
}
