using GraphQL;

namespace ExpertFinder.Api.Security.Auth;

/// <summary>Where a request's <see cref="Caller"/> lives: resolved once per HTTP request, handed to GraphQL as its user context.</summary>
public static class CallerContext
{
    private const string Key = "ExpertFinder.Caller";

    /// <summary>The caller of this HTTP request; anonymous until the caller resolution has run.</summary>
    public static Auth.Caller GetCaller(this HttpContext http) =>
        http.Items.TryGetValue(Key, out var caller) && caller is Auth.Caller known ? known : Auth.Caller.Anonymous;

    public static void SetCaller(this HttpContext http, Auth.Caller caller) => http.Items[Key] = caller;

    /// <summary>The user context GraphQL executes with, so resolvers and validation rules see the caller.</summary>
    public static Dictionary<string, object?> UserContextFor(Auth.Caller caller, string? requestId) =>
        new() { [Key] = caller, [RequestIdKey] = requestId };

    private const string RequestIdKey = "ExpertFinder.RequestId";

    /// <summary>The caller of this GraphQL request; anonymous when executed without one (tools such as the schema printer).</summary>
    public static Auth.Caller Caller(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(Key, out var caller) && caller is Auth.Caller known ? known : Auth.Caller.Anonymous;

    public static Auth.Caller Caller(this IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(Key, out var caller) && caller is Auth.Caller known ? known : Auth.Caller.Anonymous;

    /// <summary>The HTTP request id (for the audit trail), when executed over HTTP.</summary>
    public static string? RequestId(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(RequestIdKey, out var id) ? id as string : null;
}
