using System.Net;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Api.Security.Auth;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>The development issuer and its "log in as" exist in the Development environment only.</summary>
[Collection(SharedServer.Name)]
public sealed class DevelopmentOnlyTests(ServerFixture server)
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void A_server_with_the_development_issuer_refuses_to_be_built_outside_development(string environment)
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Server.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Environment.EnvironmentName = environment;
            builder.Configuration["ConnectionStrings:ExpertFinder"] = server.ConnectionString;
            builder.Configuration["ExpertFinder:Auth:DevelopmentIssuer"] = "true";
            builder.Configuration["ExpertFinder:Auth:DevelopmentKeyPath"] = Path.Combine(Path.GetTempPath(), $"ef-never-{Guid.NewGuid():N}.json");
        }));

        Assert.Contains("Development", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(environment, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_in_as_does_not_exist_outside_development()
    {
        using var anonymous = await server.Http.PostAsync(new Uri(DevelopmentLogin.LoginPath, UriKind.Relative),
            new FormUrlEncodedContent([new("person", "anyone"), new("role", Role.DeploymentAdmin)]));
        using var signedIn = new HttpRequestMessage(HttpMethod.Post, new Uri(DevelopmentLogin.LoginPath, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("person", "anyone"), new("role", Role.DeploymentAdmin)]),
        };
        Bearer(server.AdminToken)(signedIn.Headers);
        using var withToken = await server.Http.SendAsync(signedIn);

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withToken.StatusCode);
        Assert.False(anonymous.Headers.Contains("Set-Cookie"));
    }
}
