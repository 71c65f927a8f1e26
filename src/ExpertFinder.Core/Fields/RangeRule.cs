namespace ExpertFinder.Core.Fields;

/// <summary>A whole number from <see cref="Min"/> to <see cref="Max"/>, both included.</summary>
public sealed class RangeRule(int min, int max)
{
    public int Min => min;

    public int Max => max;

    public FieldProblem? Check(int value) =>
        value < min || value > max ? new FieldProblem(FieldProblemKind.OutOfRange, $"must be between {min} and {max}") : null;
}
