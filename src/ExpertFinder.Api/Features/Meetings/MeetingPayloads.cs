using ExpertFinder.Api.Writes;

namespace ExpertFinder.Api.Features.Meetings;

public sealed class CreateMeetingPayloadType() : PayloadType("CreateMeetingPayload", Entity<MeetingType>("meeting", "The new meeting."));

public sealed class UpdateMeetingPayloadType() : PayloadType("UpdateMeetingPayload", Entity<MeetingType>("meeting", "The meeting as changed."));

public sealed class DeleteMeetingPayloadType() : PayloadType("DeleteMeetingPayload", Entity<MeetingType>("meeting", "The meeting as it was."), DeletedId());
