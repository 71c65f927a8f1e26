using Npgsql;

namespace ExpertFinder.Api.Import;

/// <summary>
/// The first pass of an import: reads every file, checks every line, every key's uniqueness and every
/// reference (to the dataset or to what the database already holds), and writes nothing.
/// </summary>
public sealed class DatasetValidator(NpgsqlDataSource database)
{
    public async Task<DatasetSummary> ValidateAsync(DatasetFiles files, CancellationToken cancellationToken)
    {
        var errors = new List<DatasetError>();
        var summary = new DatasetSummary(errors);
        if (!System.IO.Directory.Exists(files.Directory))
        {
            errors.Add(new DatasetError(files.Directory, 0, "no such directory"));
            return summary;
        }
        if (!files.Has(DatasetFiles.People))
        {
            errors.Add(new DatasetError(DatasetFiles.People, 0, "the file is required but missing"));
        }

        var units = new KeySet("units", DatasetFiles.Units, errors);
        var competences = new KeySet("competences", DatasetFiles.Competences, errors);
        var people = new KeySet("people", DatasetFiles.People, errors);
        var networks = new KeySet("networks", DatasetFiles.Networks, errors);
        var documents = new KeySet("documents", DatasetFiles.Documents, errors);
        var proposals = new KeySet("theme_proposals", DatasetFiles.Proposals, errors);
        var meetings = new KeySet("meetings", DatasetFiles.Meetings, errors);
        var proposalMunicipalities = new ProposalMunicipalities(errors);
        var proposalNetworks = new OneOwnerLinks("proposal", "network", "networks", "theme_proposals", "proposal_id", DatasetFiles.Networks, errors);
        var agendaMeetings = new OneOwnerLinks("agenda", "meeting", "meetings", "documents", "agenda_document_id", DatasetFiles.Meetings, errors);
        var minutesMeetings = new OneOwnerLinks("minutes", "meeting", "meetings", "documents", "minutes_document_id", DatasetFiles.Meetings, errors);
        var unitParents = new Dictionary<string, (string Parent, int Line)>(StringComparer.Ordinal);
        var competenceParents = new Dictionary<string, (string Parent, int Line)>(StringComparer.Ordinal);

        foreach (var (line, unit) in files.ReadUnits(errors))
        {
            units.Declare(unit.Key, line);
            proposalMunicipalities.Unit(unit.Key, unit.Kind);
            foreach (var need in unit.Needs ?? [])
            {
                competences.Refer(need.Competence, DatasetFiles.Units, line, "needs.competence");
            }
            if (unit.Parent is not null)
            {
                if (unit.Kind == "municipality")
                {
                    errors.Add(new DatasetError(DatasetFiles.Units, line, "a municipality has no parent"));
                }
                units.Refer(unit.Parent, DatasetFiles.Units, line, "parent");
                unitParents[unit.Key] = (unit.Parent, line);
            }
        }
        foreach (var (line, competence) in files.ReadCompetences(errors))
        {
            competences.Declare(competence.Key, line);
            if (competence.Parent is not null)
            {
                competences.Refer(competence.Parent, DatasetFiles.Competences, line, "parent");
                competenceParents[competence.Key] = (competence.Parent, line);
            }
        }
        foreach (var (line, person) in files.ReadPeople(errors))
        {
            people.Declare(person.Key, line);
            if (person.Unit.Length > 0)
            {
                units.Refer(person.Unit, DatasetFiles.People, line, "unit");
            }
            foreach (var held in person.Competences)
            {
                competences.Refer(held.Competence, DatasetFiles.People, line, "competences.competence");
            }
        }
        foreach (var (line, proposal) in files.ReadProposals(errors))
        {
            proposals.Declare(proposal.Key, line);
            if (proposal.Proposer is not null)
            {
                people.Refer(proposal.Proposer, DatasetFiles.Proposals, line, "proposer");
            }
            if (proposal.Municipality is not null)
            {
                units.Refer(proposal.Municipality, DatasetFiles.Proposals, line, "municipality");
                proposalMunicipalities.Named(line, proposal.Municipality);
            }
            else if (proposal.Proposer is not null)
            {
                proposalMunicipalities.ByProposer(line, proposal.Proposer);
            }
            foreach (var unit in proposal.AffectedUnits)
            {
                units.Refer(unit, DatasetFiles.Proposals, line, "affectedUnits");
            }
            if (proposal.DecidedBy is not null)
            {
                people.Refer(proposal.DecidedBy, DatasetFiles.Proposals, line, "decidedBy");
            }
        }
        foreach (var (line, network) in files.ReadNetworks(errors))
        {
            networks.Declare(network.Key, line);
            if (network.Proposal is { } link)
            {
                proposalNetworks.Restate(network.Key);
                if (link.Key is not null)
                {
                    proposals.Refer(link.Key, DatasetFiles.Networks, line, "proposal");
                    proposalNetworks.Claim(link.Key, network.Key, line);
                }
            }
            if (network.Owner is not null)
            {
                units.Refer(network.Owner, DatasetFiles.Networks, line, "owner");
            }
            foreach (var member in network.Members)
            {
                people.Refer(member.Person, DatasetFiles.Networks, line, "members.person");
            }
            foreach (var topic in network.Topics)
            {
                competences.Refer(topic, DatasetFiles.Networks, line, "topics");
            }
        }
        foreach (var (line, document) in files.ReadDocuments(errors, withText: false))
        {
            documents.Declare(document.Key, line);
            foreach (var author in document.Authors)
            {
                people.Refer(author, DatasetFiles.Documents, line, "authors");
            }
            if (document.Network is not null)
            {
                networks.Refer(document.Network, DatasetFiles.Documents, line, "network");
            }
            if (document.Unit is not null)
            {
                units.Refer(document.Unit, DatasetFiles.Documents, line, "unit");
            }
        }
        foreach (var (line, meeting) in files.ReadMeetings(errors))
        {
            meetings.Declare(meeting.Key, line);
            if (meeting.Network.Length > 0)
            {
                networks.Refer(meeting.Network, DatasetFiles.Meetings, line, "network");
            }
            // A meeting of the dataset states its agenda and minutes whole: absent, it has none.
            agendaMeetings.Restate(meeting.Key);
            minutesMeetings.Restate(meeting.Key);
            if (meeting.Agenda is not null)
            {
                documents.Refer(meeting.Agenda, DatasetFiles.Meetings, line, "agenda");
                agendaMeetings.Claim(meeting.Agenda, meeting.Key, line);
            }
            if (meeting.Minutes is not null)
            {
                documents.Refer(meeting.Minutes, DatasetFiles.Meetings, line, "minutes");
                minutesMeetings.Claim(meeting.Minutes, meeting.Key, line);
            }
            foreach (var template in meeting.Templates)
            {
                documents.Refer(template, DatasetFiles.Meetings, line, "templates");
            }
            foreach (var participant in meeting.Participants)
            {
                people.Refer(participant, DatasetFiles.Meetings, line, "participants");
            }
        }

        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        {
            foreach (var set in new[] { units, competences, people, networks, documents, proposals })
            {
                await set.ResolveAgainstDatabaseAsync(connection, cancellationToken);
            }
            foreach (var links in new[] { proposalNetworks, agendaMeetings, minutesMeetings })
            {
                await links.CheckAgainstDatabaseAsync(connection, cancellationToken);
            }
            await proposalMunicipalities.CheckAsync(connection, files, unitParents, cancellationToken);
            await CheckNoCyclesAsync(connection, "units", DatasetFiles.Units, unitParents, errors, cancellationToken);
            await CheckNoCyclesAsync(connection, "competences", DatasetFiles.Competences, competenceParents, errors, cancellationToken);
        }

        summary.Units = units.Count;
        summary.Competences = competences.Count;
        summary.People = people.Count;
        summary.Networks = networks.Count;
        summary.Documents = documents.Count;
        summary.Proposals = proposals.Count;
        summary.Meetings = meetings.Count;
        // Stable, so that a line's errors keep the order they were found in.
        var sorted = errors.OrderBy(e => FileOrder(e.File)).ThenBy(e => e.Line).ToList();
        errors.Clear();
        errors.AddRange(sorted);
        return summary;
    }

