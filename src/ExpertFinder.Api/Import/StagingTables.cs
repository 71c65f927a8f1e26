namespace ExpertFinder.Api.Import;

/// <summary>
/// The staging tables of an import and the statements that upsert from them, a batch at a time. Each statement returns
/// the keys it changed. Upserts first drop the rows that are already as staged: ON CONFLICT DO UPDATE locks (and so
/// writes) every row it compares, and a re-import of a million unchanged documents must write nothing. Child rows are
/// replaced by an anti-join against staging (<c>NOT EXISTS</c>), never by comparing row lists.
/// </summary>
internal static class StagingTables
{
    /// <summary>
    /// Temporary tables live in the session's own buffers, 8 MB unless set before the session first touches one: less
    /// than a batch, so every batch went to disk and was read back (the import waited on reads more than it computed).
    /// A pooled session that has had temporary tables keeps what it has, and PostgreSQL refuses the setting there
    /// (<see cref="StagingSession.TrySettingAsync"/>): even where the tables were rolled back with their schema, so
    /// that no catalogue query can tell such a session from a fresh one.
    /// </summary>
    public const string RoomForABatch = "SET LOCAL temp_buffers = '256MB'";

    /// <summary>
    /// Compresses long values (document texts, long bios) with LZ4 where the server has it: pglz took a fifth of the
    /// import's time in PostgreSQL. A value is compressed once, as COPY stages it, and stored in its table as it is.
    /// </summary>
    public const string PreferLz4 = """
        SELECT set_config('default_toast_compression', 'lz4', true)
        FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)
        """;

    /// <summary>
    /// A batch touches a few thousand rows of tables that hold millions, so every join must look them up through an
    /// index. Once the tables have statistics, PostgreSQL's cost model prefers to hash or merge the whole big table
    /// for each batch instead (a full scan of documents or authorships per batch, quadratic over the import); with
    /// those joins off, it probes the indexes, and the staging tables carry indexes of their own for their joins.
    /// JIT compilation is off too: it would compile each batch's statements anew for a few milliseconds of work.
    /// </summary>
    public const string ProbeIndexes = "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; SET LOCAL jit = off";

    /// <summary>
    /// Plans rest on the statistics the tables had when the import began. An ANALYZE while it runs (autovacuum's,
    /// say after an earlier import was rolled back) counts the import's uncommitted rows as absent over pages it sees
    /// full (reltuples 0 over 608 pages, tried), and PostgreSQL then takes a table of a million rows for empty and
    /// reads it whole for every row of a batch. This lock keeps VACUUM and ANALYZE away until the import commits;
    /// reads and writes of others go on, and a second import waits for the first.
    /// </summary>
    public const string HoldStatistics = """
        LOCK TABLE units, competences, people, person_competences, networks, memberships, network_topics, documents, authorships,
            unit_competence_needs, theme_proposals, theme_proposal_units, meetings, meeting_participants, meeting_templates
        IN SHARE UPDATE EXCLUSIVE MODE
        """;

    /// <summary>The planner's own choice again, for what follows the batches (the index outbox).</summary>
    public const string PlannerDefaults = "RESET enable_hashjoin; RESET enable_mergejoin; RESET jit";

