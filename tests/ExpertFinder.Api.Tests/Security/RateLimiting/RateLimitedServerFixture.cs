using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Security.Auth;

namespace ExpertFinder.Api.Tests.Security.RateLimiting;

/// <summary>
/// A server with low limits: a general burst of 20 and a heavy burst of 3, each refilled by one permit a minute, so
/// that no test outlives its refusal. Each test signs in through the real provider as an analyst of its own (a
/// subject that names no person), so each has budgets of its own.
/// </summary>
public sealed class RateLimitedServerFixture() : ServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:RateLimits:General:Burst"] = GeneralBurst.ToString(System.Globalization.CultureInfo.InvariantCulture);
    builder.Configuration["ExpertFinder:RateLimits:General:PermitsPerMinute"] = "1";
    builder.Configuration["ExpertFinder:RateLimits:Heavy:Burst"] = HeavyBurst.ToString(System.Globalization.CultureInfo.InvariantCulture);
    builder.Configuration["ExpertFinder:RateLimits:Heavy:PermitsPerMinute"] = "1";
})
{
    public const int GeneralBurst = 20;
    public const int HeavyBurst = 3;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<string>> tokens = new(StringComparer.Ordinal);

    private Task<string> TokenAsync(string subject) => tokens.GetOrAdd(subject, s => Provider.AccessTokenAsync(s, roles: [Role.Analyst]));

    public async Task<HttpResponseMessage> GetAsync(string person, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(person));
        return await Http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostAsync(string person, string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        if (person.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(person));
        }
        return await Http.SendAsync(request);
    }
}
