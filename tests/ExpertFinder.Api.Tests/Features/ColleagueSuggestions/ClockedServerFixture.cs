using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.Features.ColleagueSuggestions;

/// <summary>A clock the test sets: the server asks it for the date (TimeProvider from DI).</summary>
public sealed class SettableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The real server, on a clock of the test's choosing.</summary>
public sealed class ClockedServerFixture : ServerFixture
{
    public ClockedServerFixture()
        : this(new SettableClock())
    {
    }

    private ClockedServerFixture(SettableClock clock)
        : base(builder => builder.Services.AddSingleton<TimeProvider>(clock)) => Clock = clock;

    public SettableClock Clock { get; }
}
