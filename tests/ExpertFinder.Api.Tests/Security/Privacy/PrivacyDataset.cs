using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Security.Privacy;

/// <summary>The people whose privacy is under test: one per visibility in municipality A, and a public person of B.</summary>
public enum Subject
{
    PublicOfA,
    OrganisationOfA,
    HiddenOfA,
    PublicOfB,
}

/// <summary>
/// The one dataset of the privacy suite. Two municipalities, A and B, each with a department of subjects and a staff
/// department of the people readers sign in as. In A one <c>public</c>, one <c>organisation</c> and one <c>hidden</c>
/// person, and in B a <c>public</c> person: all four hold the same distinctive competence, have e-mail, phone and
/// location, are in networks, and endorse and are endorsed. The A subjects wrote a document together that names all four.
/// <para>
/// The networks lay two chains for introduction paths: employee of B → <c>organisation</c> person of A → public person of A
/// (a B reader must get no path: the only chain runs through someone they may not discover), and admin of A → <c>hidden</c>
/// person → public person of A (the admin must get the longer chain round the hidden person). A and B departments are tied
/// only through the <c>organisation</c> and the <c>hidden</c> person's networks with the public person of B.
/// </para>
/// </summary>
public static class PrivacyDataset
{
    public const string MunicipalityA = "pv-a-kommune";
    public const string DepartmentA = "pv-a-afd";
    public const string MunicipalityB = "pv-b-kommune";
    public const string DepartmentB = "pv-b-afd";

    /// <summary>The competence all four subjects hold and nobody else; its name is what the search surfaces look for.</summary>
    public const string Competence = "pv-kvantevaevning";
    public const string CompetenceName = "Kvantevævning";

    /// <summary>A competence nobody holds: endorsing it makes a mutation fail with a message that names the person.</summary>
    public const string UnheldCompetence = "pv-budget";

    /// <summary>The subjects' shared surname, for name filters and autocompletion.</summary>
    public const string Surname = "Quistorff";

    /// <summary>The network every A subject is a member of, and the document they all wrote (bylined hidden, organisation, public).</summary>
    public const string NetworkOfA = "pv-netvaerk-a";
    public const string DocumentOfA = "pv-dok";

    /// <summary>A person key that exists nowhere, as long as the hidden person's, to compare "not visible" with "not there".</summary>
    public const string MissingKey = "pv-a-nowhere";

    /// <summary>The people readers sign in as (who hold nothing the search looks for).</summary>
    public const string EmployeeOfA = "pv-a-reader";
    public const string AdminOfA = "pv-a-admin";
    public const string EmployeeOfB = "pv-b-reader";
    public const string AnalystOfB = "pv-b-analyst";

    public static readonly Subject[] Subjects = Enum.GetValues<Subject>();

    public static string KeyOf(Subject subject) => subject switch
    {
        Subject.PublicOfA => "pv-a-public",
        Subject.OrganisationOfA => "pv-a-org",
        Subject.HiddenOfA => "pv-a-hidden",
        _ => "pv-b-public",
    };

    public static string NameOf(Subject subject) => subject switch
    {
        Subject.PublicOfA => "Alma " + Surname,
        Subject.OrganisationOfA => "Bent " + Surname,
        Subject.HiddenOfA => "Carl " + Surname,
        _ => "Dorte " + Surname,
    };

    public static bool InMunicipalityA(Subject subject) => subject != Subject.PublicOfB;

    public static string EmailOf(Subject subject) => KeyOf(subject) + "@mail.example.dk";

    public static string PhoneOf(Subject subject) => "+45 70 00 00 0" + (int)subject;

    public static string LocationOf(Subject subject) => "Rådhuset, lokale " + (100 + (int)subject);

    /// <summary>Whom each subject's contact details are shared with, as set after the import.</summary>
    public static string ContactSharingOf(Subject subject) => subject switch
    {
        Subject.PublicOfA => "MUNICIPALITY",
        Subject.OrganisationOfA => "NOBODY",
        _ => "READERS",
    };

