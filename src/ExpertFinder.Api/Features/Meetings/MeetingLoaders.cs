using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Privacy;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Meetings;

public static class MeetingLoaders
{
    public static IDataLoaderResult<Meeting?> MeetingByKey(this IResolveFieldContext context, string key) =>
        context.LoadByKey("meeting-by-key", key, db => db.Meetings.AsNoTracking());

    /// <summary>The meeting a document is the agenda or the minutes of (one at most).</summary>
    public static IDataLoaderResult<Meeting?> MeetingOfDocument(this IResolveFieldContext context, int documentId) =>
        context.Loaders().Get<int, Meeting>("meeting-of-document", async (db, ids, ct) =>
        {
            var meetings = await db.Meetings.AsNoTracking()
                .Where(m => (m.AgendaDocumentId != null && ids.Contains(m.AgendaDocumentId.Value)) || (m.MinutesDocumentId != null && ids.Contains(m.MinutesDocumentId.Value)))
                .ToListAsync(ct);
            var byDocument = new Dictionary<int, Meeting>();
            foreach (var meeting in meetings)
            {
                foreach (var document in new[] { meeting.AgendaDocumentId, meeting.MinutesDocumentId }.OfType<int>().Where(ids.Contains))
                {
                    byDocument[document] = meeting;
                }
            }
            return byDocument;
        }).Load(documentId);

    /// <summary>A network's meetings, newest first.</summary>
    public static IDataLoaderResult<IReadOnlyList<Meeting>?> MeetingsOf(this IResolveFieldContext context, int networkId) =>
        context.Loaders().GetGroups<int, Meeting>("meetings-of-network", async (db, ids, ct) =>
            (await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.NetworkId))
                .OrderByDescending(m => m.Date).ThenBy(m => m.Key).ToListAsync(ct)).Select(m => (m.NetworkId, m)).ToList()).Load(networkId);

    /// <summary>The participants the reader may see, by name.</summary>
    public static IDataLoaderResult<IReadOnlyList<Person>?> ParticipantsOf(this IResolveFieldContext context, int meetingId) =>
        context.Loaders().GetGroups<int, Person>("participants-of-meeting", async (db, ids, ct) =>
            (await db.MeetingParticipants.AsNoTracking()
                .Where(p => ids.Contains(p.MeetingId) && db.VisiblePersonIds(context.Privacy()).Contains(p.PersonId))
                .OrderBy(p => p.Person!.Name).ThenBy(p => p.Person!.Key)
                .Select(p => new { p.MeetingId, p.Person }).ToListAsync(ct)).Select(p => (p.MeetingId, p.Person!)).ToList()).Load(meetingId);

    /// <summary>The templates used to prepare and debrief a meeting, by title.</summary>
    public static IDataLoaderResult<IReadOnlyList<Document>?> TemplatesOf(this IResolveFieldContext context, int meetingId) =>
        context.Loaders().GetGroups<int, Document>("templates-of-meeting", async (db, ids, ct) =>
            (await db.MeetingTemplates.AsNoTracking().Where(t => ids.Contains(t.MeetingId))
                .OrderBy(t => t.Document!.Title).ThenBy(t => t.Document!.Key)
                .Select(t => new { t.MeetingId, t.Document }).ToListAsync(ct)).Select(t => (t.MeetingId, t.Document!)).ToList()).Load(meetingId);

    public static IDataLoaderResult<Document?> DocumentById(this IResolveFieldContext context, int id) =>
        context.LoadById("document-by-id", id, db => db.Documents.AsNoTracking());
}
