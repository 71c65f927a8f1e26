using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.RateLimiting;

/// <summary>
/// A server with low limits: a general burst of 20 and a heavy burst of 3, each refilled by one permit a minute, so
/// that no test outlives its refusal. Each test signs in as a person of its own through <see cref="PersonHeader"/>
/// (a stand-in for authentication, which sets the caller before the limiter runs), so each has budgets of its own.
/// </summary>
public sealed class RateLimitedServerFixture() : ServerFixture(builder =>
{
    builder.Configuration["ExpertFinder:RateLimits:General:Burst"] = GeneralBurst.ToString(System.Globalization.CultureInfo.InvariantCulture);
    builder.Configuration["ExpertFinder:RateLimits:General:PermitsPerMinute"] = "1";
    builder.Configuration["ExpertFinder:RateLimits:Heavy:Burst"] = HeavyBurst.ToString(System.Globalization.CultureInfo.InvariantCulture);
    builder.Configuration["ExpertFinder:RateLimits:Heavy:PermitsPerMinute"] = "1";
    builder.Services.AddSingleton<IStartupFilter, SignInFromTestHeader>();
})
{
    public const int GeneralBurst = 20;
    public const int HeavyBurst = 3;
    public const string PersonHeader = "X-Test-Person";

    public Task<HttpResponseMessage> GetAsync(string person, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(PersonHeader, person);
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string person, string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        if (person.Length > 0)
        {
            request.Headers.Add(PersonHeader, person);
        }
        return Http.SendAsync(request);
    }

    /// <summary>An analyst, so that the authorization coming from the auth work lets them at person-level graphs and exports.</summary>
    private sealed class SignInFromTestHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (http.Request.Headers[PersonHeader].ToString() is { Length: > 0 } key)
                {
                    http.SetCaller(new Caller { Kind = CallerKind.User, PersonId = 1, PersonKey = key, Subject = key + "@test.dk", Roles = new HashSet<string>([Role.Analyst]) });
                }
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