    private static int FileOrder(string file) => Array.IndexOf(DatasetFiles.Order, file);

    /// <summary>A parent chain must end at a root, counting the parents the database already has for keys the dataset does not move.</summary>
    private static async Task CheckNoCyclesAsync(
        NpgsqlConnection connection,
        string table,
        string file,
        Dictionary<string, (string Parent, int Line)> datasetParents,
        List<DatasetError> errors,
        CancellationToken cancellationToken)
    {
        if (datasetParents.Count == 0)
        {
            return;
        }
        var parents = datasetParents.ToDictionary(p => p.Key, p => p.Value.Parent, StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            $"SELECT c.key, p.key FROM {table} c JOIN {table} p ON p.id = c.parent_id", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                parents.TryAdd(reader.GetString(0), reader.GetString(1));
            }
        }
        foreach (var (key, (_, line)) in datasetParents)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { key };
            var current = key;
            while (parents.TryGetValue(current, out var parent))
            {
                if (!seen.Add(parent))
                {
                    errors.Add(new DatasetError(file, line, $"'parent' makes a cycle: {key} is its own ancestor"));
                    break;
                }
                current = parent;
            }
        }
    }

    /// <summary>
    /// The keys one file declares and the references other lines make to them. A reference to a key already declared
    /// is settled at once, so memory grows with the keys, not with the references (three million authorships).
    /// </summary>
    private sealed class KeySet(string table, string file, List<DatasetError> errors)
    {
        private readonly Dictionary<string, int> declared = new(StringComparer.Ordinal);

        /// <summary>Where keys not declared yet are referred to: the dataset may declare them later, or the database hold them.</summary>
        private readonly Dictionary<string, List<(string File, int Line, string Field, int Order)>> pending = new(StringComparer.Ordinal);

        private int referencesSeen;

        public int Count => declared.Count;

        public void Declare(string key, int line)
        {
            if (!declared.TryAdd(key, line))
            {
                errors.Add(new DatasetError(file, line, $"key '{key}' is already used on line {declared[key]}"));
            }
        }

        public void Refer(string key, string fromFile, int line, string field)
        {
            var order = referencesSeen++;
            if (declared.ContainsKey(key))
            {
                return;
            }
            if (!pending.TryGetValue(key, out var places))
            {
                pending[key] = places = [];
            }
            places.Add((fromFile, line, field, order));
        }

        public async Task ResolveAgainstDatabaseAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
        {
            var missing = pending.Keys.Where(key => !declared.ContainsKey(key)).ToArray();
            if (missing.Length == 0)
            {
                return;
            }
            var existing = new HashSet<string>(StringComparer.Ordinal);
            await using (var command = new NpgsqlCommand($"SELECT key FROM {table} WHERE key = ANY(@keys)", connection))
            {
                command.Parameters.AddWithValue("keys", missing);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    existing.Add(reader.GetString(0));
                }
            }
            var unresolved =
                from key in missing
                where !existing.Contains(key)
                from place in pending[key]
                orderby place.Order
                select new DatasetError(place.File, place.Line, $"'{place.Field}' refers to '{key}', which is neither in {file} nor in the database");
            errors.AddRange(unresolved);
        }
    }
}

/// <summary>What a dataset holds, per file, and what is wrong with it.</summary>
public sealed class DatasetSummary(List<DatasetError> errors)
{
    public IReadOnlyList<DatasetError> Errors => errors;
    public bool IsValid => errors.Count == 0;
    public int Units { get; set; }
    public int Competences { get; set; }
    public int People { get; set; }
    public int Networks { get; set; }
    public int Documents { get; set; }
    public int Proposals { get; set; }
    public int Meetings { get; set; }
    public int Total => Units + Competences + People + Networks + Documents + Proposals + Meetings;

    /// <summary>What the writer finds wrong once it holds the database still: the dataset is then not written.</summary>
    internal void Reject(DatasetError error) => errors.Add(error);
}
