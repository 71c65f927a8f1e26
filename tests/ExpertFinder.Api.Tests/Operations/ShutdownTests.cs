using ExpertFinder.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Tests.Operations;

/// <summary>How long a stopping host waits for the work under way (ExpertFinder:Shutdown:TimeoutSeconds).</summary>
public sealed class ShutdownTests
{
    [Theory]
    [InlineData(null, 30)]
    [InlineData("12.5", 12.5)]
    public async Task The_host_waits_as_long_as_configured(string? setting, double seconds)
    {
        await using var app = Build(setting);

        Assert.Equal(TimeSpan.FromSeconds(seconds), app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("3601")]
    public void A_timeout_out_of_range_is_refused_when_the_server_is_built(string setting)
    {
        var refusal = Assert.Throws<OptionsValidationException>(() => Build(setting));

        Assert.Contains("ExpertFinder:Shutdown:TimeoutSeconds", refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>Built, never started: nothing here connects to the database.</summary>
    private static WebApplication Build(string? timeout) => Server.Build(["--urls", "http://127.0.0.1:0"], builder =>
    {
        builder.Configuration["ConnectionStrings:ExpertFinder"] = "Host=127.0.0.1;Database=never;Username=nobody";
        if (timeout is not null)
        {
            builder.Configuration["ExpertFinder:Shutdown:TimeoutSeconds"] = timeout;
        }
    });
}
