using System.ComponentModel;

namespace ExpertFinder.Api.Writes;

/// <summary>
/// A business rule a mutation's input broke. Mutations answer these in their payload, next to the entity they
/// would have changed, so clients can show them by the input field at fault instead of parsing error messages.
/// </summary>
public abstract record MutationError(string Message, MutationErrorCode Code, IReadOnlyList<string>? Path);

/// <summary>An input value is missing, malformed, too large or out of range.</summary>
public sealed record ValidationError(string Message, MutationErrorCode Code, IReadOnlyList<string>? Path) : MutationError(Message, Code, Path);

/// <summary>An ID names nothing of the expected type (also when the text is not an ID at all).</summary>
public sealed record NotFoundError(string Message, IReadOnlyList<string>? Path) : MutationError(Message, MutationErrorCode.NotFound, Path);

/// <summary>The change collides with what exists: a taken key, a repeated endorsement, a network already closed.</summary>
public sealed record ConflictError(string Message, MutationErrorCode Code, IReadOnlyList<string>? Path) : MutationError(Message, Code, Path);

/// <summary>A delete of something others still refer to; <see cref="UsedBy"/> says what, e.g. "people".</summary>
public sealed record InUseError(string Message, IReadOnlyList<string> UsedBy) : MutationError(Message, MutationErrorCode.InUse, null);

/// <summary>A move that would put a unit or competence below itself.</summary>
public sealed record CycleError(string Message, IReadOnlyList<string>? Path) : MutationError(Message, MutationErrorCode.Cycle, Path);

public enum MutationErrorCode
{
    [Description("A required value is missing or blank.")]
    Required,
    [Description("A text is longer than allowed.")]
    TooLong,
    [Description("A list has more items than allowed.")]
    TooMany,
    [Description("A list has fewer items than needed, e.g. a theme proposal must affect at least two units.")]
    TooFew,
    [Description("A value does not have the expected shape, e.g. an e-mail address or a YYYY-MM month.")]
    InvalidFormat,
    [Description("A number is outside its range.")]
    OutOfRange,
    [Description("A list names the same thing twice.")]
    Duplicate,
    [Description("A unit's kind does not fit under its parent's kind (municipality > department > office > team).")]
    KindMismatch,
    [Description("An end date is before the start date.")]
    DateOrder,
    [Description("A person cannot endorse themselves.")]
    SelfEndorsement,
    [Description("The person does not hold the competence.")]
    NotHeld,
    [Description("An ID names nothing of the expected type.")]
    NotFound,
    [Description("The key is already used by another entity of the same type.")]
    KeyTaken,
    [Description("The same thing exists already, e.g. this endorser already endorsed this competence.")]
    AlreadyExists,
    [Description("The network is already closed.")]
    AlreadyClosed,
    [Description("The network may not move from its status to the one asked for, e.g. a closed network reopened or a welfare network evaluated before testing.")]
    InvalidTransition,
    [Description("The document is already the agenda or the minutes of another meeting.")]
    AlreadyLinked,
    [Description("The theme proposal is already approved or rejected: it can no longer be changed or decided.")]
    AlreadyDecided,
    [Description("A unit lies outside the municipality the change belongs to, e.g. a theme proposal's affected unit outside the proposer's municipality.")]
    OutsideMunicipality,
    [Description("Others still refer to what was to be deleted.")]
    InUse,
    [Description("The move would place a unit or competence below itself.")]
    Cycle,
}
