using System.Linq.Expressions;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Search.Experts;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Security.Privacy;

/// <summary>What the policy needs to know of a person to decide about them: whether they work in the reader's municipality, not which.</summary>
public readonly record struct PersonFacts(string Key, string Visibility, bool InReadersMunicipality, string ContactSharing);

/// <summary>
/// The one privacy rule, for one reader. Every read path asks it: lookups and lists through <see cref="Visible"/>
/// (or <see cref="MaySee"/>), discovery (search, suggestions, introduction paths, graphs, exports) through
/// <see cref="Discoverable"/> (or <see cref="MayDiscover"/>), contact details through <see cref="MaySeeContact"/>.
/// <list type="bullet">
/// <item><c>public</c>: every reader.</item>
/// <item><c>organisation</c>: readers of the person's own municipality, and deployment-wide readers (an anonymous
/// reader where allowed, a portal key without a municipality, a deployment admin, the command line).</item>
/// <item><c>hidden</c>: only the person and the admins of their municipality (or the deployment), and never discovered.</item>
/// <item>Contact details: only to signed-in users and portal keys who may see the person, as far as the person's
/// contact sharing allows (every such reader, readers of their municipality, or nobody but themselves and admins).</item>
/// </list>
/// </summary>
public sealed class PrivacyPolicy : IPersonAudience
{
    public const string Public = "public";
    public const string Organisation = "organisation";
    public const string Hidden = "hidden";

    public const string ContactToReaders = "readers";
    public const string ContactToMunicipality = "municipality";
    public const string ContactToNobody = "nobody";

    private readonly int[] municipalityUnitIds;

    /// <summary>A reader who is nobody in particular: public profiles only, no contact details.</summary>
    public static readonly PrivacyPolicy PublicOnly = new(new Caller { Kind = CallerKind.User }, []);

    public PrivacyPolicy(Caller reader, IReadOnlyCollection<int> municipalityUnitIds)
    {
        Reader = reader;
        // The cached array is shared by every request of the version and never written: no copy per request.
        this.municipalityUnitIds = municipalityUnitIds as int[] ?? [.. municipalityUnitIds];
    }

    public Caller Reader { get; }

    /// <summary>Readers who see every municipality's <c>organisation</c> profiles.</summary>
    public bool ReadsDeploymentWide => Reader.Kind switch
    {
        CallerKind.Anonymous => true,
        CallerKind.CommandLine => true,
        CallerKind.ApiKey => Reader.MunicipalityKey is null,
        _ => Reader.IsDeploymentAdmin,
    };

    /// <summary>
    /// Whom this reader sees, in one word: readers with the same audience see the same people, so what is derived
    /// from who is visible (graphs) can be shared between them.
    /// </summary>
    public string Audience => ReadsDeploymentWide ? "*" : Reader.MunicipalityKey is { } municipality ? "m:" + municipality : "public";

    /// <summary>The facts of a person loaded from the database.</summary>
    public PersonFacts Facts(Person person) =>
        new(person.Key, person.Visibility, Array.IndexOf(municipalityUnitIds, person.UnitId) >= 0, person.ContactSharing);

    public bool MaySee(Person person) => MaySee(Facts(person));

    public bool MaySeeContact(Person person) => MaySeeContact(Facts(person));

    /// <summary>Whether the reader may see the person at all (lookups, lists, members, authors, endorsers).</summary>
    public bool MaySee(PersonFacts person)
    {
        if (Reader.PersonKey is { } self && person.Key == self)
        {
            return true;
        }
        return person.Visibility switch
        {
            Public => true,
            Organisation => ReadsDeploymentWide || person.InReadersMunicipality,
            Hidden => Reader.Kind is CallerKind.User or CallerKind.CommandLine && AdministersPerson(person),
            _ => false,
        };
    }

    /// <summary>Whether the person may turn up when the reader looks for someone: never the hidden, not even for admins.</summary>
    public bool MayDiscover(PersonFacts person) => person.Visibility != Hidden && MaySee(person);