    /// <summary>
    /// Temporary (not logged) and dropped at commit or rollback. The per-batch tables are emptied for each batch. Staged
    /// texts up to 8 kB stay as they are: compressing them pays only for those inserted or changed, which are compressed
    /// as they enter documents, and an unchanged text is compared without ever being compressed.
    /// </summary>
    public const string Create = """
        CREATE TEMP TABLE import_units (key text NOT NULL, name text, kind text) ON COMMIT DROP;
        CREATE TEMP TABLE import_unit_parents (key text NOT NULL, parent text) ON COMMIT DROP;
        CREATE TEMP TABLE import_competences (key text NOT NULL, name text, synonyms text[], description text) ON COMMIT DROP;
        CREATE TEMP TABLE import_competence_parents (key text NOT NULL, parent text) ON COMMIT DROP;
        CREATE TEMP TABLE import_people (key text NOT NULL, name text, title text, unit text, email text, phone text, location text,
            bio text, roles text[], languages text[], visibility text,
            ask_me_about text[], open_to_mentoring boolean, open_to_job_rotation boolean, open_to_meeting_colleagues boolean) ON COMMIT DROP;
        CREATE TEMP TABLE import_person_competences (person text NOT NULL, competence text NOT NULL, level int, source text, since date) ON COMMIT DROP;
        CREATE INDEX ON import_person_competences (person);
        CREATE TEMP TABLE import_networks (key text NOT NULL, name text, kind text, description text, status text, owner text,
            started date, ended date) ON COMMIT DROP;
        CREATE TEMP TABLE import_memberships (network text NOT NULL, person text NOT NULL, role text) ON COMMIT DROP;
        CREATE INDEX ON import_memberships (network, person);
        CREATE TEMP TABLE import_network_topics (network text NOT NULL, competence text NOT NULL) ON COMMIT DROP;
        CREATE INDEX ON import_network_topics (network);
        CREATE TEMP TABLE import_documents (key text NOT NULL, title text, kind text, text text, network text, unit text, date date,
            language text) WITH (toast_tuple_target = 8160) ON COMMIT DROP;
        CREATE TEMP TABLE import_authorships (document text NOT NULL, person text NOT NULL, position int) ON COMMIT DROP;
        CREATE INDEX ON import_authorships (document);
        CREATE TEMP TABLE import_document_ids (key text PRIMARY KEY, id int NOT NULL UNIQUE) ON COMMIT DROP;
        CREATE TEMP TABLE import_need_units (unit text PRIMARY KEY) ON COMMIT DROP;
        CREATE TEMP TABLE import_unit_needs (unit text NOT NULL, competence text NOT NULL, year int, level int, people int) ON COMMIT DROP;
        CREATE INDEX ON import_unit_needs (unit);
        CREATE TEMP TABLE import_proposals (key text NOT NULL, title text, kind text, proposer text, municipality text, submitted date,
            citizen_value text, challenge text, cross_unit_reason text, current_shortfall text, missing_learning text,
            innovation_potential text, outside_perspectives text, status text, decision_reason text, decided_by text, decided date) ON COMMIT DROP;
        CREATE TEMP TABLE import_proposal_units (proposal text NOT NULL, unit text NOT NULL) ON COMMIT DROP;
        CREATE INDEX ON import_proposal_units (proposal);
        CREATE TEMP TABLE import_network_proposals (network text PRIMARY KEY, proposal text) ON COMMIT DROP;
        CREATE TEMP TABLE import_meetings (key text NOT NULL, network text, title text, date date) ON COMMIT DROP;
        CREATE TEMP TABLE import_meeting_participants (meeting text NOT NULL, person text NOT NULL) ON COMMIT DROP;
        CREATE INDEX ON import_meeting_participants (meeting);
        CREATE TEMP TABLE import_meeting_templates (meeting text NOT NULL, document text NOT NULL) ON COMMIT DROP;
        CREATE INDEX ON import_meeting_templates (meeting);
        CREATE TEMP TABLE import_meeting_documents (meeting text PRIMARY KEY, agenda text, minutes text) ON COMMIT DROP;
        """;

    /// <summary>
    /// Every person's id by key, once the people are written: the documents' authors are millions of look-ups, which
    /// this narrow table's index answers from a few pages.
    /// </summary>
    public const string CollectPersonIds = """
        CREATE TEMP TABLE import_person_ids ON COMMIT DROP AS SELECT key, id FROM people;
        ALTER TABLE import_person_ids ADD PRIMARY KEY (key);
        """;

    public const string UpsertUnits = """
        INSERT INTO units (key, name, kind)
        SELECT s.key, s.name, s.kind
        FROM import_units s LEFT JOIN units u ON u.key = s.key
        WHERE u.id IS NULL OR (u.name, u.kind) IS DISTINCT FROM (s.name, s.kind)
        ON CONFLICT (key) DO UPDATE SET name = excluded.name, kind = excluded.kind
        WHERE (units.name, units.kind) IS DISTINCT FROM (excluded.name, excluded.kind)
        RETURNING key
        """;

    public const string SetUnitParents = """
        UPDATE units u SET parent_id = p.id
        FROM import_unit_parents x LEFT JOIN units p ON p.key = x.parent
        WHERE u.key = x.key AND u.parent_id IS DISTINCT FROM p.id
        RETURNING u.key
        """;

