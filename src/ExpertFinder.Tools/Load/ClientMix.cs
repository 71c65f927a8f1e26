using ExpertFinder.Tools.Bench;

namespace ExpertFinder.Tools.Load;

/// <summary>
/// What one client asks next. Mostly the portal's expert search; then lookups (a profile by key, a person by node ID,
/// a unit's people, a network); and about one request in four a write as the client's own person, who may change only
/// what is theirs: their "ask me about", a document they write, a competence they add or remove. Even clients read
/// with the portal's API key, odd ones signed in as their person. The writes always sign in.
/// </summary>
internal sealed class ClientMix
{
    private const string ProfileQuery =
        "query($key:String!){person(key:$key){id key name title bio askMeAbout unit{name} competences(first:10){nodes{level competence{key name}}}}}";

    private const string NodeQuery = "query($id:ID!){node(id:$id){id ... on Person{key name title unit{name}}}}";
    private const string PeopleQuery = "query($unit:ID!){people(first:20, filter:{unitId:$unit}){totalCount nodes{key name title}}}";
    private const string NetworkQuery = "query($key:String!){network(key:$key){id key name kind status members(first:20){nodes{role person{key name}}}}}";
    private const string UpdatePerson = "mutation($input:UpdatePersonInput!){updatePerson(input:$input){person{id} errors{code}}}";
    private const string CreateDocument = "mutation($input:CreateDocumentInput!){createDocument(input:$input){document{key} errors{code}}}";
    private const string SetCompetence = "mutation($input:SetPersonCompetenceInput!){setPersonCompetence(input:$input){person{id} errors{code}}}";
    private const string RemoveCompetence = "mutation($input:RemovePersonCompetenceInput!){removePersonCompetence(input:$input){person{id} errors{code}}}";

    /// <summary>Words in a new document's text besides its marker.</summary>
    private const int DocumentWords = 40;

    private readonly LoadCast cast;
    private readonly LoadPerson me;
    private readonly string reader;
    private readonly string writer;
    private readonly Random random;

    /// <summary>The level each of the person's competences is at after this client's acknowledged writes; null: not held.</summary>
    private readonly Dictionary<string, int?> levels;

    /// <summary>Slots a write of unknown outcome went to: nothing more is written there (see <see cref="WriteLedger"/>).</summary>
    private readonly HashSet<string> unsettled = new(StringComparer.Ordinal);

    public ClientMix(LoadCast cast, int client, int seed)
    {
        this.cast = cast;
        me = cast.People[client];
        writer = "Bearer " + me.Token;
        reader = client % 2 == 0 ? cast.PortalAuthorization : writer;
        random = new Random(seed + client);
        levels = me.Competences.ToDictionary(c => c.Key, _ => (int?)null, StringComparer.Ordinal);
    }

    public LoadRequest Next() => random.Next(100) switch
    {
        < 45 => Search(),
        < 53 => Profile(),
        < 59 => Node(),
        < 65 => People(),
        < 72 => Network() ?? Search(),
        < 81 => AskMeAbout() ?? NewDocument(),
        < 89 => NewDocument(),
        _ => Competence() ?? NewDocument(),
    };

    /// <summary>Notes how a write ended: the next competence write depends on it, and a slot of unknown outcome is left alone.</summary>
    public void Settle(PendingWrite write, AcknowledgedWrite? acknowledged, bool outcomeUnknown)
    {
        if (acknowledged is CompetenceWrite competence)
        {
            levels[competence.CompetenceKey] = competence.Level;
        }
        if (outcomeUnknown)
        {
            unsettled.Add(write.Slot);
        }
    }

    private LoadRequest Search()
    {
        var words = random.Next(3) == 0 ? $"{Pick(cast.Words)} {Pick(cast.Words)}" : Pick(cast.Words);
        return Read(LoadOperations.Search, ApiOverheadBench.ContractQuery, new { q = words, n = 10 });
    }

    private LoadRequest Profile() => Read(LoadOperations.Person, ProfileQuery, new { key = Pick(cast.PersonKeys) });

    private LoadRequest Node() =>
        Read(LoadOperations.Node, NodeQuery, new { id = Api.Schema.Conventions.GlobalId.Encode(Api.Schema.Conventions.NodeTypeNames.Person, Pick(cast.PersonKeys)) });

    private LoadRequest People() => Read(LoadOperations.People, PeopleQuery, new { unit = Pick(cast.UnitIds) });

    private LoadRequest? Network() =>
        cast.NetworkKeys.Count == 0 ? null : Read(LoadOperations.Network, NetworkQuery, new { key = Pick(cast.NetworkKeys) });

    private LoadRequest? AskMeAbout()
    {
        var marker = Markers.Next(random);
        var write = new AskMeAboutWrite(me.Key, marker, $"{Pick(cast.Words)} og {marker}");
        return unsettled.Contains(write.Slot)
            ? null
            : Write(LoadOperations.AskMeAbout, UpdatePerson, new { id = me.Id, askMeAbout = new[] { write.Statement } }, "updatePerson", write);
    }

    private LoadRequest NewDocument()
    {
        var marker = Markers.Next(random);
        var words = Enumerable.Range(0, DocumentWords).Select(_ => Pick(cast.Words)).ToList();
        words.Insert(random.Next(words.Count + 1), marker);
        // The marker in the title makes the key the server derives from it unique as well.
        var input = new { title = $"Notat om {words[0]} {marker}", text = string.Join(' ', words), authorIds = new[] { me.Id } };
        var pending = new PendingWrite("createDocument", "document:" + marker,
            payload => new DocumentWrite(me.Key, payload.GetProperty("document").GetProperty("key").GetString()!, marker));
        return new LoadRequest(LoadOperations.Document, GraphQLRequests.Body(CreateDocument, new { input }), writer, pending);
    }

    /// <summary>Adds one of the person's competences at a new level, or removes it when this client added it last.</summary>
    private LoadRequest? Competence()
    {
        var open = me.Competences.Where(c => !unsettled.Contains(new CompetenceWrite(me.Key, me.UnitKey, c.Key, c.Name, null).Slot)).ToList();
        if (open.Count == 0)
        {
            return null;
        }
        var competence = Pick(open);
        if (levels[competence.Key] is null)
        {
            var level = random.Next(1, 6);
            var set = new CompetenceWrite(me.Key, me.UnitKey, competence.Key, competence.Name, level);
            return Write(set.Operation, SetCompetence, new { personId = me.Id, competenceId = competence.Id, level }, "setPersonCompetence", set);
        }
        var removal = new CompetenceWrite(me.Key, me.UnitKey, competence.Key, competence.Name, null);
        return Write(removal.Operation, RemoveCompetence, new { personId = me.Id, competenceId = competence.Id }, "removePersonCompetence", removal);
    }

    private LoadRequest Read(string operation, string query, object variables) => new(operation, GraphQLRequests.Body(query, variables), reader);

    private LoadRequest Write(string operation, string mutation, object input, string field, AcknowledgedWrite write) =>
        new(operation, GraphQLRequests.Body(mutation, new { input }), writer, new PendingWrite(field, write.Slot, _ => write));

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
