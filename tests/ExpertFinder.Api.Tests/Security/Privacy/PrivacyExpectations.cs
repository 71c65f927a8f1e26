using System.Net;
using static ExpertFinder.Api.Tests.Security.Privacy.Reader;
using static ExpertFinder.Api.Tests.Security.Privacy.Subject;

namespace ExpertFinder.Api.Tests.Security.Privacy;

/// <summary>What <c>updatePerson(input: {id})</c> (no change) answers a reader about a subject.</summary>
public enum Update
{
    /// <summary>Refused at the door: no mutations for this kind of reader (<see cref="ReaderExpectation.MutationStatus"/>).</summary>
    Refused,

    /// <summary>A NotFoundError, exactly as for an ID that names nobody: the reader may not see the subject.</summary>
    NotFound,

    /// <summary>FORBIDDEN: the reader sees the subject but may not change them; the message names nobody.</summary>
    Forbidden,

    /// <summary>The payload shows the subject, with their contact details.</summary>
    Shown,
}

/// <summary>
/// One cell row of the privacy matrix: what one reader gets of one subject.
/// <list type="bullet">
/// <item><see cref="Sees"/>: the subject appears in (and only then) <c>person(key)</c>, <c>node(id)</c>, <c>nodes(ids)</c>,
/// <c>people</c> and its totalCount, <c>unit { people }</c>, <c>network { members }</c>, <c>document { authors }</c>,
/// <c>competence { holders }</c>, as the endorser in <c>PersonCompetence.endorsements</c> and an <c>Endorsement</c> node,
/// and their endorsements at all; a mutation finds them (else NotFoundError like a missing ID, and no message names them).</item>
/// <item><see cref="Finds"/>: the subject appears in (and only then) <c>experts</c> hits, totalCount and facets,
/// <c>suggest</c>, introduction paths, <c>networkGraph</c> at PERSON level, its DEPARTMENT-level people counts and edge
/// weights, and the three exports.</item>
/// <item><see cref="Contact"/>: e-mail, phone and location are shown (else null) wherever the subject is.</item>
/// <item><see cref="Update"/>: what a mutation on the subject answers.</item>
/// <item><see cref="Path"/>: the introduction path to the subject as a search hit (person keys, "&gt;" between), or null for none.</item>
/// </list>
/// </summary>
public sealed record Expectation(Reader Reader, Subject Subject, bool Sees, bool Finds, bool Contact, Update Update, string? Path);

/// <summary>What one reader gets regardless of subject.</summary>
/// <param name="Analyst">Whether the PERSON-level graph and the exports are for them (else FORBIDDEN, and 403 for the exports).</param>
/// <param name="MutationStatus">The HTTP status a mutation gets (200 when they may send one at all).</param>
public sealed record ReaderExpectation(Reader Reader, bool Analyst, HttpStatusCode MutationStatus);

public static class PrivacyExpectations
{
    private const bool Y = true;
    private const bool N = false;

