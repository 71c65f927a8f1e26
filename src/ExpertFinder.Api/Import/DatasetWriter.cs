using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Security.Audit;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Writes;
using ExpertFinder.Core;
using Npgsql;

namespace ExpertFinder.Api.Import;

/// <summary>
/// The second pass of an import: upserts a validated dataset by key in one transaction. Each file streams a batch at a
/// time into temporary staging tables by binary COPY, and set-based statements upsert from there: unchanged rows are
/// left untouched (a re-import changes nothing), and child rows are made exactly the dataset's with anti-joins.
/// What the change affects is queued for the search index, and the import is recorded in the audit log, in the
/// same transaction.
/// </summary>
public sealed class DatasetWriter(NpgsqlDataSource database, IProgress<string>? progress = null, IndexRefreshPolicy? indexRefresh = null)
{
    /// <summary>A batch is this many records or this much COPY data, whichever comes first: three batches exist at most.</summary>
    internal BatchLimits Limits { get; init; } = new(Records: 10_000, Bytes: 16 * 1024 * 1024);

    /// <summary>
    /// Writes the dataset, or nothing when a move committed since validation closes a loop with the dataset's parents:
    /// then the summary tells so and the counts are null.
    /// </summary>
    public async Task<ImportCounts?> WriteAsync(DatasetFiles files, DatasetSummary summary, CancellationToken cancellationToken)
    {
        var policy = indexRefresh ?? new IndexRefreshPolicy();
        var counts = new ImportCounts();
        var changes = new ImportChanges(policy.RebuildAboveChanges);
        // The dataset is valid (the validator read it first), so the readers find no errors here.
        var ignoredErrors = new List<DatasetError>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var session = new StagingSession(connection, transaction, cancellationToken);
        var indexedBefore = await session.ScalarAsync<long>(
            "SELECT greatest(sum(reltuples), 0)::bigint FROM pg_class WHERE oid IN ('people'::regclass, 'documents'::regclass)");
        await session.ExecuteAsync(StagingTables.HoldStatistics);
        await session.TrySettingAsync(StagingTables.RoomForABatch);
        await session.ExecuteAsync(StagingTables.PreferLz4);
        await session.ExecuteAsync(StagingTables.ProbeIndexes);
        await session.ExecuteAsync(StagingTables.Create);

        // The trees' locks before the first write to them, as every move takes its tree's before its check: held until
        // the commit, they keep moves out while the parents written here are checked, and a move that waits for them
        // sees the dataset's parents when it checks its own. Units first, then competences (a move takes only one); a
        // dataset without the file leaves its tree alone and moves free.
        if (files.Has(DatasetFiles.Units))
        {
            await session.ExecuteAsync(TreeMoves.LockStatement(Tree.Units));
        }
        if (files.Has(DatasetFiles.Competences))
        {
            await session.ExecuteAsync(TreeMoves.LockStatement(Tree.Competences));
        }
        counts.Units = await WriteUnitsAsync(session, files.ReadUnits(ignoredErrors), summary.Units, changes);
        counts.Competences = await WriteCompetencesAsync(session, files.ReadCompetences(ignoredErrors), summary.Competences, changes);
        if (await session.ScalarAsync<string?>(StagingTables.UnitInALoop) is { } unit)
        {
            summary.Reject(new DatasetError(DatasetFiles.Units, 0, $"'parent' makes a cycle with a move made while the import ran: {unit} is its own ancestor"));
            return null;
        }
        if (await session.ScalarAsync<string?>(StagingTables.CompetenceInALoop) is { } competence)
        {
            summary.Reject(new DatasetError(DatasetFiles.Competences, 0, $"'parent' makes a cycle with a move made while the import ran: {competence} is its own ancestor"));
            return null;
        }
        counts.Units += await WriteUnitNeedsAsync(session);
        counts.People = await WritePeopleAsync(session, files.ReadPeople(ignoredErrors), summary.People, changes);
        counts.Proposals = await WriteProposalsAsync(session, files.ReadProposals(ignoredErrors), summary.Proposals);
        counts.Networks = await WriteNetworksAsync(session, files.ReadNetworks(ignoredErrors), summary.Networks, changes);
        await session.ExecuteAsync(StagingTables.CollectPersonIds);
        counts.Documents = await WriteDocumentsAsync(session, files.ReadDocuments(ignoredErrors), summary.Documents, changes);
        counts.Meetings = await WriteMeetingsAsync(session, files.ReadMeetings(ignoredErrors), summary.Meetings, changes);

        await session.ExecuteAsync(StagingTables.PlannerDefaults);
        if (changes.Count > 0 && policy.ShouldRebuild(changes.Count, indexedBefore))
        {
            await IndexOutbox.EnqueueRebuildAsync(connection, cancellationToken);
            counts.IndexRebuildQueued = true;
            counts.QueuedForIndex = 1;
        }
        else
        {
            counts.Changed = changes.Keys;
            if (changes.Count > 0)
            {
                counts.QueuedForIndex = await IndexOutbox.EnqueueAffectedAsync(connection, transaction, changes.Keys, cancellationToken);
            }
        }
        // Imports run on the server itself (the import command, the seed at start); they name no single entity.
        await AuditTrail.RecordAsync(connection, transaction, new AuditEntry
        {
            Actor = Caller.CommandLine.Actor,
            Operation = "import",
            Fields = files.Present,
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    private async Task<int> WriteUnitsAsync(StagingSession session, IEnumerable<(int Line, UnitRecord Record)> units, int total, ImportChanges changes)
    {
        var changed = 0;
        // Parents are set once every unit exists, since a unit may name a parent further down the file.
        await ForEachBatchAsync(session, units, total, "units", tables: 4, (batch, u) =>
        {
            batch[0].Row(3).Text(u.Key).Text(u.Name).Text(u.Kind);
            batch[1].Row(2).Text(u.Key).Text(u.Parent);
            if (u.Needs is not null)
            {
                batch[2].Row(1).Text(u.Key);
                foreach (var need in u.Needs)
                {
                    batch[3].Row(5).Text(u.Key).Text(need.Competence).Integer(need.Year).Integer(need.Level).Integer(need.People);
                }
            }
        }, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_units");
            await session.CopyAsync("import_units (key, name, kind)", batch[0]);
            await session.CopyAsync("import_unit_parents (key, parent)", batch[1]);
            // Needs name competences, written after the units: they wait in staging until then (see WriteUnitNeedsAsync).
            await session.CopyAsync("import_need_units (unit)", batch[2]);
            await session.CopyAsync("import_unit_needs (unit, competence, year, level, people)", batch[3]);
            changed += await session.ChangedAsync(StagingTables.UpsertUnits, changes.Unit);
        });
        return changed + await session.ChangedAsync(StagingTables.SetUnitParents, changes.Unit);
    }

    private async Task<int> WriteCompetencesAsync(
        StagingSession session, IEnumerable<(int Line, CompetenceRecord Record)> competences, int total, ImportChanges changes)
    {
        var changed = 0;
        await ForEachBatchAsync(session, competences, total, "competences", tables: 2, (batch, c) =>
        {
            batch[0].Row(4).Text(c.Key).Text(c.Name).Texts(c.Synonyms).Text(c.Description);
            batch[1].Row(2).Text(c.Key).Text(c.Parent);
        }, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_competences");
            await session.CopyAsync("import_competences (key, name, synonyms, description)", batch[0]);
            await session.CopyAsync("import_competence_parents (key, parent)", batch[1]);
            changed += await session.ChangedAsync(StagingTables.UpsertCompetences, changes.Competence);
        });
        return changed + await session.ChangedAsync(StagingTables.SetCompetenceParents, changes.Competence);
    }

    /// <summary>
    /// The needs of the units whose lines state them replace what those units needed; a unit line without <c>needs</c>
    /// leaves its needs alone. Needs are not searched: the index is not told.
    /// </summary>
    private static async Task<int> WriteUnitNeedsAsync(StagingSession session)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        await session.ChangedAsync(StagingTables.DeleteUnitNeeds, key => units.Add(key));
        await session.ChangedAsync(StagingTables.UpsertUnitNeeds, key => units.Add(key));
        return units.Count;
    }

