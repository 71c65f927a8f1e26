namespace ExpertFinder.Api.Security.Auth;

/// <summary>
/// Who may use a field or mutation, declared next to it with graphql-dotnet's authorization metadata
/// (<c>.AuthorizeWithPolicy(AccessPolicy.Employee)</c>) and enforced by <see cref="AuthorizationValidationRule"/>.
/// A field with no policy (on itself or its type) is refused. Finer rules that depend on the data (own profile,
/// manager of the unit, facilitator of the network, admin of the municipality) are checked by <see cref="Permissions"/>.
/// </summary>
public static class AccessPolicy
{
    /// <summary>Anyone let through the door: a signed-in user, a portal key, or an anonymous reader where allowed.</summary>
    public const string Reader = "reader";

    /// <summary>A signed-in person (their identity matches a person in the data), or an admin.</summary>
    public const string Employee = "employee";

    /// <summary>Role analyst (or an admin): person-level graphs and exports.</summary>
    public const string Analyst = "analyst";

    /// <summary>An admin of a municipality or of the deployment; the scope is checked against the data.</summary>
    public const string Admin = "admin";

    public static readonly string[] All = [Reader, Employee, Analyst, Admin];

    /// <summary>Whether <paramref name="caller"/> meets <paramref name="policy"/>; unknown policies are never met.</summary>
    public static bool IsMet(string policy, Caller caller) => policy switch
    {
        Reader => true,
        // Admins act on behalf of people of their municipality even when they are no person in the data themselves.
        Employee => caller.Kind == CallerKind.User && (caller.IsPerson || caller.IsAdmin),
        Analyst => caller.Kind == CallerKind.User && caller.IsAnalyst,
        Admin => caller.Kind is CallerKind.User or CallerKind.CommandLine && caller.IsAdmin,
        _ => false,
    };
}
