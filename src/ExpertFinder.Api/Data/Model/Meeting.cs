using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;

namespace ExpertFinder.Api.Data.Model;

/// <summary>
/// A network meeting shared "before and after": the agenda goes out for comment before, the minutes after, and the
/// templates used to prepare and debrief it. Agenda and minutes are documents of their own; the meeting ties them together.
/// </summary>
public sealed class Meeting : IKeyed
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public int NetworkId { get; set; }
    public Network? Network { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public int? AgendaDocumentId { get; set; }
    public Document? Agenda { get; set; }
    public int? MinutesDocumentId { get; set; }
    public Document? Minutes { get; set; }
    public List<MeetingParticipant> Participants { get; } = [];
    public List<MeetingTemplate> Templates { get; } = [];
}

/// <summary>Someone who took part in a meeting: weak evidence of what the meeting was about.</summary>
public sealed class MeetingParticipant
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
}

/// <summary>A template used to prepare or debrief a meeting.</summary>
public sealed class MeetingTemplate
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int DocumentId { get; set; }
    public Document? Document { get; set; }
}
