using ExpertFinder.Core.Fields;

namespace ExpertFinder.Core.Tests.Fields;

/// <summary>The rules of the fields as both write paths apply them; the reasons are words that follow a field's name.</summary>
public sealed class FieldRulesTests
{
    [Theory]
    [InlineData("anne@aarhus.dk")]
    [InlineData("anne.b.hansen+hr@mso.aarhus.dk")]
    [InlineData("søren@kommune.dk")]
    public void An_email_address_has_a_local_part_a_domain_and_a_top_level_domain(string email) =>
        Assert.Null(FieldRules.Email.Check(email));

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("ikke en adresse")]
    [InlineData("anne@aarhus")]
    [InlineData("@aarhus.dk")]
    [InlineData("anne@@aarhus.dk")]
    [InlineData("anne@aarhus.dk.")]
    [InlineData("anne hansen@aarhus.dk")]
    [InlineData(" anne@aarhus.dk")]
    [InlineData("")]
    public void Anything_else_is_not_an_email_address(string email) =>
        Assert.Equal(new FieldProblem(FieldProblemKind.InvalidFormat, "is not an e-mail address"), FieldRules.Email.Check(email));

    [Fact]
    public void An_email_address_is_at_most_254_characters()
    {
        var local = new string('a', 64);
        var domain = new string('b', 254 - 64 - 1 - 3) + ".dk";

        Assert.Null(FieldRules.Email.Check($"{local}@{domain}"));
        Assert.Equal(new FieldProblem(FieldProblemKind.TooLong, "must be at most 254 characters"), FieldRules.Email.Check($"{local}a@{domain}"));
    }

    [Theory]
    [InlineData("+45 12 34 56 78", true)]
    [InlineData("12345678", true)]
    [InlineData("+45 (0) 8940-2000", true)]
    [InlineData("call me", false)]
    [InlineData("(+45) 12345678", false)]
    [InlineData("+", false)]
    [InlineData("12 34 56 78 ext. 9", false)]
    [InlineData("", false)]
    public void A_phone_number_holds_digits_spaces_plus_dashes_and_parentheses(string phone, bool kept)
    {
        var problem = FieldRules.Phone.Check(phone);

        Assert.Equal(kept ? null : new FieldProblem(FieldProblemKind.InvalidFormat, "may hold only digits, spaces, +, -, ( and )"), problem);
    }

    [Fact]
    public void A_phone_number_is_at_most_40_characters()
    {
        Assert.Null(FieldRules.Phone.Check(new string('1', 40)));
        Assert.Equal(FieldProblemKind.TooLong, FieldRules.Phone.Check(new string('1', 41))?.Kind);
    }

    [Theory]
    [InlineData("da", null)]
    [InlineData("en", null)]
    [InlineData("DA", FieldProblemKind.InvalidFormat)]
    [InlineData("d1", FieldProblemKind.InvalidFormat)]
    [InlineData("d", FieldProblemKind.InvalidFormat)]
    [InlineData("dan", FieldProblemKind.TooLong)]
    [InlineData("dansk", FieldProblemKind.TooLong)]
    public void A_language_is_a_two_letter_lower_case_code(string code, FieldProblemKind? kind)
    {
        Assert.Equal(kind, FieldRules.LanguageCode.Check(code)?.Kind);
    }

    [Fact]
    public void A_language_code_of_the_wrong_shape_is_told_what_a_code_looks_like()
    {
        Assert.Equal("must be a two-letter ISO 639-1 code such as da or en", FieldRules.LanguageCode.Check("DA")?.Reason);
        Assert.Equal("must be a two-letter ISO 639-1 code such as da or en", FieldRules.LanguageCode.CheckShape("dan")?.Reason);
    }

    /// <summary>The limits the dataset format and the schema's descriptions give.</summary>
    [Fact]
    public void The_text_fields_have_the_limits_the_dataset_format_gives()
    {
        Assert.Equal(200, FieldRules.Key.MaxLength);
        Assert.Equal(200, FieldRules.Name.MaxLength);
        Assert.Equal(10_000, FieldRules.LongText.MaxLength);
        Assert.Equal(4_000, FieldRules.Answer.MaxLength);
        Assert.Equal(200, FieldRules.Statement.MaxLength);
        Assert.Equal(20, FieldRules.MaxStatements);
        Assert.Equal(1_000, FieldRules.Comment.MaxLength);
        Assert.Equal(1024 * 1024, FieldRules.DocumentText.MaxBytes);
    }

    [Fact]
    public void A_name_is_at_most_200_characters_and_a_long_text_at_most_10000()
    {
        Assert.Null(FieldRules.Name.Check(new string('n', 200)));
        Assert.Equal("must be at most 200 characters", FieldRules.Name.Check(new string('n', 201))?.Reason);
        Assert.Null(FieldRules.LongText.Check(new string('b', 10_000)));
        Assert.Equal("must be at most 10000 characters", FieldRules.LongText.Check(new string('b', 10_001))?.Reason);
    }
}