    /// <summary>
    /// A unit the dataset gives a parent that is now its own ancestor, or none. The validator checked the parents
    /// against the tree as it was then; a move committed since (before the import took the tree's lock) may close a
    /// loop with them. The walk starts at each unit the dataset places and stops at a unit it has passed, so a loop
    /// elsewhere cannot hang it.
    /// </summary>
    public const string UnitInALoop = """
        WITH RECURSIVE up (start, id) AS (
            SELECT u.id, u.parent_id FROM import_unit_parents x JOIN units u ON u.key = x.key WHERE u.parent_id IS NOT NULL
            UNION ALL
            SELECT up.start, u.parent_id FROM up JOIN units u ON u.id = up.id WHERE u.parent_id IS NOT NULL AND up.id <> up.start
        ) CYCLE id SET looped USING path
        SELECT u.key FROM up JOIN units u ON u.id = up.start WHERE up.id = up.start ORDER BY u.key LIMIT 1
        """;

    public const string UpsertCompetences = """
        INSERT INTO competences (key, name, synonyms, description)
        SELECT s.key, s.name, s.synonyms, s.description
        FROM import_competences s LEFT JOIN competences c ON c.key = s.key
        WHERE c.id IS NULL OR (c.name, c.synonyms, c.description) IS DISTINCT FROM (s.name, s.synonyms, s.description)
        ON CONFLICT (key) DO UPDATE SET name = excluded.name, synonyms = excluded.synonyms, description = excluded.description
        WHERE (competences.name, competences.synonyms, competences.description)
              IS DISTINCT FROM (excluded.name, excluded.synonyms, excluded.description)
        RETURNING key
        """;

    public const string SetCompetenceParents = """
        UPDATE competences c SET parent_id = p.id
        FROM import_competence_parents x LEFT JOIN competences p ON p.key = x.parent
        WHERE c.key = x.key AND c.parent_id IS DISTINCT FROM p.id
        RETURNING c.key
        """;

    /// <summary>As <see cref="UnitInALoop"/>, for the competences.</summary>
    public const string CompetenceInALoop = """
        WITH RECURSIVE up (start, id) AS (
            SELECT c.id, c.parent_id FROM import_competence_parents x JOIN competences c ON c.key = x.key WHERE c.parent_id IS NOT NULL
            UNION ALL
            SELECT up.start, c.parent_id FROM up JOIN competences c ON c.id = up.id WHERE c.parent_id IS NOT NULL AND up.id <> up.start
        ) CYCLE id SET looped USING path
        SELECT c.key FROM up JOIN competences c ON c.id = up.start WHERE up.id = up.start ORDER BY c.key LIMIT 1
        """;

    /// <summary>
    /// The optional fields of the extensions (ask me about, the three willingnesses) are staged null when a line leaves
    /// them out: the person keeps what they have (stated through GraphQL, say), or a new person gets the defaults.
    /// </summary>
    public const string UpsertPeople = """
        INSERT INTO people (key, name, title, unit_id, email, phone, location, bio, roles, languages, visibility,
            ask_me_about, open_to_mentoring, open_to_job_rotation, open_to_meeting_colleagues)
        SELECT s.key, s.name, s.title, u.id, s.email, s.phone, s.location, s.bio, s.roles, s.languages, s.visibility,
               coalesce(s.ask_me_about, p.ask_me_about, '{}'), coalesce(s.open_to_mentoring, p.open_to_mentoring, false),
               coalesce(s.open_to_job_rotation, p.open_to_job_rotation, false),
               coalesce(s.open_to_meeting_colleagues, p.open_to_meeting_colleagues, false)
        FROM import_people s JOIN units u ON u.key = s.unit LEFT JOIN people p ON p.key = s.key
        WHERE p.id IS NULL
           OR (p.name, p.title, p.unit_id, p.email, p.phone, p.location, p.bio, p.roles, p.languages, p.visibility)
              IS DISTINCT FROM (s.name, s.title, u.id, s.email, s.phone, s.location, s.bio, s.roles, s.languages, s.visibility)
           OR (p.ask_me_about, p.open_to_mentoring, p.open_to_job_rotation, p.open_to_meeting_colleagues)
              IS DISTINCT FROM (coalesce(s.ask_me_about, p.ask_me_about), coalesce(s.open_to_mentoring, p.open_to_mentoring),
               coalesce(s.open_to_job_rotation, p.open_to_job_rotation), coalesce(s.open_to_meeting_colleagues, p.open_to_meeting_colleagues))
        ON CONFLICT (key) DO UPDATE SET name = excluded.name, title = excluded.title, unit_id = excluded.unit_id,
            email = excluded.email, phone = excluded.phone, location = excluded.location, bio = excluded.bio,
            roles = excluded.roles, languages = excluded.languages, visibility = excluded.visibility,
            ask_me_about = excluded.ask_me_about, open_to_mentoring = excluded.open_to_mentoring,
            open_to_job_rotation = excluded.open_to_job_rotation, open_to_meeting_colleagues = excluded.open_to_meeting_colleagues
        WHERE (people.name, people.title, people.unit_id, people.email, people.phone, people.location, people.bio,
               people.roles, people.languages, people.visibility,
               people.ask_me_about, people.open_to_mentoring, people.open_to_job_rotation, people.open_to_meeting_colleagues)
              IS DISTINCT FROM (excluded.name, excluded.title, excluded.unit_id, excluded.email, excluded.phone,
               excluded.location, excluded.bio, excluded.roles, excluded.languages, excluded.visibility,
               excluded.ask_me_about, excluded.open_to_mentoring, excluded.open_to_job_rotation, excluded.open_to_meeting_colleagues)
        RETURNING key
        """;

