using System.Text.Json;
using ExpertFinder.Core;
using ExpertFinder.Core.Fields;

namespace ExpertFinder.Api.Import;

/// <summary>
/// Streams the records of a dataset directory, one file at a time, reporting every malformed line.
/// Reading streams so that large datasets are validated and written without being held in memory.
/// </summary>
public sealed class DatasetFiles(string directory)
{
    public const string Units = "units.jsonl";
    public const string Competences = "competences.jsonl";
    public const string People = "people.jsonl";
    public const string Networks = "networks.jsonl";
    public const string Documents = "documents.jsonl";
    public const string Proposals = "proposals.jsonl";
    public const string Meetings = "meetings.jsonl";

    /// <summary>
    /// The files in the order they are read and written: each refers only to files before it (people to units,
    /// networks to proposals, meetings to documents), except for parents within a file and units' needs.
    /// </summary>
    public static readonly string[] Order = [Units, Competences, People, Proposals, Networks, Documents, Meetings];

    // Readers return a record whenever its line has a key, even with other errors, so that the validator checks its
    // keys and references too and reports every error at once; the writer only ever reads a dataset without errors.

    public string Directory { get; } = directory;

    public bool Has(string file) => File.Exists(Path.Combine(Directory, file));

    /// <summary>The dataset's files that are there, in the order they are read.</summary>
    public IReadOnlyList<string> Present => [.. Order.Where(Has)];

    public IEnumerable<(int Line, UnitRecord Record)> ReadUnits(List<DatasetError> errors) =>
        Read(Units, errors, line =>
        {
            var key = line.Key();
            var name = line.Text("name", FieldRules.Name, required: true);
            var kind = line.OneOf("kind", Vocabulary.UnitKinds, required: true);
            var parent = line.Key("parent", required: false);
            var needs = line.Has("needs") ? ReadNeeds(line) : null;
            return key is null ? null : new UnitRecord(key, name ?? "", kind ?? "", parent, needs);
        });

    private static List<NeedRecord> ReadNeeds(JsonLine line)
    {
        var needs = new List<NeedRecord>();
        foreach (var (item, index) in line.Array("needs"))
        {
            var need = line.Nested(item, "needs", index);
            if (!need.IsObject)
            {
                line.Error($"'needs[{index}]' must be an object");
                continue;
            }
            var competence = need.Key("competence");
            var level = need.Integer("level", FieldRules.Level, required: true);
            var people = need.Integer("people", FieldRules.NeededPeople) ?? 1;
            var year = need.Integer("year", FieldRules.NeedYear);
            if (need.Failed)
            {
                continue;
            }
            if (needs.Any(n => n.Competence == competence && n.Year == year))
            {
                line.Error($"'needs[{index}]' repeats competence '{competence}' for {(year is null ? "today" : year.ToString())}");
            }
            else
            {
                needs.Add(new NeedRecord(competence!, level!.Value, people, year));
            }
        }
        return needs;
    }

    public IEnumerable<(int Line, CompetenceRecord Record)> ReadCompetences(List<DatasetError> errors) =>
        Read(Competences, errors, line =>
        {
            var key = line.Key();
            var name = line.Text("name", FieldRules.Name, required: true);
            var parent = line.Key("parent", required: false);
            var synonyms = line.Strings("synonyms", FieldRules.Name);
            var description = line.Text("description", FieldRules.LongText);
            return key is null ? null : new CompetenceRecord(key, name ?? "", parent, synonyms, description);
        });

