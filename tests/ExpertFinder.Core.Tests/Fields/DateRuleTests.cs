using System.Globalization;
using ExpertFinder.Core.Fields;

namespace ExpertFinder.Core.Tests.Fields;

public sealed class DateRuleTests
{
    [Theory]
    [InlineData("2024-02-29", "yyyy-MM-dd", "2024-02-29")]
    [InlineData("2023-02-29", "yyyy-MM-dd", null)]
    [InlineData("2024-13-01", "yyyy-MM-dd", null)]
    [InlineData("0000-01-01", "yyyy-MM-dd", null)]
    [InlineData("2024-1-01", "yyyy-MM-dd", null)]
    [InlineData("2024-01-01 ", "yyyy-MM-dd", null)]
    [InlineData("2024/01/01", "yyyy-MM-dd", null)]
    [InlineData("2020-05", "yyyy-MM", "2020-05-01")]
    [InlineData("2020-00", "yyyy-MM", null)]
    public void Dates_are_read_in_exactly_their_form(string text, string format, string? expected)
    {
        var problem = new DateRule(format, "must be a date").Check(text, out var date);

        Assert.Equal(expected, problem is null ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
    }

    /// <summary>Mutations read months with DateOnly.TryParseExact before the rule was shared; the rule reads them alike.</summary>
    [Theory]
    [InlineData("2024-05")]
    [InlineData("2024-12")]
    [InlineData("2024-13")]
    [InlineData("2024-5")]
    [InlineData("24-05")]
    [InlineData("2024/05")]
    [InlineData("2024-0a")]
    [InlineData("0000-01")]
    [InlineData("0001-01")]
    [InlineData("9999-12")]
    [InlineData("maj 2024")]
    public void A_month_is_read_as_the_framework_reads_its_form(string text)
    {
        var framework = DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);

        var problem = FieldRules.Month.Check(text, out var month);

        Assert.Equal(framework, problem is null);
        Assert.Equal(framework ? expected : default, month);
    }

    [Fact]
    public void A_date_that_is_not_in_its_form_is_told_the_form()
    {
        Assert.Equal(new FieldProblem(FieldProblemKind.InvalidFormat, "must be a date in the form YYYY-MM-DD"), FieldRules.Day.Check("1. maj", out _));
        Assert.Equal(new FieldProblem(FieldProblemKind.InvalidFormat, "must be a month written YYYY-MM"), FieldRules.Month.Check("2024-05-01", out _));
    }
}