    public static string VisibilityOf(Subject subject) => subject switch
    {
        Subject.OrganisationOfA => "ORGANISATION",
        Subject.HiddenOfA => "HIDDEN",
        _ => "PUBLIC",
    };

    /// <summary>The subjects whose networks tie department A to department B (each to the public person of B, one network each).</summary>
    public static readonly Subject[] TiedToDepartmentB = [Subject.OrganisationOfA, Subject.HiddenOfA];

    /// <summary>Endorsements between subjects, each made by the endorser signed in, before visibilities were set.</summary>
    public static readonly (Subject Endorser, Subject Endorsed)[] Endorsements =
    [
        (Subject.HiddenOfA, Subject.PublicOfA),
        (Subject.PublicOfA, Subject.OrganisationOfA),
        (Subject.OrganisationOfA, Subject.HiddenOfA),
        (Subject.PublicOfA, Subject.PublicOfB),
        (Subject.OrganisationOfA, Subject.PublicOfB),
        (Subject.HiddenOfA, Subject.PublicOfB),
    ];

    /// <summary>
    /// Endorsements readers made of subjects while they could still see them, each withdrawn once by the mutation
    /// payload test: a withdrawal must not show the endorsed person to an endorser who may no longer see them.
    /// </summary>
    public static readonly (string EndorserKey, Subject Endorsed)[] WithdrawableEndorsements =
    [
        (EmployeeOfA, Subject.PublicOfA),
        (EmployeeOfA, Subject.HiddenOfA),
        (EmployeeOfB, Subject.OrganisationOfA),
        (AnalystOfB, Subject.HiddenOfA),
    ];

    /// <summary>The dataset as imported: every subject public, so that everyone can endorse everyone first.</summary>
    public static TestDataset Build()
    {
        var dataset = new TestDataset()
            .Add("units.jsonl", new { key = MunicipalityA, name = "Aarhus Kommune", kind = "municipality" })
            .Add("units.jsonl", new { key = DepartmentA, name = "Sundhed og Omsorg", kind = "department", parent = MunicipalityA })
            .Add("units.jsonl", new { key = "pv-a-stab", name = "Borgmesterens Afdeling", kind = "department", parent = MunicipalityA })
            .Add("units.jsonl", new { key = MunicipalityB, name = "Randers Kommune", kind = "municipality" })
            .Add("units.jsonl", new { key = DepartmentB, name = "Kultur og Borgerservice", kind = "department", parent = MunicipalityB })
            .Add("units.jsonl", new { key = "pv-b-stab", name = "Stab og Digitalisering", kind = "department", parent = MunicipalityB })
            .Add("competences.jsonl", new { key = Competence, name = CompetenceName, description = "At stemme og vedligeholde kvantevæve." })
            .Add("competences.jsonl", new { key = UnheldCompetence, name = "Budgetlægning" });
        foreach (var subject in Subjects)
        {
            dataset.Add("people.jsonl", new
            {
                key = KeyOf(subject), name = NameOf(subject), title = "Væver", unit = InMunicipalityA(subject) ? DepartmentA : DepartmentB,
                email = EmailOf(subject), phone = PhoneOf(subject), location = LocationOf(subject), visibility = "public",
                competences = new[] { new { competence = Competence, level = 4, source = "self" } },
            });
        }
        return dataset
            .Add("people.jsonl", new { key = EmployeeOfA, name = "Erik Holm", unit = "pv-a-stab" })
            .Add("people.jsonl", new { key = AdminOfA, name = "Frida Lund", unit = "pv-a-stab" })
            .Add("people.jsonl", new { key = EmployeeOfB, name = "Gorm Dahl", unit = "pv-b-stab" })
            .Add("people.jsonl", new { key = AnalystOfB, name = "Hanne Krog", unit = "pv-b-stab" })
            .Add("networks.jsonl", Network(NetworkOfA, "Væverlauget", "learning", Subject.PublicOfA, Subject.OrganisationOfA, Subject.HiddenOfA))
            .Add("networks.jsonl", Network("pv-kontakt", "Kontaktudvalget", "learning", EmployeeOfA, KeyOf(Subject.OrganisationOfA)))
            .Add("networks.jsonl", Network("pv-tvaers", "Tværkommunalt fagnetværk", "professional",
                KeyOf(Subject.OrganisationOfA), KeyOf(Subject.PublicOfB), EmployeeOfB, AnalystOfB))
            .Add("networks.jsonl", Network("pv-skjult", "Fælles projekt", "project", Subject.HiddenOfA, Subject.PublicOfB))
            .Add("networks.jsonl", Network("pv-ledelse", "Ledelsesforum", "leadership", AdminOfA, KeyOf(Subject.HiddenOfA)))
            .Add("documents.jsonl", new
            {
                key = DocumentOfA, title = "Håndbog for vævere", kind = "handbook", date = "2025-02-01",
                // Names every subject, so that what a reader reads of it shows whose names the reader may read.
                text = $"Sådan stemmes en væv trin for trin, med kvantevævning som eksempel. Skrevet af {NameOf(Subject.PublicOfA)}, "
                    + $"{NameOf(Subject.OrganisationOfA)} og {NameOf(Subject.HiddenOfA)} med råd fra {NameOf(Subject.PublicOfB)}.",
                authors = new[] { KeyOf(Subject.HiddenOfA), KeyOf(Subject.OrganisationOfA), KeyOf(Subject.PublicOfA) },
            });
    }

