using ExpertFinder.Api.GraphQL;

namespace ExpertFinder.Api.Meetings;

public sealed class CreateMeetingPayloadType() : PayloadType("CreateMeetingPayload", Entity<MeetingType>("meeting", "The new meeting."));

public sealed class UpdateMeetingPayloadType() : PayloadType("UpdateMeetingPayload", Entity<MeetingType>("meeting", "The meeting as changed."));

public sealed class DeleteMeetingPayloadType() : PayloadType("DeleteMeetingPayload", Entity<MeetingType>("meeting", "The meeting as it was."), DeletedId());