    /// <summary>Returns the people who lost a competence.</summary>
    public const string DeletePersonCompetences = """
        DELETE FROM person_competences pc
        USING import_people s JOIN people p ON p.key = s.key
        WHERE pc.person_id = p.id
          AND NOT EXISTS (SELECT 1 FROM import_person_competences x JOIN competences c ON c.key = x.competence
                          WHERE x.person = s.key AND c.id = pc.competence_id)
        RETURNING s.key
        """;

    public const string UpsertPersonCompetences = """
        WITH staged AS (
            SELECT p.id AS person_id, c.id AS competence_id, x.level, x.since,
                   -- Colleagues' endorsements live outside the dataset: a self-assessed competence they vouch for stays endorsed.
                   CASE WHEN x.source = 'self' AND EXISTS (SELECT 1 FROM endorsements e WHERE e.person_id = p.id AND e.competence_id = c.id)
                        THEN 'endorsed' ELSE x.source END AS source
            FROM import_person_competences x JOIN people p ON p.key = x.person JOIN competences c ON c.key = x.competence
        ), written AS (
            INSERT INTO person_competences (person_id, competence_id, level, source, since)
            SELECT w.person_id, w.competence_id, w.level, w.source, w.since
            FROM staged w LEFT JOIN person_competences pc ON pc.person_id = w.person_id AND pc.competence_id = w.competence_id
            WHERE pc.person_id IS NULL OR (pc.level, pc.source, pc.since) IS DISTINCT FROM (w.level, w.source, w.since)
            ON CONFLICT (person_id, competence_id) DO UPDATE SET level = excluded.level, source = excluded.source, since = excluded.since
            WHERE (person_competences.level, person_competences.source, person_competences.since)
                  IS DISTINCT FROM (excluded.level, excluded.source, excluded.since)
            RETURNING person_id
        )
        SELECT DISTINCT p.key FROM written w JOIN people p ON p.id = w.person_id
        """;

    public const string UpsertNetworks = """
        INSERT INTO networks (key, name, kind, description, status, owner_unit_id, started, ended)
        SELECT s.key, s.name, s.kind, s.description, s.status, u.id, s.started, s.ended
        FROM import_networks s LEFT JOIN units u ON u.key = s.owner LEFT JOIN networks n ON n.key = s.key
        WHERE n.id IS NULL
           OR (n.name, n.kind, n.description, n.status, n.owner_unit_id, n.started, n.ended)
              IS DISTINCT FROM (s.name, s.kind, s.description, s.status, u.id, s.started, s.ended)
        ON CONFLICT (key) DO UPDATE SET name = excluded.name, kind = excluded.kind, description = excluded.description,
            status = excluded.status, owner_unit_id = excluded.owner_unit_id, started = excluded.started, ended = excluded.ended
        WHERE (networks.name, networks.kind, networks.description, networks.status, networks.owner_unit_id, networks.started, networks.ended)
              IS DISTINCT FROM (excluded.name, excluded.kind, excluded.description, excluded.status, excluded.owner_unit_id,
               excluded.started, excluded.ended)
        RETURNING key
        """;

    /// <summary>Returns the people who left a network.</summary>
    public const string DeleteMemberships = """
        DELETE FROM memberships m
        USING import_networks s JOIN networks n ON n.key = s.key
        WHERE m.network_id = n.id
          AND NOT EXISTS (SELECT 1 FROM import_memberships x JOIN people p ON p.key = x.person
                          WHERE x.network = s.key AND p.id = m.person_id)
        RETURNING (SELECT key FROM people WHERE id = m.person_id)
        """;

