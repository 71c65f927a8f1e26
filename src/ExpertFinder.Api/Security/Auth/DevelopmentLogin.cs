using System.Security.Claims;
using ExpertFinder.Api.Features.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ExpertFinder.Api.Security.Auth;

/// <summary>
/// GraphiQL's "log in as" in Development: signs the browser in as a person of the data with the roles chosen, so
/// every example can be tried as the reader it is about. Mapped only when the development issuer is on, which the
/// server allows in the Development environment alone.
/// </summary>
public static class DevelopmentLogin
{
    public const string LoginPath = "/dev/login";
    public const string LogoutPath = "/dev/logout";

    public static void MapDevelopmentLogin(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.DevelopmentIssuer)
        {
            return;
        }
        app.MapPost(LoginPath, async (HttpContext http, NpgsqlDataSource database) =>
        {
            // A form on another site could otherwise sign the visitor in as someone of its choosing (login CSRF).
            if (PageSession.IsFromAnotherSite(http.Request))
            {
                return PageSession.CrossSiteRefusal("Log in from this server's own pages");
            }
            if (!http.Request.HasFormContentType)
            {
                return Results.Json(new { error = new { code = "UNSUPPORTED_MEDIA_TYPE", message = "Send the login as a form" } }, statusCode: StatusCodes.Status415UnsupportedMediaType);
            }
            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (InvalidDataException e)
            {
                // Over the form reader's limits (too many fields, a field too long) or with characters it refuses (U+0000).
                return Results.Json(new { error = new { code = "INVALID_FORM", message = e.Message } }, statusCode: StatusCodes.Status400BadRequest);
            }
            var person = form["person"].ToString().Trim();
            var roles = form["role"].Where(r => Role.All.Contains(r, StringComparer.Ordinal)).Select(r => r!).ToList();
            if (person.Length == 0 || !await PersonKeys.ExistAsync(database, person, http.RequestAborted))
            {
                return Results.Json(new { error = new { code = "UNKNOWN_PERSON", message = "No person has that key" } }, statusCode: StatusCodes.Status400BadRequest);
            }
            var claims = new List<Claim> { new("sub", person) };
            claims.AddRange(roles.Select(r => new Claim("roles", r)));
            await http.SignInAsync(AuthenticationSetup.PageCookie, new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationSetup.DevelopmentLogin, "sub", "roles")));
            return Results.NoContent();
        }).AllowAnonymous().DisableAntiforgery();
        app.MapPost(LogoutPath, async (HttpContext http) =>
        {
            await http.SignOutAsync(AuthenticationSetup.PageCookie);
            return Results.NoContent();
        }).AllowAnonymous().DisableAntiforgery();
    }
}
