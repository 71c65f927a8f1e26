using ExpertFinder.Api.Tests.Http;

namespace ExpertFinder.Api.Tests.Features.ColleagueSuggestions;

/// <summary>
/// The same suggestions all week, new ones the next: fifteen equally good colleagues in another department, three
/// suggested at a time, on a clock the test sets.
/// </summary>
public sealed class WeeklyVariationTests(ClockedServerFixture server) : IClassFixture<ClockedServerFixture>
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 0, 30, 0, TimeSpan.Zero);

    private static readonly string[] Candidates = [.. Enumerable.Range(1, 15).Select(i => $"wk-kollega-{i:D2}")];

    private async Task SeedAsync()
    {
        var dataset = TestDataset.WithOrganisation("wk")
            .Add("units.jsonl", new { key = "wk-mbu", name = "Børn og Unge", kind = "department", parent = "wk-kommune" })
            .Add("competences.jsonl", new { key = "wk-demens", name = "Demens" })
            .Add("people.jsonl", new { key = "wk-ida", name = "Ida Jensen", unit = "wk-afd", visibility = "public", competences = new[] { new { competence = "wk-demens", level = 4 } } })
            .Add("people.jsonl", new { key = "wk-anna", name = "Anna Jensen", unit = "wk-afd", visibility = "public", competences = new[] { new { competence = "wk-demens", level = 4 } } });
        foreach (var key in Candidates)
        {
            dataset.Add("people.jsonl", new { key, name = "Kollega " + key[^2..], unit = "wk-mbu", visibility = "public", competences = new[] { new { competence = "wk-demens", level = 3 } } });
        }
        using (dataset)
        {
            await server.SeedAsync(dataset);
        }
        await server.OptInAsync([.. Candidates, "wk-ida", "wk-anna"]);
    }

    private async Task<string> DrawAsync(string personKey, DateTimeOffset when)
    {
        server.Clock.Now = when;
        var json = await server.QueryAsync("{ colleagueSuggestions { person { key } } }", token: await server.TokenForAsync(personKey));
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var keys = json.GetProperty("data").GetProperty("colleagueSuggestions").EnumerateArray()
            .Select(s => s.GetProperty("person").GetProperty("key").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, keys.Count);
        return string.Join(",", keys);
    }

    [Fact]
    public async Task The_suggestions_stay_the_same_from_Monday_to_Sunday()
    {
        await SeedAsync();

        var monday = await DrawAsync("wk-ida", Monday);
        var wednesday = await DrawAsync("wk-ida", Monday.AddDays(2).AddHours(13));
        var sunday = await DrawAsync("wk-ida", Monday.AddDays(6).AddHours(23).AddMinutes(29)); // 23:59 UTC

        Assert.Equal(monday, wednesday);
        Assert.Equal(monday, sunday);
    }

    [Fact]
    public async Task A_new_week_brings_new_suggestions()
    {
        await SeedAsync();

        var weeks = new List<string>();
        for (var week = 0; week < 6; week++)
        {
            weeks.Add(await DrawAsync("wk-ida", Monday.AddDays(7 * week)));
        }

        // Six draws of three out of the ten best: a fixed choice would show one set six times.
        Assert.True(weeks.Distinct().Count() >= 3, string.Join(" | ", weeks));
        Assert.Contains(weeks.Zip(weeks.Skip(1)), pair => pair.First != pair.Second);
    }

    [Fact]
    public async Task Colleagues_of_one_department_get_draws_of_their_own()
    {
        await SeedAsync();

        var draws = new List<(string Ida, string Anna)>();
        for (var week = 0; week < 4; week++)
        {
            draws.Add((await DrawAsync("wk-ida", Monday.AddDays(7 * week)), await DrawAsync("wk-anna", Monday.AddDays(7 * week))));
        }

        Assert.Contains(draws, d => d.Ida != d.Anna);
    }

    [Fact]
    public async Task Only_the_best_of_the_pool_take_part_in_the_draw()
    {
        await SeedAsync();

        var drawn = new HashSet<string>(StringComparer.Ordinal);
        for (var week = 0; week < 12; week++)
        {
            drawn.UnionWith((await DrawAsync("wk-ida", Monday.AddDays(7 * week))).Split(','));
        }

        // Equally good, the ten first by key make up the band; the other five wait for a better tie or a smaller pool.
        Assert.Subset(Candidates.Take(10).ToHashSet(StringComparer.Ordinal), drawn);
        Assert.True(drawn.Count > 3, string.Join(",", drawn));
    }
}
