using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Writes;

public sealed class MutationErrorCodeType : EnumerationGraphType<MutationErrorCode>
{
    public MutationErrorCodeType()
    {
        Name = "MutationErrorCode";
        Description = "What kind of rule a mutation's input broke.";
    }
}

public sealed class MutationErrorInterface : InterfaceGraphType<MutationError>
{
    public MutationErrorInterface()
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = "MutationError";
        Description = "A business rule a mutation's input broke; nothing was written.";
        MutationErrorFields.Add(this);
    }
}

internal static class MutationErrorFields
{
    public static void Add<T>(ComplexGraphType<T> type) where T : MutationError
    {
        type.Field<NonNullGraphType<StringGraphType>>("message").Description("For people; may change wording.");
        type.Field<NonNullGraphType<MutationErrorCodeType>>("code").Description("For programs; stable.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path")
            .Description("The input field at fault, e.g. [\"input\", \"competences\", \"2\", \"level\"], when one is.");
    }
}

/// <summary>A concrete error type: the interface's fields and a type check for resolving the interface.</summary>
public abstract class MutationErrorType<T> : ObjectGraphType<T> where T : MutationError
{
    protected MutationErrorType(string name, string description)
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = name;
        Description = description;
        Interface<MutationErrorInterface>();
        IsTypeOf = error => error is T;
        MutationErrorFields.Add(this);
    }
}

public static class MutationErrorTypes
{
    /// <summary>The concrete types, which no field names directly: the schema must be told about them.</summary>
    public static readonly Type[] All =
        [typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(InUseErrorType), typeof(CycleErrorType)];
}

public sealed class ValidationErrorType() : MutationErrorType<ValidationError>("ValidationError", "An input value is missing, malformed, too large or out of range.");

public sealed class NotFoundErrorType() : MutationErrorType<NotFoundError>("NotFoundError", "An ID names nothing of the expected type.");

public sealed class ConflictErrorType() : MutationErrorType<ConflictError>("ConflictError", "The change collides with what exists: a taken key, a repeated endorsement, a network already closed.");

public sealed class CycleErrorType() : MutationErrorType<CycleError>("CycleError", "The move would place a unit or competence below itself.");

public sealed class InUseErrorType : MutationErrorType<InUseError>
{
    public InUseErrorType() : base("InUseError", "A delete of something others still refer to.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("usedBy")
            .Description("What still refers to it, e.g. people, childUnits, documents, networks.");
    }
}
