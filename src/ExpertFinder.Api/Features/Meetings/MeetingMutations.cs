using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core.Fields;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Meetings;

/// <summary>
/// A network's facilitators and admins record its meetings. The agenda and minutes are indexed with the meeting's
/// participants as people they name (weak evidence), so every change queues those documents for the index.
/// </summary>
internal static class MeetingMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        MutationType.Add<CreateMeetingInputType, CreateMeetingPayloadType>(mutation, "createMeeting", AccessPolicy.Employee,
            "Records a network meeting with its agenda, minutes, templates and participants: the network's facilitators and admins.", CreateAsync);
        MutationType.Add<UpdateMeetingInputType, UpdateMeetingPayloadType>(mutation, "updateMeeting", AccessPolicy.Employee,
            "Changes the fields given and leaves the others alone.", UpdateAsync);
        MutationType.Add<DeleteMeetingInputType, DeleteMeetingPayloadType>(mutation, "deleteMeeting", AccessPolicy.Employee,
            "Deletes a meeting; its agenda, minutes and templates stay as documents.", DeleteAsync);
    }

    private static async Task<MutationPayload> CreateAsync(MutationTransaction tx)
    {
        var network = await tx.FindAsync<Network>(NodeTypeNames.Network, "networkId", required: true);
        var title = tx.Input.Text("title", FieldRules.Name, required: true);
        var date = tx.Input.Date("date");
        if (network is null)
        {
            return tx.Failure();
        }
        Permissions.Demand(await tx.Permissions.ManagesNetworkAsync(network), "Only the network's facilitators and admins may record its meetings");
        var meeting = new Meeting { Key = "", NetworkId = network.Id, Title = title ?? "", Date = date ?? default };
        if (date is null)
        {
            tx.Input.Invalid("date", MutationErrorCode.Required, "'date' is required");
        }
        await ReadOptionalFieldsAsync(tx, meeting);
        meeting.Key = await tx.NewKeyAsync<Meeting>(meeting.Title, "meeting");
        if (tx.Failed)
        {
            return tx.Failure();
        }
        tx.Db.Meetings.Add(meeting);
        await ChangedDocumentsAsync(tx, meeting);
        return await tx.AnswerAsync(("meeting", meeting));
    }

    private static async Task<MutationPayload> UpdateAsync(MutationTransaction tx)
    {
        var meeting = await tx.FindAsync<Meeting>(NodeTypeNames.Meeting, "id", required: true);
        if (meeting is null)
        {
            return tx.Failure();
        }
        await DemandManagesAsync(tx, meeting);
        // The documents it was linked to lose its participants, those it is linked to now gain them.
        await ChangedDocumentsAsync(tx, meeting);
        if (tx.Input.Has("title") && tx.Input.Text("title", FieldRules.Name, required: true) is { } title)
        {
            meeting.Title = title;
        }
        if (tx.Input.Has("date"))
        {
            if (tx.Input.Date("date") is { } date)
            {
                meeting.Date = date;
            }
            else
            {
                tx.Input.Invalid("date", MutationErrorCode.Required, "'date' must not be null");
            }
        }
        await ReadOptionalFieldsAsync(tx, meeting);
        if (tx.Failed)
        {
            return tx.Failure();
        }
        await ChangedDocumentsAsync(tx, meeting);
        return await tx.AnswerAsync(("meeting", meeting));
    }

    private static async Task<MutationPayload> DeleteAsync(MutationTransaction tx)
    {
        var meeting = await tx.FindAsync<Meeting>(NodeTypeNames.Meeting, "id", required: true);
        if (meeting is null)
        {
            return tx.Failure();
        }
        await DemandManagesAsync(tx, meeting);
        // Read again once the meeting is gone: its agenda and minutes no longer name its participants.
        await ChangedDocumentsAsync(tx, meeting);
        tx.Db.Meetings.Remove(meeting);
        return await tx.AnswerDeletedAsync("meeting", meeting, NodeTypeNames.Meeting, meeting.Key);
    }

    private static async Task DemandManagesAsync(MutationTransaction tx, Meeting meeting)
    {
        var network = await tx.Db.Networks.AsNoTracking().SingleAsync(n => n.Id == meeting.NetworkId, tx.CancellationToken);
        Permissions.Demand(await tx.Permissions.ManagesNetworkAsync(network), "Only the network's facilitators and admins may change its meetings");
    }

    /// <summary>The fields create and update share: on update only those given, with null clearing agenda or minutes.</summary>
    private static async Task ReadOptionalFieldsAsync(MutationTransaction tx, Meeting meeting)
    {
        var input = tx.Input;
        if (input.Has("agendaId"))
        {
            meeting.AgendaDocumentId = await LinkedDocumentAsync(tx, meeting, "agendaId");
        }
        if (input.Has("minutesId"))
        {
            meeting.MinutesDocumentId = await LinkedDocumentAsync(tx, meeting, "minutesId");
        }
        if (meeting.AgendaDocumentId is { } agenda && agenda == meeting.MinutesDocumentId)
        {
            input.Invalid(input.Has("minutesId") ? "minutesId" : "agendaId", MutationErrorCode.Duplicate, "The agenda and the minutes are two documents");
        }
        if (input.Has("templateIds"))
        {
            var templates = await tx.FindAllAsync<Document>(NodeTypeNames.Document, "templateIds", MeetingFields.MaxTemplates);
            if (meeting.Id != 0)
            {
                await tx.Db.MeetingTemplates.Where(t => t.MeetingId == meeting.Id).LoadAsync(tx.CancellationToken);
            }
            meeting.Templates.RemoveAll(t => templates.All(d => d.Id != t.DocumentId));
            foreach (var template in templates.Where(d => meeting.Templates.All(t => t.DocumentId != d.Id)))
            {
                meeting.Templates.Add(new MeetingTemplate { Document = template });
            }
        }
        if (input.Has("participantIds"))
        {
            // Only people the caller may see can be named (FindAllAsync); those already in it whom the caller may not
            // see stay, so that replacing the list cannot drop someone the caller never knew was there.
            var participants = await tx.FindAllAsync<Person>(NodeTypeNames.Person, "participantIds", MeetingFields.MaxParticipants);
            if (meeting.Id != 0)
            {
                await tx.Db.MeetingParticipants.Where(p => p.MeetingId == meeting.Id).LoadAsync(tx.CancellationToken);
            }
            var visible = meeting.Id == 0 ? [] : await tx.Db.MeetingParticipants.Where(p => p.MeetingId == meeting.Id)
                .Where(p => tx.Db.People.Where(tx.Privacy.Visible()).Select(q => q.Id).Contains(p.PersonId))
                .Select(p => p.PersonId).ToListAsync(tx.CancellationToken);
            meeting.Participants.RemoveAll(p => visible.Contains(p.PersonId) && participants.All(q => q.Id != p.PersonId));
            foreach (var person in participants.Where(q => meeting.Participants.All(p => p.PersonId != q.Id)))
            {
                meeting.Participants.Add(new MeetingParticipant { Person = person, PersonId = person.Id });
            }
        }
    }

    /// <summary>The document an input field names, unless it is already the agenda or minutes of another meeting.</summary>
    private static async Task<int?> LinkedDocumentAsync(MutationTransaction tx, Meeting meeting, string field)
    {
        if (await tx.FindAsync<Document>(NodeTypeNames.Document, field) is not { } document)
        {
            return null;
        }
        var other = await tx.Db.Meetings.AsNoTracking()
            .Where(m => m.Id != meeting.Id && (m.AgendaDocumentId == document.Id || m.MinutesDocumentId == document.Id))
            .Select(m => m.Title).FirstOrDefaultAsync(tx.CancellationToken);
        if (other is not null)
        {
            tx.Errors.Add(new ConflictError($"'{document.Title}' is already the agenda or minutes of the meeting '{other}'", MutationErrorCode.AlreadyLinked, tx.Input.PathOf(field)));
            return null;
        }
        return document.Id;
    }

    /// <summary>The agenda and minutes are indexed with the participants: they must be read again after the change.</summary>
    private static async Task ChangedDocumentsAsync(MutationTransaction tx, Meeting meeting)
    {
        int[] linked = [.. new[] { meeting.AgendaDocumentId, meeting.MinutesDocumentId }.OfType<int>()];
        if (linked.Length > 0)
        {
            tx.Changed.Documents.UnionWith(await tx.Db.Documents.Where(d => linked.Contains(d.Id)).Select(d => d.Key).ToListAsync(tx.CancellationToken));
        }
    }
}
