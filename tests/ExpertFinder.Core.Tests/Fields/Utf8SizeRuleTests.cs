using ExpertFinder.Core.Fields;

namespace ExpertFinder.Core.Tests.Fields;

public sealed class Utf8SizeRuleTests
{
    [Fact]
    public void A_text_is_measured_in_utf8_bytes_not_characters()
    {
        var rule = new Utf8SizeRule(6);

        Assert.Null(rule.Check("æøå"));
        Assert.Null(rule.Check("abcdef"));
        Assert.Equal(new FieldProblem(FieldProblemKind.TooLong, "must be at most 6 bytes"), rule.Check("æøåa"));
        Assert.NotNull(rule.Check("abcdefg"));
    }

    [Fact]
    public void A_document_text_may_fill_one_megabyte()
    {
        Assert.Null(FieldRules.DocumentText.Check(new string('a', 1024 * 1024)));
        Assert.NotNull(FieldRules.DocumentText.Check(new string('a', 1024 * 1024 + 1)));
        Assert.NotNull(FieldRules.DocumentText.Check(new string('æ', 512 * 1024 + 1)));
    }
}