    /// <summary>
    /// Whether a document's text may name the person to this reader: those they may discover, and themselves. Other
    /// names (the hidden, other municipalities' <c>organisation</c> profiles) are withheld (<see cref="NamesInText"/>).
    /// </summary>
    public bool MayReadNameOf(string personKey, string visibility, int unitId) =>
        personKey == Reader.PersonKey
        || MayDiscover(new PersonFacts(personKey, visibility, Array.IndexOf(municipalityUnitIds, unitId) >= 0, ContactToNobody));

    bool IPersonAudience.MayDiscover(string personKey, string visibility, string? municipalityKey) =>
        MayDiscover(new PersonFacts(personKey, visibility, municipalityKey is not null && municipalityKey == Reader.MunicipalityKey, ContactToNobody));

    private bool AdministersPerson(PersonFacts person) =>
        Reader.IsDeploymentAdmin || (person.InReadersMunicipality && Reader.Administers(Reader.MunicipalityKey));

    /// <summary>Whether the reader may see the person's e-mail, phone and location.</summary>
    public bool MaySeeContact(PersonFacts person)
    {
        if (!MaySee(person) || Reader.Kind is CallerKind.Anonymous)
        {
            return false;
        }
        if ((Reader.PersonKey is { } self && person.Key == self) || (Reader.Kind is CallerKind.User && AdministersPerson(person)))
        {
            return true;
        }
        return person.ContactSharing switch
        {
            ContactToReaders => true,
            ContactToMunicipality => person.InReadersMunicipality,
            _ => false,
        };
    }

    /// <summary>Whether the reader is the person or one of their admins: those who may change the person's settings, and so learn them.</summary>
    public bool MayManage(Person person)
    {
        var facts = Facts(person);
        return (Reader.PersonKey is { } self && facts.Key == self) || (Reader.Kind is CallerKind.User && AdministersPerson(facts));
    }

    /// <summary><see cref="MaySee"/> for a query: the people in units of the reader's municipality are known by their unit ids.</summary>
    public Expression<Func<Person, bool>> Visible()
    {
        var self = Reader.PersonId ?? -1;
        var wide = ReadsDeploymentWide;
        var own = municipalityUnitIds;
        var adminOfAll = Reader.Kind is CallerKind.User or CallerKind.CommandLine && Reader.IsDeploymentAdmin;
        var adminOfOwn = Reader.Kind is CallerKind.User && Reader.Administers(Reader.MunicipalityKey) && Reader.MunicipalityKey is not null;
        return p => p.Id == self
            || p.Visibility == Public
            || (p.Visibility == Organisation && (wide || own.Contains(p.UnitId)))
            || (p.Visibility == Hidden && (adminOfAll || (adminOfOwn && own.Contains(p.UnitId))));
    }

    /// <summary><see cref="MayDiscover"/> for a query.</summary>
    public Expression<Func<Person, bool>> Discoverable()
    {
        var wide = ReadsDeploymentWide;
        var own = municipalityUnitIds;
        return p => p.Visibility == Public || (p.Visibility == Organisation && (wide || own.Contains(p.UnitId)));
    }

    /// <summary>
    /// People some reader may discover: what the search index and the graphs are built from. Each reader's own
    /// view is then narrowed with <see cref="MayDiscover"/>.
    /// </summary>
    public static readonly Expression<Func<Person, bool>> DiscoverableBySomeone = p => p.Visibility != Hidden;

    /// <summary><see cref="DiscoverableBySomeone"/> for a visibility as written in a dataset or a row.</summary>
    public static bool IsDiscoverableBySomeone(string visibility) => visibility != Hidden;

    /// <summary><see cref="DiscoverableBySomeone"/> for SQL over the people table under <paramref name="alias"/>.</summary>
    public static string DiscoverableBySomeoneSql(string alias) => $"{alias}.visibility <> '{Hidden}'";
}

public static class PrivacyQueries
{
    /// <summary>The ids of the people the reader may see, as a subquery for rows that refer to people.</summary>
    public static IQueryable<int> VisiblePersonIds(this Data.ExpertFinderDb db, PrivacyPolicy policy) =>
        db.People.Where(policy.Visible()).Select(p => p.Id);

    /// <summary>The people the reader may see.</summary>
    public static IQueryable<Person> VisiblePeople(this Data.ExpertFinderDb db, PrivacyPolicy policy) =>
        db.People.AsNoTracking().Where(policy.Visible());
}
