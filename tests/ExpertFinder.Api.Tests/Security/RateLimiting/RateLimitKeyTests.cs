using System.Net;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Tests.Security.RateLimiting;

public sealed class RateLimitKeyTests
{
    private static readonly Caller Anna = new() { Kind = CallerKind.User, PersonId = 7, PersonKey = "anna", Subject = "anna@aarhus.dk" };

    private static DefaultHttpContext Request(Caller? caller, string? address = null)
    {
        var http = new DefaultHttpContext();
        if (caller is not null)
        {
            http.SetCaller(caller);
        }
        http.Connection.RemoteIpAddress = address is null ? null : IPAddress.Parse(address);
        return http;
    }

    [Fact]
    public void Each_kind_of_caller_has_a_key_of_its_own_and_anonymous_callers_their_address()
    {
        Assert.Equal("person:anna", RateLimitKey.For(Request(Anna, "10.0.0.1")));
        Assert.Equal("user:consultant@example.dk", RateLimitKey.For(Request(new Caller { Kind = CallerKind.User, Subject = "consultant@example.dk" }, "10.0.0.1")));
        Assert.Equal("apikey:intranet", RateLimitKey.For(Request(new Caller { Kind = CallerKind.ApiKey, ApiKeyName = "intranet", MunicipalityKey = "aarhus" }, "10.0.0.1")));
        Assert.Equal("anon:10.0.0.1", RateLimitKey.For(Request(null, "10.0.0.1")));
        Assert.Equal("anon:unknown", RateLimitKey.For(Request(null)));
    }

    [Fact]
    public void An_ipv4_client_is_one_address_and_an_ipv6_client_its_64_prefix()
    {
        Assert.Equal("anon:192.0.2.7", RateLimitKey.For(Request(null, "::ffff:192.0.2.7")));
        Assert.Equal("anon:2001:db8:1:2::/64", RateLimitKey.For(Request(null, "2001:db8:1:2:aaaa:bbbb:cccc:dddd")));
        Assert.Equal(RateLimitKey.For(Request(null, "2001:db8:1:2::1")), RateLimitKey.For(Request(null, "2001:db8:1:2:ffff::9")));
        Assert.NotEqual(RateLimitKey.For(Request(null, "2001:db8:1:2::1")), RateLimitKey.For(Request(null, "2001:db8:1:3::1")));
    }

    [Fact]
    public void Callers_do_not_share_a_budget_even_with_the_same_name_or_address()
    {
        using var limiters = new CallerRateLimiters(Options.Create(new RateLimitOptions
        {
            General = new() { PermitsPerMinute = 1, Burst = 2 },
            Heavy = new() { PermitsPerMinute = 1, Burst = 1 },
        }));
        var anna = RateLimitKey.For(Request(Anna, "10.0.0.1"));
        var others = new[]
        {
            Request(Anna with { PersonId = 8, PersonKey = "bo", Subject = "bo@aarhus.dk" }, "10.0.0.1"),
            Request(new Caller { Kind = CallerKind.ApiKey, ApiKeyName = "anna" }, "10.0.0.1"),
            Request(null, "10.0.0.1"),
            Request(null, "10.0.0.2"),
        }.Select(RateLimitKey.For).ToList();

        Assert.True(limiters.General.AttemptAcquire(anna).IsAcquired);
        Assert.True(limiters.General.AttemptAcquire(anna).IsAcquired);
        using var refused = limiters.General.AttemptAcquire(anna);

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var retryAfter));
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal(others.Count, others.Distinct().Count());
        Assert.All(others, key => Assert.True(limiters.General.AttemptAcquire(key).IsAcquired, key));
        Assert.True(limiters.Heavy.AttemptAcquire(anna).IsAcquired);
    }
}