    public IEnumerable<(int Line, PersonRecord Record)> ReadPeople(List<DatasetError> errors) =>
        Read(People, errors, line =>
        {
            var key = line.Key();
            var name = line.Text("name", FieldRules.Name, required: true);
            var title = line.Text("title", FieldRules.Name);
            var unit = line.Key("unit");
            var email = line.Text("email", FieldRules.Email);
            var phone = line.Text("phone", FieldRules.Phone);
            var location = line.Text("location", FieldRules.Name);
            var bio = line.Text("bio", FieldRules.LongText);
            var roles = line.Strings("roles", FieldRules.Name, Vocabulary.Roles);
            var languages = line.Strings("languages", FieldRules.LanguageCode);
            var visibility = line.OneOf("visibility", Vocabulary.Visibilities, fallback: Vocabulary.DefaultVisibility);
            var competences = new List<HeldCompetenceRecord>();
            foreach (var (item, index) in line.Array("competences"))
            {
                var held = line.Nested(item, "competences", index);
                if (!held.IsObject)
                {
                    line.Error($"'competences[{index}]' must be an object");
                    continue;
                }
                var competence = held.Key("competence");
                var level = held.Integer("level", FieldRules.Level, required: true);
                var source = held.OneOf("source", Vocabulary.CompetenceSources, fallback: Vocabulary.DefaultCompetenceSource);
                var since = held.Date("since", FieldRules.Month);
                if (held.Failed)
                {
                    continue;
                }
                if (competences.Any(c => c.Competence == competence))
                {
                    line.Error($"'competences[{index}]' repeats competence '{competence}'");
                }
                else
                {
                    competences.Add(new HeldCompetenceRecord(competence!, level!.Value, source!, since));
                }
            }
            List<string>? askMeAbout = null;
            if (line.Has("askMeAbout"))
            {
                askMeAbout = line.Strings("askMeAbout", FieldRules.Statement);
                if (askMeAbout.Count > FieldRules.MaxStatements)
                {
                    line.Error($"'askMeAbout' has {askMeAbout.Count} statements; at most {FieldRules.MaxStatements} are allowed");
                }
            }
            var openToMentoring = line.Boolean("openToMentoring");
            var openToJobRotation = line.Boolean("openToJobRotation");
            var openToMeetingColleagues = line.Boolean("openToMeetingColleagues");
            return key is null
                ? null
                : new PersonRecord(key, name ?? "", title, unit ?? "", email, phone, location, bio, roles, languages, visibility ?? "", competences,
                    askMeAbout, openToMentoring, openToJobRotation, openToMeetingColleagues);
        });

    public IEnumerable<(int Line, NetworkRecord Record)> ReadNetworks(List<DatasetError> errors) =>
        Read(Networks, errors, line =>
        {
            var key = line.Key();
            var name = line.Text("name", FieldRules.Name, required: true);
            var kind = line.OneOf("kind", Vocabulary.NetworkKinds, required: true);
            var description = line.Text("description", FieldRules.LongText);
            var status = line.OneOf("status", Vocabulary.NetworkStatuses, fallback: Vocabulary.DefaultNetworkStatus);
            var owner = line.Key("owner", required: false);
            var started = line.Date("started", FieldRules.Day);
            var ended = line.Date("ended", FieldRules.Day);
            if (started is not null && ended is not null && ended < started)
            {
                line.Error("'ended' is before 'started'");
            }
            var members = new List<MemberRecord>();
            foreach (var (item, index) in line.Array("members"))
            {
                var member = line.Nested(item, "members", index);
                if (!member.IsObject)
                {
                    line.Error($"'members[{index}]' must be an object");
                    continue;
                }
                var person = member.Key("person");
                var role = member.OneOf("role", Vocabulary.MemberRoles, fallback: Vocabulary.DefaultMemberRole);
                if (member.Failed)
                {
                    continue;
                }
                if (members.Any(m => m.Person == person))
                {
                    line.Error($"'members[{index}]' repeats person '{person}'");
                }
                else
                {
                    members.Add(new MemberRecord(person!, role!));
                }
            }
            var topics = line.Strings("topics", FieldRules.Key);
            var proposal = line.Has("proposal") ? new LinkRecord(line.Key("proposal", required: false)) : null;
            return key is null
                ? null
                : new NetworkRecord(key, name ?? "", kind ?? "", description, status ?? "", owner, started, ended, members, topics, proposal);
        });

    /// <summary>
    /// The documents. A document's text is only valid until the next document is read (it lives in a buffer reused for
    /// each); without <paramref name="withText"/> it is checked but not kept (it is empty).
    /// </summary>
    public IEnumerable<(int Line, DocumentRecord Record)> ReadDocuments(List<DatasetError> errors, bool withText = true)
    {
        var scratch = new byte[64 * 1024];
        return Read(Documents, errors, line =>
        {
            var key = line.Key();
            var title = line.Text("title", FieldRules.Name, required: true);
            var kind = line.OneOf("kind", Vocabulary.DocumentKinds);
            var textValid = line.String("text", required: true, size: FieldRules.DocumentText, keep: false) is not null;
            var text = textValid && withText ? line.Utf8("text", ref scratch) : default;
            var authors = line.Strings("authors", FieldRules.Key);
            var network = line.Key("network", required: false);
            var unit = line.Key("unit", required: false);
            var date = line.Date("date", FieldRules.Day);
            var language = line.Text("language", FieldRules.LanguageCode) ?? Vocabulary.DefaultLanguage;
            return key is null ? null : new DocumentRecord(key, title ?? "", kind, text, authors, network, unit, date, language);
        });
    }