    /// <summary>Returns the people who joined a network or changed their role in it.</summary>
    public const string UpsertMemberships = """
        WITH written AS (
            INSERT INTO memberships (network_id, person_id, role)
            SELECT n.id, p.id, x.role
            FROM import_memberships x JOIN networks n ON n.key = x.network JOIN people p ON p.key = x.person
                 LEFT JOIN memberships m ON m.network_id = n.id AND m.person_id = p.id
            WHERE m.network_id IS NULL OR m.role IS DISTINCT FROM x.role
            ON CONFLICT (network_id, person_id) DO UPDATE SET role = excluded.role
            WHERE memberships.role IS DISTINCT FROM excluded.role
            RETURNING person_id
        )
        SELECT DISTINCT p.key FROM written w JOIN people p ON p.id = w.person_id
        """;

    /// <summary>
    /// The ids of the batch's documents that exist already, found by key once: the upsert and the statements on the
    /// authors use them, and the upsert adds the ids of the documents it inserts.
    /// </summary>
    public const string CollectDocumentIds = """
        INSERT INTO import_document_ids (key, id) SELECT s.key, d.id FROM import_documents s JOIN documents d ON d.key = s.key
        """;

    public const string UpsertDocuments = """
        WITH written AS (
            INSERT INTO documents (key, title, kind, text, network_id, unit_id, date, language)
            SELECT s.key, s.title, s.kind, s.text, n.id, u.id, s.date, s.language
            FROM import_documents s LEFT JOIN networks n ON n.key = s.network LEFT JOIN units u ON u.key = s.unit
                 LEFT JOIN import_document_ids m ON m.key = s.key LEFT JOIN documents d ON d.id = m.id
            WHERE d.id IS NULL
               OR (d.title, d.kind, d.text, d.network_id, d.unit_id, d.date, d.language)
                  IS DISTINCT FROM (s.title, s.kind, s.text, n.id, u.id, s.date, s.language)
            ON CONFLICT (key) DO UPDATE SET title = excluded.title, kind = excluded.kind, text = excluded.text,
                network_id = excluded.network_id, unit_id = excluded.unit_id, date = excluded.date, language = excluded.language
            WHERE (documents.title, documents.kind, documents.text, documents.network_id, documents.unit_id, documents.date, documents.language)
                  IS DISTINCT FROM (excluded.title, excluded.kind, excluded.text, excluded.network_id, excluded.unit_id,
                   excluded.date, excluded.language)
            RETURNING id, key
        ), inserted AS (
            INSERT INTO import_document_ids (key, id) SELECT key, id FROM written ON CONFLICT (key) DO NOTHING
        )
        SELECT key FROM written
        """;

    /// <summary>Returns the documents that lost an author.</summary>
    public const string DeleteAuthorships = """
        DELETE FROM authorships a
        USING import_document_ids d
        WHERE a.document_id = d.id
          AND NOT EXISTS (SELECT 1 FROM import_authorships x JOIN import_person_ids p ON p.key = x.person
                          WHERE x.document = d.key AND p.id = a.person_id)
        RETURNING d.key
        """;

    public const string UpsertAuthorships = """
        WITH written AS (
            INSERT INTO authorships (document_id, person_id, position)
            SELECT d.id, p.id, x.position
            FROM import_authorships x JOIN import_document_ids d ON d.key = x.document JOIN import_person_ids p ON p.key = x.person
                 -- "+ 0" keeps PostgreSQL from finding the pair among all of the person's authorships (forty each at a
                 -- million documents) instead of among the document's few through the primary key.
                 LEFT JOIN authorships a ON a.document_id = d.id AND a.person_id + 0 = p.id
            WHERE a.document_id IS NULL OR a.position IS DISTINCT FROM x.position
            ON CONFLICT (document_id, person_id) DO UPDATE SET position = excluded.position
            WHERE authorships.position IS DISTINCT FROM excluded.position
            RETURNING document_id
        )
        SELECT DISTINCT d.key FROM written w JOIN import_document_ids d ON d.id = w.document_id
        """;

    // The extensions (docs/dataset-format.md): units' needs, theme proposals, networks' proposals and meetings.

