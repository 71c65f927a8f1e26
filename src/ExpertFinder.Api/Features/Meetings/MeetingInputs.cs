using ExpertFinder.Api.Writes;
using GraphQL.Types;

namespace ExpertFinder.Api.Features.Meetings;

public sealed class CreateMeetingInputType : InputObjectGraphType
{
    public CreateMeetingInputType()
    {
        Name = "CreateMeetingInput";
        MutationInputFields.AddKey(this, madeFrom: "title");
        Field<NonNullGraphType<IdGraphType>>("networkId").Description("The network whose meeting it is.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<DateOnlyGraphType>>("date");
        MeetingFields.AddOptional(this);
    }
}

public sealed class UpdateMeetingInputType : InputObjectGraphType
{
    public UpdateMeetingInputType()
    {
        Name = "UpdateMeetingInput";
        Description = "Only the fields given change; null clears agenda or minutes; templateIds and participantIds replace the lists.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("title");
        Field<DateOnlyGraphType>("date");
        MeetingFields.AddOptional(this);
    }
}

public sealed class DeleteMeetingInputType() : DeleteInputType("DeleteMeetingInput");

internal static class MeetingFields
{
    public const int MaxTemplates = 20;
    public const int MaxParticipants = 200;

    public static void AddOptional(InputObjectGraphType input)
    {
        input.Field<IdGraphType>("agendaId").Description("The agenda, a document; the agenda or minutes of no other meeting.");
        input.Field<IdGraphType>("minutesId").Description("The minutes, a document; the agenda or minutes of no other meeting.");
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("templateIds").Description($"Documents used to prepare and debrief it; at most {MaxTemplates}.");
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("participantIds").Description($"The people who took part; at most {MaxParticipants}. Taking part counts as weak evidence of what the agenda and minutes are about.");
    }
}