    public static readonly Expectation[] Matrix =
    [
        //  reader           subject          sees finds contact  update             introduction path
        new(Anonymous,       PublicOfA,       Y,   Y,    N,       Update.Refused,    null),
        new(Anonymous,       OrganisationOfA, Y,   Y,    N,       Update.Refused,    null),
        new(Anonymous,       HiddenOfA,       N,   N,    N,       Update.Refused,    null),
        new(Anonymous,       PublicOfB,       Y,   Y,    N,       Update.Refused,    null),

        new(EmployeeOfA,     PublicOfA,       Y,   Y,    Y,       Update.Forbidden,  "pv-a-reader>pv-a-org>pv-a-public"),
        new(EmployeeOfA,     OrganisationOfA, Y,   Y,    N,       Update.Forbidden,  "pv-a-reader>pv-a-org"),
        new(EmployeeOfA,     HiddenOfA,       N,   N,    N,       Update.NotFound,   null),
        new(EmployeeOfA,     PublicOfB,       Y,   Y,    Y,       Update.Forbidden,  "pv-a-reader>pv-a-org>pv-b-public"),

        // The only chain from B to the public person of A runs through the organisation-only person: no path.
        new(EmployeeOfB,     PublicOfA,       Y,   Y,    N,       Update.Forbidden,  null),
        new(EmployeeOfB,     OrganisationOfA, N,   N,    N,       Update.NotFound,   null),
        new(EmployeeOfB,     HiddenOfA,       N,   N,    N,       Update.NotFound,   null),
        new(EmployeeOfB,     PublicOfB,       Y,   Y,    Y,       Update.Forbidden,  "pv-b-reader>pv-b-public"),

        new(PortalOfB,       PublicOfA,       Y,   Y,    N,       Update.Refused,    null),
        new(PortalOfB,       OrganisationOfA, N,   N,    N,       Update.Refused,    null),
        new(PortalOfB,       HiddenOfA,       N,   N,    N,       Update.Refused,    null),
        new(PortalOfB,       PublicOfB,       Y,   Y,    Y,       Update.Refused,    null),

        new(PortalOfAll,     PublicOfA,       Y,   Y,    N,       Update.Refused,    null),
        new(PortalOfAll,     OrganisationOfA, Y,   Y,    N,       Update.Refused,    null),
        new(PortalOfAll,     HiddenOfA,       N,   N,    N,       Update.Refused,    null),
        new(PortalOfAll,     PublicOfB,       Y,   Y,    Y,       Update.Refused,    null),

        new(AnalystOfB,      PublicOfA,       Y,   Y,    N,       Update.Forbidden,  null),
        new(AnalystOfB,      OrganisationOfA, N,   N,    N,       Update.NotFound,   null),
        new(AnalystOfB,      HiddenOfA,       N,   N,    N,       Update.NotFound,   null),
        new(AnalystOfB,      PublicOfB,       Y,   Y,    Y,       Update.Forbidden,  "pv-b-analyst>pv-b-public"),

        // The admin sees the hidden person but never discovers them: the paths go round them, the long way.
        new(AdminOfA,        PublicOfA,       Y,   Y,    Y,       Update.Shown,      "pv-a-admin>pv-a-reader>pv-a-org>pv-a-public"),
        new(AdminOfA,        OrganisationOfA, Y,   Y,    Y,       Update.Shown,      "pv-a-admin>pv-a-reader>pv-a-org"),
        new(AdminOfA,        HiddenOfA,       Y,   N,    Y,       Update.Shown,      null),
        new(AdminOfA,        PublicOfB,       Y,   Y,    Y,       Update.Forbidden,  "pv-a-admin>pv-a-reader>pv-a-org>pv-b-public"),

        new(DeploymentAdmin, PublicOfA,       Y,   Y,    Y,       Update.Shown,      null),
        new(DeploymentAdmin, OrganisationOfA, Y,   Y,    Y,       Update.Shown,      null),
        new(DeploymentAdmin, HiddenOfA,       Y,   N,    Y,       Update.Shown,      null),
        new(DeploymentAdmin, PublicOfB,       Y,   Y,    Y,       Update.Shown,      null),

        // The hidden person is in no colleague graph, so they get no paths, though they may search.
        new(HiddenSelf,      PublicOfA,       Y,   Y,    Y,       Update.Forbidden,  null),
        new(HiddenSelf,      OrganisationOfA, Y,   Y,    N,       Update.Forbidden,  null),
        new(HiddenSelf,      HiddenOfA,       Y,   N,    Y,       Update.Shown,      null),
        new(HiddenSelf,      PublicOfB,       Y,   Y,    Y,       Update.Forbidden,  null),
    ];

    public static readonly ReaderExpectation[] Readers =
    [
        //  reader           analyst  mutation status
        new(Anonymous,       N,       HttpStatusCode.Unauthorized),
        new(EmployeeOfA,     N,       HttpStatusCode.OK),
        new(EmployeeOfB,     N,       HttpStatusCode.OK),
        new(PortalOfB,       N,       HttpStatusCode.Forbidden),
        new(PortalOfAll,     N,       HttpStatusCode.Forbidden),
        new(AnalystOfB,      Y,       HttpStatusCode.OK),
        new(AdminOfA,        Y,       HttpStatusCode.OK),
        new(DeploymentAdmin, Y,       HttpStatusCode.OK),
        new(HiddenSelf,      N,       HttpStatusCode.OK),
    ];

    public static Expectation Of(Reader reader, Subject subject) => Matrix.Single(e => e.Reader == reader && e.Subject == subject);

    public static IEnumerable<Expectation> Of(Reader reader) => Matrix.Where(e => e.Reader == reader);

    public static ReaderExpectation ForReader(Reader reader) => Readers.Single(r => r.Reader == reader);

    /// <summary>Theory data: every reader.</summary>
    public static TheoryData<Reader> AllReaders => new(Enum.GetValues<Reader>());

    /// <summary>Theory data: every reader with every subject.</summary>
    public static TheoryData<Reader, Subject> AllCells
    {
        get
        {
            var data = new TheoryData<Reader, Subject>();
            foreach (var cell in Matrix)
            {
                data.Add(cell.Reader, cell.Subject);
            }
            return data;
        }
    }

    /// <summary>Theory data: the readers and subjects they may not see.</summary>
    public static TheoryData<Reader, Subject> UnseenCells
    {
        get
        {
            var data = new TheoryData<Reader, Subject>();
            foreach (var cell in Matrix.Where(c => !c.Sees))
            {
                data.Add(cell.Reader, cell.Subject);
            }
            return data;
        }
    }
}