    /// <summary>Returns the units that no longer need a competence (for a horizon) they needed.</summary>
    public const string DeleteUnitNeeds = """
        DELETE FROM unit_competence_needs n
        USING import_need_units s JOIN units u ON u.key = s.unit
        WHERE n.unit_id = u.id
          AND NOT EXISTS (SELECT 1 FROM import_unit_needs x JOIN competences c ON c.key = x.competence
                          WHERE x.unit = s.unit AND c.id = n.competence_id AND x.year IS NOT DISTINCT FROM n.year)
        RETURNING s.unit
        """;

    public const string UpsertUnitNeeds = """
        WITH written AS (
            INSERT INTO unit_competence_needs (unit_id, competence_id, year, level, people)
            SELECT u.id, c.id, x.year, x.level, x.people
            FROM import_unit_needs x JOIN units u ON u.key = x.unit JOIN competences c ON c.key = x.competence
                 LEFT JOIN unit_competence_needs n ON n.unit_id = u.id AND n.competence_id = c.id AND n.year IS NOT DISTINCT FROM x.year
            WHERE n.id IS NULL OR (n.level, n.people) IS DISTINCT FROM (x.level, x.people)
            ON CONFLICT (unit_id, competence_id, year) DO UPDATE SET level = excluded.level, people = excluded.people
            WHERE (unit_competence_needs.level, unit_competence_needs.people) IS DISTINCT FROM (excluded.level, excluded.people)
            RETURNING unit_id
        )
        SELECT DISTINCT u.key FROM written w JOIN units u ON u.id = w.unit_id
        """;

    /// <summary>A proposal without a municipality goes to its proposer's: the nearest unit of that kind above their unit.</summary>
    public const string UpsertProposals = """
        WITH staged AS (
            SELECT s.key, s.title, s.kind, pr.id AS proposer_id, coalesce(m.id, pm.id) AS municipality_id, s.submitted,
                   s.citizen_value, s.challenge, s.cross_unit_reason, s.current_shortfall, s.missing_learning,
                   s.innovation_potential, s.outside_perspectives, s.status, s.decision_reason, db.id AS decided_by_id, s.decided
            FROM import_proposals s LEFT JOIN people pr ON pr.key = s.proposer LEFT JOIN units m ON m.key = s.municipality
                 LEFT JOIN people db ON db.key = s.decided_by
                 LEFT JOIN LATERAL (
                     WITH RECURSIVE up AS (
                         SELECT u.id, u.kind, u.parent_id, 0 AS depth FROM units u WHERE u.id = pr.unit_id AND s.municipality IS NULL
                         UNION ALL SELECT u.id, u.kind, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 64
                     )
                     SELECT id FROM up WHERE kind = 'municipality' ORDER BY depth LIMIT 1
                 ) pm ON true
        )
        INSERT INTO theme_proposals (key, title, kind, proposer_id, municipality_id, submitted, citizen_value, challenge,
            cross_unit_reason, current_shortfall, missing_learning, innovation_potential, outside_perspectives, status,
            decision_reason, decided_by_id, decided)
        SELECT w.key, w.title, w.kind, w.proposer_id, w.municipality_id, w.submitted, w.citizen_value, w.challenge,
               w.cross_unit_reason, w.current_shortfall, w.missing_learning, w.innovation_potential, w.outside_perspectives,
               w.status, w.decision_reason, w.decided_by_id, w.decided
        FROM staged w LEFT JOIN theme_proposals t ON t.key = w.key
        WHERE t.id IS NULL
           OR (t.title, t.kind, t.proposer_id, t.municipality_id, t.submitted, t.citizen_value, t.challenge, t.cross_unit_reason,
               t.current_shortfall, t.missing_learning, t.innovation_potential, t.outside_perspectives, t.status,
               t.decision_reason, t.decided_by_id, t.decided)
              IS DISTINCT FROM (w.title, w.kind, w.proposer_id, w.municipality_id, w.submitted, w.citizen_value, w.challenge,
               w.cross_unit_reason, w.current_shortfall, w.missing_learning, w.innovation_potential, w.outside_perspectives,
               w.status, w.decision_reason, w.decided_by_id, w.decided)
        ON CONFLICT (key) DO UPDATE SET title = excluded.title, kind = excluded.kind, proposer_id = excluded.proposer_id,
            municipality_id = excluded.municipality_id, submitted = excluded.submitted, citizen_value = excluded.citizen_value,
            challenge = excluded.challenge, cross_unit_reason = excluded.cross_unit_reason,
            current_shortfall = excluded.current_shortfall, missing_learning = excluded.missing_learning,
            innovation_potential = excluded.innovation_potential, outside_perspectives = excluded.outside_perspectives,
            status = excluded.status, decision_reason = excluded.decision_reason, decided_by_id = excluded.decided_by_id,
            decided = excluded.decided
        WHERE (theme_proposals.title, theme_proposals.kind, theme_proposals.proposer_id, theme_proposals.municipality_id,
               theme_proposals.submitted, theme_proposals.citizen_value, theme_proposals.challenge, theme_proposals.cross_unit_reason,
               theme_proposals.current_shortfall, theme_proposals.missing_learning, theme_proposals.innovation_potential,
               theme_proposals.outside_perspectives, theme_proposals.status, theme_proposals.decision_reason,
               theme_proposals.decided_by_id, theme_proposals.decided)
              IS DISTINCT FROM (excluded.title, excluded.kind, excluded.proposer_id, excluded.municipality_id, excluded.submitted,
               excluded.citizen_value, excluded.challenge, excluded.cross_unit_reason, excluded.current_shortfall,
               excluded.missing_learning, excluded.innovation_potential, excluded.outside_perspectives, excluded.status,
               excluded.decision_reason, excluded.decided_by_id, excluded.decided)
        RETURNING key
        """;