    private async Task<int> WriteProposalsAsync(StagingSession session, IEnumerable<(int Line, ProposalRecord Record)> proposals, int total)
    {
        // Proposals are not searched as such: their texts reach the index only through the networks they become.
        var changed = new HashSet<string>(StringComparer.Ordinal);
        await ForEachBatchAsync(session, proposals, total, "proposals", tables: 2, (batch, p) =>
        {
            batch[0].Row(17).Text(p.Key).Text(p.Title).Text(p.Kind).Text(p.Proposer).Text(p.Municipality).Date(p.Submitted)
                .Text(p.CitizenValue).Text(p.Challenge).Text(p.CrossUnitReason).Text(p.CurrentShortfall).Text(p.MissingLearning)
                .Text(p.InnovationPotential).Text(p.OutsidePerspectives).Text(p.Status).Text(p.DecisionReason).Text(p.DecidedBy).Date(p.Decided);
            foreach (var unit in p.AffectedUnits)
            {
                batch[1].Row(2).Text(p.Key).Text(unit);
            }
        }, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_proposals, import_proposal_units");
            await session.CopyAsync(
                "import_proposals (key, title, kind, proposer, municipality, submitted, citizen_value, challenge, cross_unit_reason, " +
                "current_shortfall, missing_learning, innovation_potential, outside_perspectives, status, decision_reason, decided_by, decided)",
                batch[0]);
            await session.CopyAsync("import_proposal_units (proposal, unit)", batch[1]);
            await session.ChangedAsync(StagingTables.UpsertProposals, key => changed.Add(key));
            await session.ChangedAsync(StagingTables.ProposalUnits.Delete, key => changed.Add(key));
            await session.ChangedAsync(StagingTables.ProposalUnits.Insert, key => changed.Add(key));
        });
        return changed.Count;
    }

    private async Task<int> WritePeopleAsync(StagingSession session, IEnumerable<(int Line, PersonRecord Record)> people, int total, ImportChanges changes)
    {
        var changed = 0;
        await ForEachBatchAsync(session, people, total, "people", tables: 2, (batch, p) =>
        {
            batch[0].Row(15).Text(p.Key).Text(p.Name).Text(p.Title).Text(p.Unit).Text(p.Email).Text(p.Phone).Text(p.Location).Text(p.Bio)
                .Texts(p.Roles).Texts(p.Languages).Text(p.Visibility)
                .Texts(p.AskMeAbout).Boolean(p.OpenToMentoring).Boolean(p.OpenToJobRotation).Boolean(p.OpenToMeetingColleagues);
            foreach (var held in p.Competences)
            {
                batch[1].Row(5).Text(p.Key).Text(held.Competence).Integer(held.Level).Text(held.Source).Date(held.Since);
            }
        }, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_people, import_person_competences");
            await session.CopyAsync(
                "import_people (key, name, title, unit, email, phone, location, bio, roles, languages, visibility, " +
                "ask_me_about, open_to_mentoring, open_to_job_rotation, open_to_meeting_colleagues)",
                batch[0]);
            await session.CopyAsync("import_person_competences (person, competence, level, source, since)", batch[1]);
            changed += await session.ChangedAsync(StagingTables.UpsertPeople, changes.Person);
            await session.ChangedAsync(StagingTables.DeletePersonCompetences, changes.Person);
            await session.ChangedAsync(StagingTables.UpsertPersonCompetences, changes.Person);
        });
        return changed;
    }

    private async Task<int> WriteNetworksAsync(StagingSession session, IEnumerable<(int Line, NetworkRecord Record)> networks, int total, ImportChanges changes)
    {
        var changed = 0;
        var linked = new HashSet<string>(StringComparer.Ordinal);
        await ForEachBatchAsync(session, networks, total, "networks", tables: 4, (batch, n) =>
        {
            if (n.Proposal is { } proposal)
            {
                batch[3].Row(2).Text(n.Key).Text(proposal.Key);
            }
            batch[0].Row(8).Text(n.Key).Text(n.Name).Text(n.Kind).Text(n.Description).Text(n.Status).Text(n.Owner).Date(n.Started).Date(n.Ended);
            foreach (var member in n.Members)
            {
                batch[1].Row(3).Text(n.Key).Text(member.Person).Text(member.Role);
            }
            foreach (var topic in n.Topics)
            {
                batch[2].Row(2).Text(n.Key).Text(topic);
            }
        }, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_networks, import_memberships, import_network_topics");
            await session.CopyAsync("import_networks (key, name, kind, description, status, owner, started, ended)", batch[0]);
            await session.CopyAsync("import_memberships (network, person, role)", batch[1]);
            await session.CopyAsync("import_network_topics (network, competence)", batch[2]);
            await session.CopyAsync("import_network_proposals (network, proposal)", batch[3]);
            changed += await session.ChangedAsync(StagingTables.UpsertNetworks, changes.Network);
            // A member who joins or leaves changes how that person is indexed.
            await session.ChangedAsync(StagingTables.DeleteMemberships, changes.Person);
            await session.ChangedAsync(StagingTables.UpsertMemberships, changes.Person);
            await session.ChangedAsync(StagingTables.NetworkTopics.Delete, changes.Network);
            await session.ChangedAsync(StagingTables.NetworkTopics.Insert, changes.Network);
        });
        // Which proposal a network came from is not searched: the index is not told.
        await session.ChangedAsync(StagingTables.UnlinkNetworkProposals, key => linked.Add(key));
        await session.ChangedAsync(StagingTables.LinkNetworkProposals, key => linked.Add(key));
        return changed + linked.Count;
    }

    /// <summary>
    /// Meetings, their participants and templates, then their agendas and minutes once all are written. The index knows
    /// an agenda or minutes with its meeting (the other half, the participants), so those documents are changed whenever
    /// their meeting is, and a participant who joins or leaves is changed as a member is.
    /// </summary>
    private async Task<int> WriteMeetingsAsync(StagingSession session, IEnumerable<(int Line, MeetingRecord Record)> meetings, int total, ImportChanges changes)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        await ForEachBatchAsync(session, meetings, total, "meetings", tables: 4, (batch, m) =>
        {
            batch[0].Row(4).Text(m.Key).Text(m.Network).Text(m.Title).Date(m.Date);
            foreach (var person in m.Participants)
            {
                batch[1].Row(2).Text(m.Key).Text(person);
            }
            foreach (var template in m.Templates)
            {
                batch[2].Row(2).Text(m.Key).Text(template);
            }
            batch[3].Row(3).Text(m.Key).Text(m.Agenda).Text(m.Minutes);
        }, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_meetings, import_meeting_participants, import_meeting_templates");
            await session.CopyAsync("import_meetings (key, network, title, date)", batch[0]);
            await session.CopyAsync("import_meeting_participants (meeting, person)", batch[1]);
            await session.CopyAsync("import_meeting_templates (meeting, document)", batch[2]);
            await session.CopyAsync("import_meeting_documents (meeting, agenda, minutes)", batch[3]);
            await session.ChangedAsync(StagingTables.UpsertMeetings, key => changed.Add(key));
            await session.ChangedAsync(StagingTables.MeetingParticipants.Delete, key => changed.Add(key), changes.Person);
            await session.ChangedAsync(StagingTables.MeetingParticipants.Insert, key => changed.Add(key), changes.Person);
            await session.ChangedAsync(StagingTables.MeetingTemplates.Delete, key => changed.Add(key));
            await session.ChangedAsync(StagingTables.MeetingTemplates.Insert, key => changed.Add(key));
        });
        await session.ChangedAsync(StagingTables.UnlinkMeetingDocuments, changes.Document);
        await session.ChangedAsync(StagingTables.LinkMeetingDocuments, key => changed.Add(key));
        if (changed.Count > 0)
        {
            await session.ChangedAsync(StagingTables.MeetingDocuments, changes.Document, [.. changed]);
        }
        return changed.Count;
    }

    private async Task<int> WriteDocumentsAsync(StagingSession session, IEnumerable<(int Line, DocumentRecord Record)> documents, int total, ImportChanges changes)
    {
        var changed = 0;
        await ForEachBatchAsync(session, documents, total, "documents", tables: 2, (batch, d) =>
        {
            batch[0].Row(8).Text(d.Key).Text(d.Title).Text(d.Kind).Text(d.Text.Span).Text(d.Network).Text(d.Unit).Date(d.Date).Text(d.Language);
            for (var position = 0; position < d.Authors.Count; position++)
            {
                batch[1].Row(3).Text(d.Key).Text(d.Authors[position]).Integer(position);
            }
        }, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_documents, import_authorships, import_document_ids");
            await session.CopyAsync("import_documents (key, title, kind, text, network, unit, date, language)", batch[0]);
            await session.CopyAsync("import_authorships (document, person, position)", batch[1]);
            await session.ExecuteAsync(StagingTables.CollectDocumentIds);
            changed += await session.ChangedAsync(StagingTables.UpsertDocuments, changes.Document);
            await session.ChangedAsync(StagingTables.DeleteAuthorships, changes.Document);
            await session.ChangedAsync(StagingTables.UpsertAuthorships, changes.Document);
        });
        return changed;
    }

    private async Task ForEachBatchAsync<T>(
        StagingSession session,
        IEnumerable<(int Line, T Record)> records,
        int total,
        string what,
        int tables,
        Action<StagingBatch, T> add,
        Func<StagingBatch, Task> write)
    {
        var done = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();
        await ParseAhead.ForEachBatchAsync(records.Select(r => r.Record), tables, Limits, add, async batch =>
        {
            await write(batch);
            done += batch.Records;
            if (total > Limits.Records)
            {
                progress?.Report($"{what}: {done}/{total} ({done / Math.Max(started.Elapsed.TotalSeconds, 0.001):F0}/s)");
            }
        }, session.CancellationToken);
    }
}

/// <summary>How many rows an import inserted or changed, per kind.</summary>
public sealed class ImportCounts
{
    public int Units { get; set; }
    public int Competences { get; set; }
    public int People { get; set; }
    public int Networks { get; set; }
    public int Documents { get; set; }
    public int Proposals { get; set; }
    public int Meetings { get; set; }

    /// <summary>Index outbox entries queued: one per affected entity, or the one rebuild entry.</summary>
    public int QueuedForIndex { get; set; }

    /// <summary>The import changed so much that it queued one rebuild of the index instead of an update per entity.</summary>
    public bool IndexRebuildQueued { get; set; }

    /// <summary>The keys the import changed, as queued for the index; null when it queued a rebuild (they were not kept).</summary>
    public ChangeSet? Changed { get; set; }

    public int Total => Units + Competences + People + Networks + Documents + Proposals + Meetings;
}
