using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;

namespace ExpertFinder.Api.Writes;

/// <summary>What a mutation answers: the entities it changed (by payload field name), or the errors that stopped it.</summary>
public sealed class MutationPayload
{
    private MutationPayload(IReadOnlyDictionary<string, object?> fields, IReadOnlyList<MutationError> errors)
    {
        Fields = fields;
        Errors = errors;
    }

    public IReadOnlyDictionary<string, object?> Fields { get; }
    public IReadOnlyList<MutationError> Errors { get; }

    public static MutationPayload Success(params (string Field, object? Value)[] fields) =>
        new(fields.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal), []);

    public static MutationPayload Failure(IReadOnlyList<MutationError> errors) =>
        new(new Dictionary<string, object?>(StringComparer.Ordinal), errors.ToList());
}

/// <summary>One field of a payload type: a nullable entity that is set when the mutation succeeded.</summary>
public sealed record PayloadField(string Name, Type GraphType, string Description);

/// <summary>
/// A mutation's payload type, e.g. CreateUnitPayload { unit: Unit, errors: [MutationError!]! }: each mutation has
/// its own, so it can grow fields without breaking others.
/// </summary>
public abstract class PayloadType : ObjectGraphType<MutationPayload>
{
    protected PayloadType(string name, params PayloadField[] fields)
    {
        this.AuthorizeWithPolicy(AccessPolicy.Reader);
        Name = name;
        foreach (var field in fields)
        {
            Field(field.Name, field.GraphType).Description(field.Description).Resolve(c => c.Source.Fields.GetValueOrDefault(field.Name));
        }
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MutationErrorInterface>>>>("errors")
            .Description("Why nothing was written; empty when the mutation succeeded.")
            .Resolve(c => c.Source.Errors);
    }

    protected static PayloadField Entity<TGraphType>(string name, string description) where TGraphType : IGraphType =>
        new(name, typeof(TGraphType), description);

    /// <summary>The ID of what a delete removed, for clients to drop it from their caches.</summary>
    protected static PayloadField DeletedId() => new("deletedId", typeof(IdGraphType), "The ID of what was deleted.");
}
