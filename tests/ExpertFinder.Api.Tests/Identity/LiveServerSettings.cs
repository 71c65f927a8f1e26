using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>
/// The parts of the OpenIddict server options that change while the provider runs: the issuer, known only once Kestrel
/// has bound its port, and the signing key, which tests rotate.
/// </summary>
/// <remarks>
/// OpenIddict reads its options through <see cref="IOptionsMonitor{TOptions}"/> once per request, and the monitor rebuilds
/// them when a registered <see cref="IOptionsChangeTokenSource{TOptions}"/> fires. So a change here is published by firing
/// that token: the next request gets options built afresh (with OpenIddict's own validation and key sorting) around the new
/// issuer or key, while a request already in flight finishes with the options it started with. No restart, same port.
/// </remarks>
internal sealed class LiveServerSettings : IConfigureOptions<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictServerOptions>, IDisposable
{
    private readonly Lock gate = new();
    private readonly List<RSA> keysToDispose = [];
    private CancellationTokenSource changed = new();

    public LiveServerSettings() => CurrentSigningKey = NewSigningKey();

    /// <summary>Null until the host has started; OpenIddict then infers the issuer from each request, which no test sees.</summary>
    public Uri? Issuer { get; private set; }

    public RsaSecurityKey CurrentSigningKey { get; private set; }

    string IOptionsChangeTokenSource<OpenIddictServerOptions>.Name => Options.DefaultName;

    public void PublishIssuer(Uri issuer)
    {
        lock (gate)
        {
            Issuer = issuer;
        }
        SignalChange();
    }

    /// <summary>Replaces the signing key: the old one stops signing and is no longer published in the JWKS.</summary>
    public RsaSecurityKey RotateSigningKey()
    {
        var next = NewSigningKey();
        lock (gate)
        {
            CurrentSigningKey = next;
        }
        SignalChange();
        return next;
    }

    /// <summary>A fresh 2048-bit RSA key whose kid is its RFC 7638 JWK thumbprint, the format every key of this provider has.</summary>
    public RsaSecurityKey NewSigningKey()
    {
        var rsa = RSA.Create(2048);
        lock (gate)
        {
            keysToDispose.Add(rsa);
        }
        var publicJwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false)));
        return new RsaSecurityKey(rsa) { KeyId = Base64UrlEncoder.Encode(publicJwk.ComputeJwkThumbprint()) };
    }

    public void Configure(OpenIddictServerOptions options)
    {
        lock (gate)
        {
            options.Issuer = Issuer;
            // The only signing key: OpenIddict signs with it and its JWKS endpoint publishes exactly it.
            options.SigningCredentials.Add(new SigningCredentials(CurrentSigningKey, SecurityAlgorithms.RsaSha256));
        }
    }

    public IChangeToken GetChangeToken() => new CancellationChangeToken(changed.Token);

    public void Dispose()
    {
        changed.Dispose();
        lock (gate)
        {
            foreach (var rsa in keysToDispose)
            {
                rsa.Dispose();
            }
            keysToDispose.Clear();
        }
    }

    private void SignalChange()
    {
        // Swap first: the monitor asks for the next token while the old one fires, and must get the new one.
        // The fired source is not disposed: the monitor may still be unregistering from its token.
        var fired = Interlocked.Exchange(ref changed, new CancellationTokenSource());
        fired.Cancel();
    }
}
