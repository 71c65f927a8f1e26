using System.Net;
using System.Net.Sockets;
using ExpertFinder.Api.Security.Auth;

namespace ExpertFinder.Api.Security.RateLimiting;

/// <summary>
/// Whose budget a request draws from: the caller's identity when it has one, else the address it comes from. The
/// kind is part of the key, so a person key can never share a budget with an API key of the same name. Forwarded
/// headers are not trusted: anyone can send them.
/// </summary>
public static class RateLimitKey
{
    public static string For(HttpContext http) => For(http.GetCaller(), http.Connection.RemoteIpAddress);

    public static string For(Caller caller, IPAddress? remoteAddress) => caller.Kind switch
    {
        CallerKind.User when caller.PersonKey is not null => "person:" + caller.PersonKey,
        CallerKind.User => "user:" + caller.Subject,
        CallerKind.ApiKey => "apikey:" + caller.ApiKeyName,
        CallerKind.CommandLine => "command-line",
        _ => "anon:" + AddressKey(remoteAddress),
    };

    /// <summary>
    /// An IPv4 client is one address whether it arrives as IPv4 or IPv4-mapped IPv6. An IPv6 client is its /64: one
    /// host usually holds a whole /64 and could otherwise take a fresh address, and a fresh budget, per request.
    /// </summary>
    private static string AddressKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
