using ExpertFinder.Api.Data;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.Audit;
using ExpertFinder.Api.Security.Privacy;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Me;

/// <summary>
/// Everything stored about one person as one document, what <c>me</c> answers, unpaged: the download of the GDPR
/// right of access. Other people are named only when the privacy policy lets the person see them, else null.
/// Values are as stored (the dataset format's vocabulary), not GraphQL enum names.
/// </summary>
public static class MeExport
{
    public sealed record PersonRef(string Key, string Name);

    public sealed record Named(string Key, string Name);

    public sealed record Profile(string Key, string Name, string? Title, Named Unit, string? Email, string? Phone, string? Location, string? Bio,
        IReadOnlyList<string> Roles, IReadOnlyList<string> Languages, string Visibility, string ContactSharing,
        IReadOnlyList<string> AskMeAbout, bool OpenToMentoring, bool OpenToJobRotation, bool OpenToMeetingColleagues);

    public sealed record HeldCompetence(Named Competence, int Level, string Source, string? Since);

    public sealed record GivenEndorsement(PersonRef? Person, Named Competence, string? Comment, DateTimeOffset Created);

    public sealed record ReceivedEndorsement(PersonRef? Endorser, Named Competence, string? Comment, DateTimeOffset Created);

    public sealed record NetworkRole(Named Network, string Kind, string Role);

    public sealed record Authored(string Key, string Title, string? Kind, DateOnly? Date, int Position);

    public sealed record AuditLine(DateTimeOffset At, string Operation, string? EntityType, string? EntityKey, IReadOnlyList<string> Fields, bool ByYou);

    public sealed record Document(DateTimeOffset ExportedAt, Profile Person, IReadOnlyList<HeldCompetence> Competences,
        IReadOnlyList<GivenEndorsement> EndorsementsGiven, IReadOnlyList<ReceivedEndorsement> EndorsementsReceived,
        IReadOnlyList<NetworkRole> Memberships, IReadOnlyList<Authored> Authorships, IReadOnlyList<AuditLine> AuditEntries);

    public static async Task<Document> LoadAsync(ExpertFinderDb db, AuditTrail audit, PrivacyPolicy policy, Myself me, CancellationToken ct)
    {
        var id = me.PersonId;
        var visible = db.VisiblePersonIds(policy);
        var person = await db.People.AsNoTracking().Include(p => p.Unit).SingleAsync(p => p.Id == id, ct);
        var competences = await db.PersonCompetences.AsNoTracking().Where(pc => pc.PersonId == id)
            .OrderByDescending(pc => pc.Level).ThenBy(pc => pc.Competence!.Name).ThenBy(pc => pc.Competence!.Key)
            .Select(pc => new HeldCompetence(new Named(pc.Competence!.Key, pc.Competence.Name), pc.Level, pc.Source,
                pc.Since == null ? null : pc.Since.Value.Year.ToString("D4") + "-" + pc.Since.Value.Month.ToString("D2")))
            .ToListAsync(ct);
        var given = await db.Endorsements.AsNoTracking().Where(e => e.EndorserId == id)
            .OrderByDescending(e => e.Created).ThenByDescending(e => e.Id)
            .Select(e => new GivenEndorsement(visible.Contains(e.PersonId) ? new PersonRef(e.Person!.Key, e.Person.Name) : null,
                new Named(e.Competence!.Key, e.Competence.Name), e.Comment, e.Created))
            .ToListAsync(ct);
        var received = await db.Endorsements.AsNoTracking().Where(e => e.PersonId == id)
            .OrderByDescending(e => e.Created).ThenByDescending(e => e.Id)
            .Select(e => new ReceivedEndorsement(visible.Contains(e.EndorserId) ? new PersonRef(e.Endorser!.Key, e.Endorser.Name) : null,
                new Named(e.Competence!.Key, e.Competence.Name), e.Comment, e.Created))
            .ToListAsync(ct);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.PersonId == id)
            .OrderBy(m => m.Network!.Name).ThenBy(m => m.Network!.Key)
            .Select(m => new NetworkRole(new Named(m.Network!.Key, m.Network.Name), m.Network.Kind, m.Role))
            .ToListAsync(ct);
        var authorships = await db.Authorships.AsNoTracking().Where(a => a.PersonId == id)
            .OrderByDescending(a => a.Document!.Date).ThenBy(a => a.Document!.Key)
            .Select(a => new Authored(a.Document!.Key, a.Document.Title, a.Document.Kind, a.Document.Date, a.Position))
            .ToListAsync(ct);
        var entries = await audit.AboutPersonAsync(me.PersonKey, ct);
        var actor = policy.Reader.Actor;
        // Entries about other people name them only if the person may see them, as OwnAuditEntry.entityKey does.
        var named = entries.Where(e => e.EntityType == NodeTypeNames.Person && e.EntityKey is not null && e.EntityKey != me.PersonKey)
            .Select(e => e.EntityKey!).Distinct().ToList();
        var seen = named.Count == 0 ? [] : (await db.VisiblePeople(policy).Where(p => named.Contains(p.Key)).Select(p => p.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var audited = entries.Select(e => new AuditLine(e.At, e.Operation, e.EntityType,
            e.EntityType == NodeTypeNames.Person && e.EntityKey != me.PersonKey && e.EntityKey is { } key && !seen.Contains(key) ? null : e.EntityKey,
            e.Fields, e.Actor == actor)).ToList();
        return new Document(DateTimeOffset.UtcNow,
            new Profile(person.Key, person.Name, person.Title, new Named(person.Unit!.Key, person.Unit.Name), person.Email, person.Phone, person.Location,
                person.Bio, person.Roles, person.Languages, person.Visibility, person.ContactSharing,
                person.AskMeAbout, person.OpenToMentoring, person.OpenToJobRotation, person.OpenToMeetingColleagues),
            competences, given, received, memberships, authorships, audited);
    }
}
