using System.Text.Encodings.Web;
using System.Text.Json;
using ExpertFinder.Api.Data;
using ExpertFinder.Api.Security.Audit;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Features.Me;

/// <summary>
/// GET /me/export.json: everything stored about the signed-in person as one JSON download (<see cref="MeExport"/>).
/// Only for a signed-in person: 401 without credentials, 403 for a portal key or a user who is no person.
/// </summary>
public static class MeEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A download, never embedded in a page: Danish letters are written as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void MapMe(this WebApplication app) =>
        app.MapGet("/me/export.json", async (HttpContext http) =>
        {
            var caller = http.GetCaller();
            if (caller.Kind == CallerKind.Anonymous)
            {
                CallerResolution.AddChallenges(http.Response, http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value);
                return Refusal(AuthorizationValidationRule.Unauthenticated, "Sign in to download your own data", StatusCodes.Status401Unauthorized);
            }
            if (caller is not { Kind: CallerKind.User, PersonId: { } id, PersonKey: { } key })
            {
                return Refusal(AuthorizationValidationRule.Forbidden, MeField.NoPersonMessage, StatusCodes.Status403Forbidden);
            }
            var factory = http.RequestServices.GetRequiredService<IDbContextFactory<ExpertFinderDb>>();
            await using var db = await factory.CreateDbContextAsync(http.RequestAborted);
            var export = await MeExport.LoadAsync(db, http.RequestServices.GetRequiredService<AuditTrail>(),
                await PrivacyPolicies.ForRequestAsync(http), new Myself(id, key), http.RequestAborted);
            // Personal data: no cache on the way may keep a copy.
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"expertfinder-me-{FileNamePart(key)}.json\"";
            return Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json; charset=utf-8");
        });

    private static IResult Refusal(string code, string message, int status) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    /// <summary>A key as it can stand in a quoted file name: anything but letters, digits, dot, dash and underscore becomes an underscore.</summary>
    private static string FileNamePart(string key) =>
        string.Concat(key.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-' or '_' ? ch : '_'));
}