    public IEnumerable<(int Line, ProposalRecord Record)> ReadProposals(List<DatasetError> errors) =>
        Read(Proposals, errors, line =>
        {
            var key = line.Key();
            var title = line.Text("title", FieldRules.Name, required: true);
            var kind = line.OneOf("kind", Vocabulary.NetworkKinds, required: true);
            var proposer = line.Key("proposer", required: false);
            var municipality = line.Key("municipality", required: false);
            if (proposer is null && municipality is null)
            {
                line.Error("'municipality' is required when there is no 'proposer' (whose municipality it would be)");
            }
            var submitted = line.Date("submitted", FieldRules.Day, required: true);
            var citizenValue = line.Text("citizenValue", FieldRules.Answer);
            var challenge = line.Text("challenge", FieldRules.Answer);
            var crossUnitReason = line.Text("crossUnitReason", FieldRules.Answer);
            var currentShortfall = line.Text("currentShortfall", FieldRules.Answer);
            var missingLearning = line.Text("missingLearning", FieldRules.Answer);
            var innovationPotential = line.Text("innovationPotential", FieldRules.Answer);
            var outsidePerspectives = line.Text("outsidePerspectives", FieldRules.Answer);
            var affectedUnits = line.Strings("affectedUnits", FieldRules.Key);
            var status = line.OneOf("status", Vocabulary.ProposalStatuses, fallback: Vocabulary.DefaultProposalStatus);
            var decisionReason = line.Text("decisionReason", FieldRules.Answer);
            var decidedBy = line.Key("decidedBy", required: false);
            var decided = line.Date("decided", FieldRules.Day);
            var undecided = status == Vocabulary.DefaultProposalStatus;
            if (undecided && (decided is not null || decidedBy is not null || decisionReason is not null))
            {
                line.Error("a proposal with status 'submitted' has no 'decided', 'decidedBy' or 'decisionReason' yet");
            }
            if (!undecided && status is not null && decided is null)
            {
                line.Error($"'decided' is required for a proposal with status '{status}'");
            }
            if (decided is not null && submitted is not null && decided < submitted)
            {
                line.Error("'decided' is before 'submitted'");
            }
            return key is null
                ? null
                : new ProposalRecord(key, title ?? "", kind ?? "", proposer, municipality, submitted ?? default, citizenValue, challenge,
                    crossUnitReason, currentShortfall, missingLearning, innovationPotential, outsidePerspectives, affectedUnits,
                    status ?? "", decisionReason, decidedBy, decided);
        });

    public IEnumerable<(int Line, MeetingRecord Record)> ReadMeetings(List<DatasetError> errors) =>
        Read(Meetings, errors, line =>
        {
            var key = line.Key();
            var network = line.Key("network");
            var title = line.Text("title", FieldRules.Name, required: true);
            var date = line.Date("date", FieldRules.Day, required: true);
            var agenda = line.Key("agenda", required: false);
            var minutes = line.Key("minutes", required: false);
            if (agenda is not null && agenda == minutes)
            {
                line.Error($"'minutes' names the agenda '{agenda}': a meeting's agenda and minutes are two documents");
            }
            var templates = line.Strings("templates", FieldRules.Key);
            var participants = line.Strings("participants", FieldRules.Key);
            return key is null
                ? null
                : new MeetingRecord(key, network ?? "", title ?? "", date ?? default, agenda, minutes, templates, participants);
        });

    private IEnumerable<(int Line, T Record)> Read<T>(string file, List<DatasetError> errors, Func<JsonLine, T?> parse)
        where T : class
    {
        var path = Path.Combine(Directory, file);
        if (!File.Exists(path))
        {
            yield break;
        }
        foreach (var (number, bytes) in JsonLines.Read(path, file, errors))
        {
            T? record;
            try
            {
                using var json = JsonDocument.Parse(bytes);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new DatasetError(file, number, "each line must be a JSON object"));
                    continue;
                }
                record = parse(new JsonLine(json.RootElement, file, number, errors));
            }
            catch (JsonException e)
            {
                errors.Add(new DatasetError(file, number, $"invalid JSON: {e.Message.Split(" LineNumber", 2)[0].Split(" Path:", 2)[0]}"));
                continue;
            }
            if (record is not null)
            {
                yield return (number, record);
            }
        }
    }
}
