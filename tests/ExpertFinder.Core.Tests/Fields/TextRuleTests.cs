using ExpertFinder.Core.Fields;

namespace ExpertFinder.Core.Tests.Fields;

public sealed class TextRuleTests
{
    [Fact]
    public void A_text_may_be_as_long_as_the_rule_allows_and_no_longer()
    {
        var rule = new TextRule(5);

        Assert.Null(rule.Check("fem ø"));
        Assert.Equal(new FieldProblem(FieldProblemKind.TooLong, "must be at most 5 characters"), rule.Check("seks ø"));
    }

    [Fact]
    public void The_length_is_told_before_the_shape()
    {
        var rule = new TextRule(3, text => text.All(char.IsAsciiDigit), "may hold only digits");

        Assert.Null(rule.Check("123"));
        Assert.Equal(FieldProblemKind.TooLong, rule.Check("abcd")?.Kind);
        Assert.Equal(new FieldProblem(FieldProblemKind.InvalidFormat, "may hold only digits"), rule.Check("abc"));
        Assert.Equal(new FieldProblem(FieldProblemKind.InvalidFormat, "may hold only digits"), rule.CheckShape("abcd"));
    }
}
