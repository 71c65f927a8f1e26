using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ExpertFinder.Api.Tests.Identity;

/// <summary>
/// What a resource server sees of a rotation when it resolves keys through TokenValidationParameters.ConfigurationManager,
/// as ASP.NET Core's JwtBearer does: it refreshes by itself on meeting the new kid, and whether it still accepts tokens of
/// the retired key depends on its "last known good" configuration. Written down here because the API's tests rely on it.
/// </summary>
public class KeyRotationAsJwtBearerSeesItTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task New_key_is_picked_up_without_help_and_old_key_tokens_live_on_only_in_the_last_known_good_configuration(bool useLastKnownGood)
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        using var http = new HttpClient();
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = provider.Authority,
            ValidAudience = TestIdentityProvider.Audience,
            ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                provider.MetadataAddress, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(http) { RequireHttps = false })
            {
                UseLastKnownGoodConfiguration = useLastKnownGood,
            },
        };
        var handler = new JsonWebTokenHandler();
        var oldKeyToken = await provider.AccessTokenAsync("alice");
        Assert.True((await handler.ValidateTokenAsync(oldKeyToken, parameters)).IsValid);

        await provider.RotateSigningKeyAsync();
        var newKeyToken = await provider.AccessTokenAsync("alice");

        // The first sight of the new kid makes the manager refresh in the background; that token is usually refused.
        var newKeyResult = await EventuallyValidAsync(() => handler.ValidateTokenAsync(newKeyToken, parameters));
        Assert.True(newKeyResult.IsValid, newKeyResult.Exception?.ToString());
        var oldKeyResult = await handler.ValidateTokenAsync(oldKeyToken, parameters);
        Assert.Equal(useLastKnownGood, oldKeyResult.IsValid);
    }

    private static async Task<TokenValidationResult> EventuallyValidAsync(Func<Task<TokenValidationResult>> validate)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        var result = await validate();
        while (!result.IsValid && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
            result = await validate();
        }
        return result;
    }
}
