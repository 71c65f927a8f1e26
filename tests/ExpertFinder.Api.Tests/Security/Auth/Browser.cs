using System.Net;
using System.Text.RegularExpressions;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// A browser by hand: redirects are not followed, so every hop can be looked at, and cookies are kept by name and
/// sent back to the server. Not HttpClient's CookieContainer: ASP.NET Core's login keeps its correlation and nonce
/// cookies with the Secure attribute (as it must, with SameSite=None), which a CookieContainer never sends over the
/// plain HTTP the test server speaks. Browsers enforce SameSite as well; this one, like HttpClient, does not, so
/// <see cref="PageLoginBrowserTests"/> logs in with Chromium too.
/// </summary>
public sealed partial class Browser(Uri server) : IDisposable
{
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

    /// <summary>The cookies the server has set and not yet deleted, by name, with the attributes they were set with.</summary>
    public Dictionary<string, (string Value, string Attributes)> Cookies { get; } = new(StringComparer.Ordinal);

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        request.RequestUri = new Uri(server, request.RequestUri!);
        // Cookies go only to the server: the provider keeps no session of its own.
        if (request.RequestUri.Authority == server.Authority && Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value.Value}")));
        }
        var response = await http.SendAsync(request);
        if (request.RequestUri.Authority == server.Authority && response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                Keep(setCookie);
            }
        }
        return response;
    }

    /// <summary>A navigation: GET with the Accept header a browser sends for a page.</summary>
    public Task<HttpResponseMessage> NavigateAsync(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return SendAsync(request);
    }

    /// <summary>Submits the first form of <paramref name="html"/> as a browser would: to its action, with its hidden fields.</summary>
    public Task<HttpResponseMessage> SubmitFormAsync(string html)
    {
        var form = FormTag().Match(html);
        Assert.True(form.Success, $"No form in: {html}");
        var fields = HiddenInput().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(WebUtility.HtmlDecode(form.Groups["action"].Value)))
        {
            Content = new FormUrlEncodedContent(fields),
        });
    }

    private void Keep(string setCookie)
    {
        var nameValue = setCookie.Split(';', 2)[0];
        var separator = nameValue.IndexOf('=', StringComparison.Ordinal);
        var (name, value) = (nameValue[..separator].Trim(), nameValue[(separator + 1)..].Trim());
        var attributes = setCookie.Contains(';', StringComparison.Ordinal) ? setCookie.Split(';', 2)[1] : "";
        // ASP.NET Core deletes a cookie by setting it empty and expired in 1970.
        if (value.Length == 0 || attributes.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
        {
            Cookies.Remove(name);
        }
        else
        {
            Cookies[name] = (value, attributes);
        }
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("<form[^>]*action=\"(?<action>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\" value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();
}