    private static object Network(string key, string name, string kind, params Subject[] members) =>
        Network(key, name, kind, members.Select(KeyOf).ToArray());

    private static object Network(string key, string name, string kind, params string[] members) =>
        new { key, name, kind, members = members.Select(m => new { person = m, role = "member" }).ToArray() };

    private const string Endorse = $"mutation($input: EndorseCompetenceInput!) {{ endorseCompetence(input: $input) {{ endorsement {{ id }} {Errors} }} }}";
    private const string Update = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ person {{ key }} {Errors} }} }}";

    /// <summary>
    /// Imports the dataset, makes the endorsements as their endorsers, then (as a deployment admin) gives each subject
    /// its visibility and contact sharing: the import has no field for contact sharing, and a hidden person could not
    /// have been endorsed. Returns the endorsements' global IDs, in the order of <see cref="Endorsements"/> and then
    /// <see cref="WithdrawableEndorsements"/>.
    /// </summary>
    public static async Task<(string[] Endorsements, string[] Withdrawable)> SeedAsync(ServerFixture server)
    {
        using (var dataset = Build())
        {
            await server.SeedAsync(dataset);
        }
        var made = new List<string>();
        foreach (var (endorser, endorsed) in Endorsements)
        {
            made.Add(await EndorseAsync(server, KeyOf(endorser), endorsed));
        }
        var withdrawable = new List<string>();
        foreach (var (endorser, endorsed) in WithdrawableEndorsements)
        {
            withdrawable.Add(await EndorseAsync(server, endorser, endorsed));
        }
        foreach (var subject in Subjects)
        {
            var payload = await server.MutateAsync(Update, new { id = Id("Person", KeyOf(subject)), visibility = VisibilityOf(subject), contactSharing = ContactSharingOf(subject) });
            AssertSucceeded(payload);
        }
        return ([.. made], [.. withdrawable]);
    }

    private static async Task<string> EndorseAsync(ServerFixture server, string endorserKey, Subject endorsed)
    {
        var payload = await server.MutateAsAsync(endorserKey, Endorse, new { personId = Id("Person", KeyOf(endorsed)), competenceId = Id("Competence", Competence) });
        AssertSucceeded(payload);
        return payload.GetProperty("endorsement").GetProperty("id").GetString()!;
    }
}
