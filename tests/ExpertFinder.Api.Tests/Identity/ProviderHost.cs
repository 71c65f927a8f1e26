using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>The provider's own small ASP.NET Core host: Kestrel on a loopback port of its own, OpenIddict, and the endpoints.</summary>
internal static class ProviderHost
{
    public static WebApplication Build(LiveServerSettings settings)
    {
        // The empty builder reads no appsettings or environment variables, so nothing of the test run's setup leaks in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRouting();

        // Registered before OpenIddict so that its validation (a post-configure step) sees the issuer and key.
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(settings);
        builder.Services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>>(settings);

        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetAuthorizationEndpointUris(ProviderEndpoints.AuthorizationPath)
                .SetTokenEndpointUris(ProviderEndpoints.TokenPath)
                .SetEndSessionEndpointUris(ProviderEndpoints.EndSessionPath)
                .SetJsonWebKeySetEndpointUris(ProviderEndpoints.JsonWebKeySetPath)
                .SetConfigurationEndpointUris(ProviderEndpoints.ConfigurationPath);

            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            // Only S256, as a hardened provider offers: a "plain" challenge is the verifier itself, readable in the URL.
            server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
            // Test-only: how AccessTokenAsync gets a token for a user without a browser.
            server.AllowPasswordFlow();

            server.RegisterScopes(Scopes.Profile, Scopes.Email, Scopes.Roles);
            server.RegisterClaims(Claims.Subject, Claims.Name, Claims.Email, TestUsers.RolesClaim);

            // Authorization codes stay encrypted (they carry the user's claims and the PKCE challenge) with a key that
            // lives as long as the provider and is never published; access tokens are plain signed JWTs, as an API expects.
            server.AddEncryptionKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));
            server.DisableAccessTokenEncryption();

            // No database: codes are self-contained, and client checks are ClientRules'.
            server.EnableDegradedMode();
            ClientRules.Register(server);

            server.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                .DisableTransportSecurityRequirement();
        });

        var app = builder.Build();
        app.UseRouting();
        app.UseAuthentication();
        ProviderEndpoints.Map(app);
        return app;
    }
}
