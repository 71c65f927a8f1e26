using GraphQL.Types;

namespace ExpertFinder.Api.Writes;

/// <summary>The input of a delete: only the ID of what goes.</summary>
public abstract class DeleteInputType : InputObjectGraphType
{
    protected DeleteInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

public static class MutationInputFields
{
    /// <summary>The key a create may ask for (<see cref="MutationTransaction.NewKeyAsync{T}"/> reads it); made from the <paramref name="madeFrom"/> when absent.</summary>
    public static void AddKey(InputObjectGraphType input, string madeFrom) =>
        input.Field<StringGraphType>("key").Description($"Stable external identifier; made from the {madeFrom} when absent. Never changes.");
}
