using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>
/// Validates tokens as a resource server does: discovery and keys fetched from the provider over HTTP and cached by
/// Microsoft.IdentityModel's ConfigurationManager, then signature, issuer, audience and lifetime checked with the defaults.
/// Keys are handed over explicitly so the cache refreshes only when a test asks (<see cref="RefreshAsync"/>).
/// </summary>
internal sealed class JwksTokenValidator : IDisposable
{
    private readonly HttpClient http = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration> configuration;

    public JwksTokenValidator(string metadataAddress) =>
        configuration = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataAddress, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(http) { RequireHttps = false });

    public Task<OpenIdConnectConfiguration> ConfigurationAsync() => configuration.GetConfigurationAsync(CancellationToken.None);

    /// <summary>
    /// RequestRefresh, as a validator does on meeting an unknown kid, then waits until the new configuration is in. Since
    /// Microsoft.IdentityModel 8 the refresh runs in the background (unless the AppContext switch
    /// Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking is on) and the cached configuration is served until it lands.
    /// </summary>
    public async Task RefreshAsync()
    {
        var stale = await ConfigurationAsync();
        configuration.RequestRefresh();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (ReferenceEquals(await ConfigurationAsync(), stale))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The configuration manager did not refresh within 10 seconds.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    public async Task<TokenValidationResult> ValidateAsync(string token, string audience)
    {
        var current = await ConfigurationAsync();
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = current.Issuer,
            ValidAudience = audience,
            IssuerSigningKeys = current.SigningKeys,
        });
    }

    public void Dispose() => http.Dispose();
}