    /// <summary>
    /// A proposal is the proposal of one network at most. Links are moved once every network is written, first off the
    /// networks that give theirs up, so that a proposal passing from one network to another never has two for a moment.
    /// </summary>
    public const string UnlinkNetworkProposals = """
        UPDATE networks n SET proposal_id = NULL
        FROM import_network_proposals x LEFT JOIN theme_proposals t ON t.key = x.proposal
        WHERE n.key = x.network AND n.proposal_id IS NOT NULL AND n.proposal_id IS DISTINCT FROM t.id
        RETURNING n.key
        """;

    public const string LinkNetworkProposals = """
        UPDATE networks n SET proposal_id = t.id
        FROM import_network_proposals x JOIN theme_proposals t ON t.key = x.proposal
        WHERE n.key = x.network AND n.proposal_id IS DISTINCT FROM t.id
        RETURNING n.key
        """;

    /// <summary>A new meeting gets its agenda and minutes once every meeting is written (see <see cref="UnlinkMeetingDocuments"/>).</summary>
    public const string UpsertMeetings = """
        INSERT INTO meetings (key, network_id, title, date)
        SELECT s.key, n.id, s.title, s.date
        FROM import_meetings s JOIN networks n ON n.key = s.network LEFT JOIN meetings m ON m.key = s.key
        WHERE m.id IS NULL OR (m.network_id, m.title, m.date) IS DISTINCT FROM (n.id, s.title, s.date)
        ON CONFLICT (key) DO UPDATE SET network_id = excluded.network_id, title = excluded.title, date = excluded.date
        WHERE (meetings.network_id, meetings.title, meetings.date) IS DISTINCT FROM (excluded.network_id, excluded.title, excluded.date)
        RETURNING key
        """;

    /// <summary>
    /// A document is the agenda or the minutes of one meeting at most. As with networks' proposals, links are moved once
    /// every meeting is written, first off the meetings that give theirs up. Returns the documents that lose their meeting.
    /// </summary>
    public const string UnlinkMeetingDocuments = """
        WITH old AS (
            SELECT m.id, m.agenda_document_id AS agenda_id, m.minutes_document_id AS minutes_id, a.id AS new_agenda_id, n.id AS new_minutes_id
            FROM import_meeting_documents x JOIN meetings m ON m.key = x.meeting
                 LEFT JOIN documents a ON a.key = x.agenda LEFT JOIN documents n ON n.key = x.minutes
            WHERE (m.agenda_document_id IS NOT NULL AND m.agenda_document_id IS DISTINCT FROM a.id)
               OR (m.minutes_document_id IS NOT NULL AND m.minutes_document_id IS DISTINCT FROM n.id)
        ), unlinked AS (
            UPDATE meetings m
            SET agenda_document_id = CASE WHEN o.agenda_id IS DISTINCT FROM o.new_agenda_id THEN NULL ELSE m.agenda_document_id END,
                minutes_document_id = CASE WHEN o.minutes_id IS DISTINCT FROM o.new_minutes_id THEN NULL ELSE m.minutes_document_id END
            FROM old o WHERE m.id = o.id
            RETURNING m.id
        )
        SELECT d.key FROM old o JOIN documents d
            ON (d.id = o.agenda_id AND o.agenda_id IS DISTINCT FROM o.new_agenda_id)
            OR (d.id = o.minutes_id AND o.minutes_id IS DISTINCT FROM o.new_minutes_id)
        """;

