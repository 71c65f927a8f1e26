using ExpertFinder.Core.Fields;

namespace ExpertFinder.Core.Tests.Fields;

public sealed class RangeRuleTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void A_level_is_from_1_to_5(int level, bool kept)
    {
        var problem = FieldRules.Level.Check(level);

        Assert.Equal(kept, problem is null);
        if (!kept)
        {
            Assert.Equal(new FieldProblem(FieldProblemKind.OutOfRange, "must be between 1 and 5"), problem);
        }
    }

    [Fact]
    public void A_need_is_for_1_to_10000_people_and_a_year_from_2000_to_2200()
    {
        Assert.Null(FieldRules.NeededPeople.Check(10_000));
        Assert.Equal("must be between 1 and 10000", FieldRules.NeededPeople.Check(0)?.Reason);
        Assert.Null(FieldRules.NeedYear.Check(2200));
        Assert.Equal("must be between 2000 and 2200", FieldRules.NeedYear.Check(1999)?.Reason);
    }
}
