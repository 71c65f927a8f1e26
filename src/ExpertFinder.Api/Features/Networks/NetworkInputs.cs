using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Writes;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Networks;

public sealed class CreateNetworkInputType : InputObjectGraphType
{
    public CreateNetworkInputType()
    {
        Name = "CreateNetworkInput";
        MutationInputFields.AddKey(this, madeFrom: "name");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<NetworkKindType>>("kind");
        NetworkFields.AddOptional(this);
    }
}

public sealed class UpdateNetworkInputType : InputObjectGraphType
{
    public UpdateNetworkInputType()
    {
        Name = "UpdateNetworkInput";
        Description = "Only the fields given change; null clears description, owner or dates; topicIds replaces the topics.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("name");
        Field<NetworkKindType>("kind");
        NetworkFields.AddOptional(this);
    }
}

public sealed class CloseNetworkInputType : InputObjectGraphType
{
    public CloseNetworkInputType()
    {
        Name = "CloseNetworkInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<DateOnlyGraphType>("ended").Description("When it ended; today when absent.");
    }
}

public sealed class ChangeNetworkStatusInputType : InputObjectGraphType
{
    public ChangeNetworkStatusInputType()
    {
        Name = "ChangeNetworkStatusInput";
        Description = "A move along the lifecycle: proposed, active, testing, evaluated, closed. A closed network is not reopened, "
            + "statuses do not go back, a proposal only starts (ACTIVE) or is dropped (CLOSED), and a running network of a kind with a test phase (welfare) "
            + "passes through TESTING before it is evaluated or closed.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<NetworkStatusType>>("status");
        Field<DateOnlyGraphType>("date").Description("When it happened; today when absent. Sets started when the network starts (if missing) and ended when it closes.");
    }
}

public sealed class DeleteNetworkInputType() : DeleteInputType("DeleteNetworkInput");

public sealed class AddNetworkMemberInputType : InputObjectGraphType
{
    public AddNetworkMemberInputType()
    {
        Name = "AddNetworkMemberInput";
        Description = "Adds the person to the network, or changes their role when they are in it.";
        Field<NonNullGraphType<IdGraphType>>("networkId");
        Field<NonNullGraphType<IdGraphType>>("personId");
        Field<MemberRoleType>("role").Description("MEMBER when absent.");
    }
}

public sealed class RemoveNetworkMemberInputType : InputObjectGraphType
{
    public RemoveNetworkMemberInputType()
    {
        Name = "RemoveNetworkMemberInput";
        Field<NonNullGraphType<IdGraphType>>("networkId");
        Field<NonNullGraphType<IdGraphType>>("personId");
    }
}

internal static class NetworkFields
{
    public static void AddOptional(InputObjectGraphType input)
    {
        input.Field<StringGraphType>("description").Description("The theme and purpose.");
        input.Field<NetworkStatusType>("status").Description("ACTIVE when absent on create, where only PROPOSED and ACTIVE are allowed; changes follow the rules of changeNetworkStatus.");
        input.Field<IdGraphType>("ownerUnitId").Description("The owning unit.");
        input.Field<DateOnlyGraphType>("started");
        input.Field<DateOnlyGraphType>("ended").Description("Not before started.");
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("topicIds").Description("Competences the network works on.");
    }
}
