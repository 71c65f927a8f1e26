using System.Text.Json;
using ExpertFinder.Api.Security.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.Security.ApiKeys;

/// <summary>
/// The server with the API key scheme alone and a test endpoint, /test/api-key, that answers what the scheme made of
/// the request: 200 with the claims, 204 for no result, 401 with the failure. Wiring schemes into the server itself
/// is the authentication feature's business; this only exercises the handler over real HTTP.
/// </summary>
public sealed class ApiKeyServerFixture() : ServerFixture(builder =>
{
    builder.Services.AddSingleton<IStartupFilter, ApiKeyEndpoint>();
});

internal sealed class ApiKeyEndpoint : IStartupFilter
{
    public const string Path = "/test/api-key";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(Path, endpoint => endpoint.Run(async http =>
        {
            var result = await http.AuthenticateAsync(ApiKeyDefaults.Scheme);
            if (result.None)
            {
                http.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }
            if (!result.Succeeded)
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await http.Response.WriteAsync(result.Failure!.Message);
                return;
            }
            var claims = result.Principal!.Claims.ToDictionary(c => c.Type, c => c.Value);
            await http.Response.WriteAsync(JsonSerializer.Serialize(claims));
        }));
        next(app);
    };
}
