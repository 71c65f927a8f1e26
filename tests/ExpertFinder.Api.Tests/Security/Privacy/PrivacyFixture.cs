using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.Security.Privacy;

/// <summary>Who reads: each one a real credential the server resolves at its door.</summary>
public enum Reader
{
    /// <summary>No credentials; the fixture's server allows anonymous reads.</summary>
    Anonymous,

    /// <summary>A provider token naming a person of A.</summary>
    EmployeeOfA,

    /// <summary>A provider token naming a person of B.</summary>
    EmployeeOfB,

    /// <summary>An API key issued for municipality B.</summary>
    PortalOfB,

    /// <summary>An API key issued for no municipality (all of them).</summary>
    PortalOfAll,

    /// <summary>A provider token naming a person of B, with the analyst role.</summary>
    AnalystOfB,

    /// <summary>A provider token naming a person of A, with the admin role.</summary>
    AdminOfA,

    /// <summary>A provider token with the deployment-admin role, naming no person.</summary>
    DeploymentAdmin,

    /// <summary>A provider token naming the hidden person of A.</summary>
    HiddenSelf,
}

[CollectionDefinition(Name)]
public sealed class PrivacySuite : ICollectionFixture<PrivacyFixture>
{
    public const string Name = "Privacy";
}

/// <summary>
/// One server and database for the whole privacy suite, holding <see cref="PrivacyDataset"/> and the portal keys. The
/// suite only reads, but for mutations that fail (or change nothing) and the withdrawals of endorsements made for them.
/// </summary>
public sealed class PrivacyFixture : ServerFixture, IAsyncLifetime
{
    private string portalOfB = "";
    private string portalOfAll = "";

    /// <summary>The global IDs of <see cref="PrivacyDataset.Endorsements"/>, in order.</summary>
    public IReadOnlyList<string> Endorsements { get; private set; } = [];

    /// <summary>The global IDs of <see cref="PrivacyDataset.WithdrawableEndorsements"/>, in order.</summary>
    public IReadOnlyList<string> WithdrawableEndorsements { get; private set; } = [];

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        (var endorsements, var withdrawable) = await PrivacyDataset.SeedAsync(this);
        Endorsements = endorsements;
        WithdrawableEndorsements = withdrawable;
        var keys = Services.GetRequiredService<ApiKeyStore>();
        portalOfB = (await keys.CreateAsync("pv-portal-b", PrivacyDataset.MunicipalityB, Caller.CommandLine, default)).Key!;
        portalOfAll = (await keys.CreateAsync("pv-portal-all", null, Caller.CommandLine, default)).Key!;
    }

    /// <summary>The person a reader signs in as, if any.</summary>
    public static string? PersonKeyOf(Reader reader) => reader switch
    {
        Reader.EmployeeOfA => PrivacyDataset.EmployeeOfA,
        Reader.EmployeeOfB => PrivacyDataset.EmployeeOfB,
        Reader.AnalystOfB => PrivacyDataset.AnalystOfB,
        Reader.AdminOfA => PrivacyDataset.AdminOfA,
        Reader.HiddenSelf => PrivacyDataset.KeyOf(Subject.HiddenOfA),
        _ => null,
    };

    /// <summary>Sends a request with the reader's credentials; tokens are fresh each time, as the provider's key may rotate meanwhile.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(Reader reader, HttpRequestMessage request)
    {
        switch (reader)
        {
            case Reader.Anonymous:
                break;
            case Reader.PortalOfB or Reader.PortalOfAll:
                request.Headers.Add(ApiKeyDefaults.Header, reader == Reader.PortalOfB ? portalOfB : portalOfAll);
                break;
            case Reader.DeploymentAdmin:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
                break;
            default:
                var roles = reader switch { Reader.AnalystOfB => [Role.Analyst], Reader.AdminOfA => [Role.Admin], _ => Array.Empty<string>() };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(PersonKeyOf(reader)!, roles));
                break;
        }
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>POSTs a GraphQL operation as the reader and answers the status and the raw body.</summary>
    public Task<(HttpStatusCode Status, string Body)> PostAsync(Reader reader, string query, object? variables = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        return SendAsync(reader, request);
    }

    /// <summary>A query as the reader that must succeed without GraphQL errors: its data and raw body.</summary>
    public async Task<(JsonElement Data, string Body)> ReadAsync(Reader reader, string query, object? variables = null)
    {
        var (status, body) = await PostAsync(reader, query, variables);
        Assert.True(status == HttpStatusCode.OK, $"{reader}: HTTP {(int)status} {body}");
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.False(json.TryGetProperty("errors", out var errors), $"{reader}: {errors}");
        return (json.GetProperty("data"), body);
    }
}