    /// <summary>Returns the meetings whose agenda or minutes changed.</summary>
    public const string LinkMeetingDocuments = """
        UPDATE meetings m SET agenda_document_id = a.id, minutes_document_id = n.id
        FROM import_meeting_documents x LEFT JOIN documents a ON a.key = x.agenda LEFT JOIN documents n ON n.key = x.minutes
        WHERE m.key = x.meeting AND (m.agenda_document_id, m.minutes_document_id) IS DISTINCT FROM (a.id, n.id)
        RETURNING m.key
        """;

    /// <summary>The agendas and minutes of the meetings the import changed: what the index knows of them changes with their meeting.</summary>
    public const string MeetingDocuments = """
        SELECT d.key FROM meetings m JOIN documents d ON d.id = m.agenda_document_id OR d.id = m.minutes_document_id
        WHERE m.key = ANY(@keys)
        """;

    public static readonly LinkSet NetworkTopics = new("network_topics", "network_id", "competence_id", "networks", "competences",
        "import_networks", "import_network_topics", "network", "competence");

    public static readonly LinkSet ProposalUnits = new("theme_proposal_units", "proposal_id", "unit_id", "theme_proposals", "units",
        "import_proposals", "import_proposal_units", "proposal", "unit");

    /// <summary>Returns the people too: a meeting's participants are named in its agenda's and minutes' index entries.</summary>
    public static readonly LinkSet MeetingParticipants = new("meeting_participants", "meeting_id", "person_id", "meetings", "people",
        "import_meetings", "import_meeting_participants", "meeting", "person", ReturnsTarget: true);

    public static readonly LinkSet MeetingTemplates = new("meeting_templates", "meeting_id", "document_id", "meetings", "documents",
        "import_meetings", "import_meeting_templates", "meeting", "document");
}

/// <summary>
/// A link table the import replaces per owner (a network's topics, a proposal's affected units, a meeting's participants
/// and templates): <see cref="Delete"/> removes every link of an imported owner that its staged links no longer list,
/// <see cref="Insert"/> adds the new ones. Both return the keys of the owners changed, and with
/// <paramref name="ReturnsTarget"/> the key of the linked row as well.
/// </summary>
internal sealed record LinkSet(string Table, string OwnerColumn, string TargetColumn, string OwnerTable, string TargetTable,
    string StagedOwners, string StagedLinks, string StagedOwner, string StagedTarget, bool ReturnsTarget = false)
{
    public string Delete { get; } = $"""
        DELETE FROM {Table} l
        USING {StagedOwners} s JOIN {OwnerTable} o ON o.key = s.key
        WHERE l.{OwnerColumn} = o.id
          AND NOT EXISTS (SELECT 1 FROM {StagedLinks} x JOIN {TargetTable} t ON t.key = x.{StagedTarget}
                          WHERE x.{StagedOwner} = s.key AND t.id = l.{TargetColumn})
        RETURNING s.key{(ReturnsTarget ? $", (SELECT key FROM {TargetTable} WHERE id = l.{TargetColumn})" : "")}
        """;

    public string Insert { get; } = $"""
        WITH written AS (
            INSERT INTO {Table} ({OwnerColumn}, {TargetColumn})
            SELECT o.id, t.id
            FROM {StagedLinks} x JOIN {OwnerTable} o ON o.key = x.{StagedOwner} JOIN {TargetTable} t ON t.key = x.{StagedTarget}
            WHERE NOT EXISTS (SELECT 1 FROM {Table} l WHERE l.{OwnerColumn} = o.id AND l.{TargetColumn} = t.id)
            ON CONFLICT DO NOTHING
            RETURNING {OwnerColumn}, {TargetColumn}
        )
        {(ReturnsTarget
            ? $"SELECT o.key, t.key FROM written w JOIN {OwnerTable} o ON o.id = w.{OwnerColumn} JOIN {TargetTable} t ON t.id = w.{TargetColumn}"
            : $"SELECT DISTINCT o.key FROM written w JOIN {OwnerTable} o ON o.id = w.{OwnerColumn}")}
        """;
}
