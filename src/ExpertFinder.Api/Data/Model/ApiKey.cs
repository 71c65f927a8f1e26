namespace ExpertFinder.Api.Data.Model;

/// <summary>
/// A portal's key. Only a hash of the key is stored: the key itself is shown once, when it is made. A revoked key
/// keeps its row (and its name), so the audit log's <c>apikey:NAME</c> always names one key.
/// </summary>
public sealed class ApiKey
{
    public const int MaxNameLength = 100;

    /// <summary>The length of a SHA-256 hash in bytes.</summary>
    public const int HashLength = 32;

    /// <summary>The names a key may have, as a PostgreSQL regular expression: the database checks it, <see cref="IsValidName"/> says the same.</summary>
    public static readonly string NamePattern = $"^[a-z0-9._-]{{1,{MaxNameLength}}}$";

    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The municipality the key was issued for; null for a key of the whole deployment.</summary>
    public string? MunicipalityKey { get; set; }

    /// <summary>SHA-256 of the key.</summary>
    public required byte[] KeyHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public static bool IsValidName(string name) =>
        name.Length is >= 1 and <= MaxNameLength && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-');
}
