using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ExpertFinder.Api.Security.Auth;

/// <summary>
/// Signs tokens for trying ExpertFinder out without an identity provider: `./expertfinder token PERSON_KEY --role R`
/// and GraphiQL's "log in as". Its RSA key lives in the data folder, so tokens survive restarts of `serve`. The server
/// accepts these tokens in the Development environment only and refuses to start with the issuer on elsewhere.
/// </summary>
public sealed class DevelopmentIssuer
{
    public const string Issuer = "urn:expertfinder:development";
    public const string KeyFileName = "development-issuer-key.json";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly RsaSecurityKey key;

    private DevelopmentIssuer(RsaSecurityKey key, string audience)
    {
        this.key = key;
        Audience = audience;
    }

    public string Audience { get; }

    public SecurityKey SigningKey => key;

    /// <summary>Loads the key from <paramref name="path"/>, creating it (readable by its owner only) the first time.</summary>
    public static DevelopmentIssuer Open(string path, string audience)
    {
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            var parameters = JsonSerializer.Deserialize<StoredKey>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} holds no key");
            rsa.ImportRSAPrivateKey(Convert.FromBase64String(parameters.Pkcs1), out _);
            return new DevelopmentIssuer(new RsaSecurityKey(rsa) { KeyId = parameters.KeyId }, audience);
        }
        rsa.KeySize = 2048;
        var stored = new StoredKey(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), Convert.ToBase64String(rsa.ExportRSAPrivateKey()));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var file = new FileStream(path, options);
            JsonSerializer.Serialize(file, stored);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs, so both sign with the same key.
            return Open(path, audience);
        }
        return new DevelopmentIssuer(new RsaSecurityKey(rsa) { KeyId = stored.KeyId }, audience);
    }

    /// <summary>The key file in the data folder the command line and the server share.</summary>
    public static string DefaultKeyPath(AuthOptions options) =>
        options.DevelopmentKeyPath
        ?? Path.Combine(Environment.GetEnvironmentVariable("EXPERTFINDER_DATA") is { Length: > 0 } data ? data : ".data", KeyFileName);

    /// <summary>A token naming the person by key, with the given roles.</summary>
    public string CreateToken(string personKey, IEnumerable<string> roles)
    {
        var claims = new List<Claim> { new("sub", personKey) };
        claims.AddRange(roles.Select(r => new Claim("roles", r)));
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public TokenValidationParameters ValidationParameters(TimeSpan clockSkew) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = clockSkew,
        NameClaimType = "sub",
        RoleClaimType = "roles",
    };

    private sealed record StoredKey(string KeyId, string Pkcs1);
}
