using System.Diagnostics;
using System.Net;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.Security.ApiKeys;

public sealed class ApiKeyAuthenticationTests(ApiKeyServerFixture server) : IClassFixture<ApiKeyServerFixture>
{
    private ApiKeyStore Store => server.Services.GetRequiredService<ApiKeyStore>();

    [Fact]
    public async Task A_key_in_either_header_names_its_portal_and_municipality()
    {
        using var dataset = Organisations.Of("hdr");
        await server.SeedAsync(dataset);
        var municipal = (await Store.CreateAsync("hdr-municipal", "hdr-kommune", Caller.CommandLine, default)).Key!;
        var everywhere = (await Store.CreateAsync("hdr-everywhere", null, Caller.CommandLine, default)).Key!;

        var (status, body) = await AskAsync(("Authorization", "ApiKey " + municipal));
        var (lowerStatus, lowerBody) = await AskAsync(("Authorization", "apikey " + everywhere));
        var (headerStatus, headerBody) = await AskAsync((ApiKeyDefaults.Header, everywhere));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"ef:apikey":"hdr-municipal","ef:municipality":"hdr-kommune"}""", body);
        Assert.Equal((HttpStatusCode.OK, """{"ef:apikey":"hdr-everywhere"}"""), (lowerStatus, lowerBody));
        Assert.Equal((HttpStatusCode.OK, """{"ef:apikey":"hdr-everywhere"}"""), (headerStatus, headerBody));
    }

    [Fact]
    public async Task No_key_is_no_result_so_other_schemes_may_answer()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await AskAsync()).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await AskAsync(("Authorization", "Bearer abc.def.ghi"))).Status);
    }

    [Fact]
    public async Task An_unknown_a_revoked_or_a_second_different_key_fails()
    {
        var revoked = (await Store.CreateAsync("fail-revoked", null, Caller.CommandLine, default)).Key!;
        var other = (await Store.CreateAsync("fail-other", null, Caller.CommandLine, default)).Key!;
        await Store.RevokeAsync("fail-revoked", Caller.CommandLine, default);

        Assert.Equal(HttpStatusCode.Unauthorized, (await AskAsync(("Authorization", "ApiKey efk_unknown"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AskAsync(("Authorization", "ApiKey"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AskAsync((ApiKeyDefaults.Header, revoked))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AskAsync(("Authorization", "ApiKey " + other), (ApiKeyDefaults.Header, revoked))).Status);
    }

    [Fact]
    public async Task The_command_lines_last_line_is_a_key_the_server_accepts()
    {
        using var dataset = Organisations.Of("cli");
        await server.SeedAsync(dataset);

        var (exit, output, errors) = await RunHostAsync("apikey", "create", "cli-portal", "--municipality", "cli-kommune");

        Assert.True(exit == 0, errors);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length >= 2, output);
        var (status, body) = await AskAsync((ApiKeyDefaults.Header, lines[^1]));
        Assert.Equal((HttpStatusCode.OK, """{"ef:apikey":"cli-portal","ef:municipality":"cli-kommune"}"""), (status, body));
        Assert.Equal(1, (await RunHostAsync("apikey", "create", "cli-portal")).Exit);
        Assert.Equal(2, (await RunHostAsync("apikey", "create")).Exit);
    }

    private async Task<(HttpStatusCode Status, string Body)> AskAsync(params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiKeyEndpoint.Path);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The real host (ExpertFinder.Api.dll) on the test database, as ./expertfinder runs it.</summary>
    private async Task<(int Exit, string Output, string Errors)> RunHostAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ExpertFinder.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ConnectionStrings__ExpertFinder"] = server.ConnectionString;
        start.Environment["ConnectionStrings__ExpertFinderOwner"] = server.OwnerConnectionString ?? "";
        start.Environment["ExpertFinder__IndexPath"] = server.IndexPath + "-cli";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
