using ExpertFinder.Api.Import;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Import;

/// <summary>
/// The optional fields and files the practices add to the dataset format (docs/dataset-format.md): units' needs, people's
/// "ask me about" and willingness, theme proposals, networks' proposals and meetings.
/// </summary>
public sealed class PracticeImportTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Every_new_field_arrives_in_the_database_and_a_re_import_changes_nothing()
    {
        using var dataset = Practices("rt");

        var (summary, counts) = await server.ImportAsync(dataset);

        Assert.True(counts is not null, string.Join('\n', summary.Errors));
        Assert.Equal((2, 2), (summary.Proposals, summary.Meetings));
        Assert.Equal(
            ["rt-a {\"Spørg mig om hverdagsrehabilitering\",\"Træningsforløb i eget hjem\"} True True True", "rt-b {} False False False"],
            await RowsAsync("SELECT key || ' ' || ask_me_about::text || ' ' || initcap(open_to_mentoring::text) || ' ' || initcap(open_to_job_rotation::text) || ' ' || initcap(open_to_meeting_colleagues::text) FROM people WHERE key LIKE 'rt-%'"));
        Assert.Equal(
            ["rt-afd rt-k1 3 2 -", "rt-afd rt-k2 4 1 2030"],
            await RowsAsync("SELECT u.key || ' ' || c.key || ' ' || n.level || ' ' || n.people || ' ' || coalesce(n.year::text, '-') FROM unit_competence_needs n JOIN units u ON u.id = n.unit_id JOIN competences c ON c.id = n.competence_id WHERE u.key LIKE 'rt-%'"));
        Assert.Equal(
            ["rt-p1 learning rt-a rt-kommune 2026-04-20 submitted - - - Borgerne får hjælp hurtigere|Udfordring|Tværgående|Mangler|Læring|Potentiale|Borgerrådgiver",
             "rt-p2 welfare rt-a rt-kommune 2026-11-02 approved rt-b 2027-01-14 God og tværgående idé -|-|-|-|-|-|-"],
            await RowsAsync("""
                SELECT concat_ws(' ', t.key, t.kind, p.key, m.key, t.submitted, t.status, coalesce(d.key, '-'), coalesce(t.decided::text, '-'),
                    coalesce(t.decision_reason, '-'),
                    concat_ws('|', coalesce(t.citizen_value, '-'), coalesce(t.challenge, '-'), coalesce(t.cross_unit_reason, '-'),
                        coalesce(t.current_shortfall, '-'), coalesce(t.missing_learning, '-'), coalesce(t.innovation_potential, '-'),
                        coalesce(t.outside_perspectives, '-')))
                FROM theme_proposals t JOIN people p ON p.id = t.proposer_id JOIN units m ON m.id = t.municipality_id LEFT JOIN people d ON d.id = t.decided_by_id
                WHERE t.key LIKE 'rt-%'
                """));
        Assert.Equal(["rt-p1 rt-afd", "rt-p1 rt-kultur"],
            await RowsAsync("SELECT t.key || ' ' || u.key FROM theme_proposal_units a JOIN theme_proposals t ON t.id = a.proposal_id JOIN units u ON u.id = a.unit_id WHERE t.key LIKE 'rt-%'"));
        Assert.Equal(["rt-n evaluated -", "rt-w proposed rt-p2"],
            await RowsAsync("SELECT n.key || ' ' || n.status || ' ' || coalesce(t.key, '-') FROM networks n LEFT JOIN theme_proposals t ON t.id = n.proposal_id WHERE n.key LIKE 'rt-%'"));
        Assert.Equal(["rt-m1 rt-n 2026-03-10 rt-dagsorden rt-referat Første møde", "rt-m2 rt-n 2026-05-12 - - Andet møde"],
            await RowsAsync("SELECT m.key || ' ' || n.key || ' ' || m.date || ' ' || coalesce(a.key, '-') || ' ' || coalesce(r.key, '-') || ' ' || m.title FROM meetings m JOIN networks n ON n.id = m.network_id LEFT JOIN documents a ON a.id = m.agenda_document_id LEFT JOIN documents r ON r.id = m.minutes_document_id WHERE m.key LIKE 'rt-%'"));
        Assert.Equal(["rt-m1 rt-a", "rt-m1 rt-b", "rt-m2 rt-b"],
            await RowsAsync("SELECT m.key || ' ' || p.key FROM meeting_participants x JOIN meetings m ON m.id = x.meeting_id JOIN people p ON p.id = x.person_id WHERE m.key LIKE 'rt-%'"));
        Assert.Equal(["rt-m1 rt-skabelon"],
            await RowsAsync("SELECT m.key || ' ' || d.key FROM meeting_templates x JOIN meetings m ON m.id = x.meeting_id JOIN documents d ON d.id = x.document_id WHERE m.key LIKE 'rt-%'"));

        var (_, again) = await server.ImportAsync(dataset);

        Assert.Equal(0, again!.Total);
        Assert.Equal(0, again.QueuedForIndex);
    }

    [Fact]
    public async Task A_version_1_line_keeps_what_the_extensions_set_and_a_stated_field_replaces_it()
    {
        using var dataset = Practices("keep");
        await server.ImportAsync(dataset);

        // The same people, units and networks as version 1 lines: nothing of the extensions is stated.
        dataset.Replace("units.jsonl",
            new { key = "keep-kommune", name = "Aarhus Kommune", kind = "municipality" },
            new { key = "keep-afd", name = "Sundhed og Omsorg", kind = "department", parent = "keep-kommune" },
            new { key = "keep-kultur", name = "Kultur og Borgerservice", kind = "department", parent = "keep-kommune" });
        dataset.Replace("people.jsonl",
            new { key = "keep-a", name = "keep-a", unit = "keep-afd", competences = new[] { new { competence = "keep-k1", level = 4 } } },
            new { key = "keep-b", name = "keep-b", unit = "keep-kultur" });
        dataset.Replace("networks.jsonl",
            new { key = "keep-n", name = "Rehabiliteringsnetværket", kind = "innovation", status = "evaluated" },
            new { key = "keep-w", name = "Velfærdsnetværk om ensomhed", kind = "welfare", status = "proposed" });
        var (_, counts) = await server.ImportAsync(dataset);

        Assert.Equal(0, counts!.Total);
        Assert.Equal(["keep-a True 2", "keep-b False 0"],
            await RowsAsync("SELECT key || ' ' || initcap(open_to_mentoring::text) || ' ' || cardinality(ask_me_about) FROM people WHERE key LIKE 'keep-%'"));
        Assert.Equal(2, await ScalarAsync<long>("SELECT count(*) FROM unit_competence_needs n JOIN units u ON u.id = n.unit_id WHERE u.key = 'keep-afd'"));
        Assert.Equal(["keep-w keep-p2"],
            await RowsAsync("SELECT n.key || ' ' || t.key FROM networks n JOIN theme_proposals t ON t.id = n.proposal_id WHERE n.key LIKE 'keep-%'"));

        // Stated, even as empty or null, the fields replace what was there.
        dataset.Replace("units.jsonl",
            new { key = "keep-kommune", name = "Aarhus Kommune", kind = "municipality" },
            new { key = "keep-afd", name = "Sundhed og Omsorg", kind = "department", parent = "keep-kommune", needs = new[] { new { competence = "keep-k2", level = 2, year = 2030 } } },
            new { key = "keep-kultur", name = "Kultur og Borgerservice", kind = "department", parent = "keep-kommune" });
        dataset.Replace("people.jsonl",
            new { key = "keep-a", name = "keep-a", unit = "keep-afd", competences = new[] { new { competence = "keep-k1", level = 4 } }, askMeAbout = Array.Empty<string>(), openToMentoring = false },
            new { key = "keep-b", name = "keep-b", unit = "keep-kultur" });
        dataset.Replace("networks.jsonl",
            new { key = "keep-n", name = "Rehabiliteringsnetværket", kind = "innovation", status = "evaluated" },
            new Dictionary<string, object?> { ["key"] = "keep-w", ["name"] = "Velfærdsnetværk om ensomhed", ["kind"] = "welfare", ["status"] = "proposed", ["proposal"] = null });
        var (_, replaced) = await server.ImportAsync(dataset);

        Assert.Equal(["keep-a"], replaced!.Changed!.People);
        Assert.Empty(replaced.Changed.Units); // needs are not searched: the unit's people are not re-indexed for them
        Assert.Equal(["keep-a False 0 True", "keep-b False 0 False"],
            await RowsAsync("SELECT key || ' ' || initcap(open_to_mentoring::text) || ' ' || cardinality(ask_me_about) || ' ' || initcap(open_to_job_rotation::text) FROM people WHERE key LIKE 'keep-%'"));
        Assert.Equal(["keep-k2 2 1 2030"],
            await RowsAsync("SELECT c.key || ' ' || n.level || ' ' || n.people || ' ' || n.year FROM unit_competence_needs n JOIN units u ON u.id = n.unit_id JOIN competences c ON c.id = n.competence_id WHERE u.key = 'keep-afd'"));
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM networks WHERE key = 'keep-w' AND proposal_id IS NOT NULL"));
    }

    [Fact]
    public async Task A_changed_meeting_marks_its_agenda_and_minutes_and_its_new_participants_as_changed()
    {
        using var dataset = Practices("chm");
        await server.ImportAsync(dataset);

        // chm-a leaves the first meeting; the second gets the agenda and minutes of the first.
        dataset.Replace("meetings.jsonl",
            new { key = "chm-m1", network = "chm-n", title = "Første møde", date = "2026-03-10", participants = new[] { "chm-b" }, templates = new[] { "chm-skabelon" } },
            new { key = "chm-m2", network = "chm-n", title = "Andet møde", date = "2026-05-12", agenda = "chm-dagsorden", minutes = "chm-referat", participants = new[] { "chm-b" } });
        var (_, counts) = await server.ImportAsync(dataset);

        Assert.Equal(["chm-dagsorden", "chm-referat"], counts!.Changed!.Documents.Order(StringComparer.Ordinal));
        Assert.Equal(["chm-a"], counts.Changed.People);
        Assert.Equal(2, counts.Meetings);
        Assert.Equal(["chm-m1 - -", "chm-m2 chm-dagsorden chm-referat"],
            await RowsAsync("SELECT m.key || ' ' || coalesce(a.key, '-') || ' ' || coalesce(r.key, '-') FROM meetings m LEFT JOIN documents a ON a.id = m.agenda_document_id LEFT JOIN documents r ON r.id = m.minutes_document_id WHERE m.key LIKE 'chm-%'"));
    }

    [Fact]
    public async Task Agendas_and_proposals_may_change_hands_between_objects_of_different_batches()
    {
        using var dataset = Practices("swap")
            .Add("proposals.jsonl", new { key = "swap-p3", title = "Tredje tema", kind = "learning", proposer = "swap-a", submitted = "2026-04-02", status = "approved", decided = "2026-06-17" })
            .Add("networks.jsonl", new { key = "swap-v", name = "Andet netværk", kind = "learning", status = "proposed", proposal = "swap-p3" });
        await server.ImportAsync(dataset);

        // The agenda and minutes of m1 go to m2 and the other way round; the two proposals trade networks. One record a
        // batch: each link is taken before its old holder (in a later batch) is written, which a unique index refuses
        // unless the links move once every meeting and network is written.
        dataset.Replace("meetings.jsonl",
            new { key = "swap-m1", network = "swap-n", title = "Første møde", date = "2026-03-10", agenda = "swap-referat", minutes = "swap-dagsorden" },
            new { key = "swap-m2", network = "swap-n", title = "Andet møde", date = "2026-05-12", agenda = "swap-dagsorden", minutes = "swap-referat" });
        dataset.Replace("networks.jsonl",
            new { key = "swap-n", name = "Rehabiliteringsnetværket", kind = "innovation", status = "evaluated" },
            new { key = "swap-v", name = "Andet netværk", kind = "learning", status = "proposed", proposal = "swap-p2" },
            new { key = "swap-w", name = "Velfærdsnetværk om ensomhed", kind = "welfare", status = "proposed", proposal = "swap-p3" });
        var (summary, counts) = await new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>()) { BatchLimits = new(Records: 1, Bytes: 1024 * 1024) }
            .RunAsync(dataset.Directory, null, CancellationToken.None);

        Assert.True(counts is not null, string.Join('\n', summary.Errors));
        Assert.Equal(["swap-m1 swap-referat swap-dagsorden", "swap-m2 swap-dagsorden swap-referat"],
            await RowsAsync("SELECT m.key || ' ' || a.key || ' ' || r.key FROM meetings m JOIN documents a ON a.id = m.agenda_document_id JOIN documents r ON r.id = m.minutes_document_id WHERE m.key LIKE 'swap-%'"));
        Assert.Equal(["swap-v swap-p2", "swap-w swap-p3"],
            await RowsAsync("SELECT n.key || ' ' || t.key FROM networks n JOIN theme_proposals t ON t.id = n.proposal_id WHERE n.key LIKE 'swap-%'"));
        Assert.Equal(["swap-dagsorden", "swap-referat"], counts!.Changed!.Documents.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_proposal_without_a_municipality_goes_to_its_proposers_municipality()
    {
        using var dataset = Practices("mun");
        dataset.Replace("proposals.jsonl", new { key = "mun-p", title = "Tema", kind = "learning", proposer = "mun-b", submitted = "2026-04-30" });
        dataset.Replace("networks.jsonl", new { key = "mun-n", name = "Netværk", kind = "innovation" });

        var (summary, counts) = await server.ImportAsync(dataset);

        Assert.True(counts is not null, string.Join('\n', summary.Errors));
        Assert.Equal("mun-kommune", await ScalarAsync<string>("SELECT u.key FROM theme_proposals t JOIN units u ON u.id = t.municipality_id WHERE t.key = 'mun-p'"));
    }

    [Fact]
    public async Task Every_error_of_the_new_fields_and_files_is_refused_with_its_file_and_line_and_nothing_is_written()
    {
        using var earlier = Practices("old");
        await server.ImportAsync(earlier);

        using var dataset = TestDataset.WithOrganisation("err")
            .Add("units.jsonl", new { key = "err-team", name = "Team", kind = "team", parent = "err-afd", needs = new object[]
            {
                new { competence = "err-k", level = 6 },
                new { competence = "ghost-k", level = 2, people = 0, year = 1999 },
                new { competence = "err-k", level = 2 },
                new { competence = "err-k", level = 3 },
                new { competence = "ghost-k", level = 3 },
            } })
            .Add("competences.jsonl", new { key = "err-k", name = "Rehabilitering" })
            .Add("people.jsonl", new { key = "err-a", name = "A", unit = "err-afd", askMeAbout = new[] { "", new string('x', 201) }, openToMentoring = "ja" })
            .Add("people.jsonl", new { key = "err-b", name = "B", unit = "err-team", askMeAbout = Enumerable.Range(1, 21).Select(i => $"emne {i}").ToArray() })
            .Add("proposals.jsonl", new { key = "err-p1", title = "Tema", kind = "study-circle", proposer = "ghost", municipality = "err-afd", submitted = "1. maj", affectedUnits = new[] { "nowhere" } })
            .Add("proposals.jsonl", new { key = "err-p2", title = "Tema", kind = "learning", municipality = "err-kommune", submitted = "2026-04-01", status = "approved" })
            .Add("proposals.jsonl", new { key = "err-p3", title = "Tema", kind = "learning", submitted = "2026-04-01", decided = "2026-03-01", status = "rejected", challenge = new string('u', 4001) })
            .Add("proposals.jsonl", new { key = "err-p4", title = "Tema", kind = "learning", proposer = "err-a", submitted = "2026-04-01", decidedBy = "err-b" })
            .Add("networks.jsonl", new { key = "err-n1", name = "N", kind = "learning", status = "evaluated", proposal = "err-p2" })
            .Add("networks.jsonl", new { key = "err-n2", name = "N", kind = "learning", proposal = "err-p2" })
            .Add("networks.jsonl", new { key = "err-n3", name = "N", kind = "learning", status = "paused", proposal = "ghost-p" })
            .Add("networks.jsonl", new { key = "err-n4", name = "N", kind = "welfare", proposal = "old-p2" })
            .Add("documents.jsonl", new { key = "err-d", title = "Dagsorden", kind = "agenda", text = "Punkter." })
            .Add("meetings.jsonl", new { key = "err-m1", network = "err-n1", title = "Møde", date = "2026-03-10", agenda = "err-d", minutes = "err-d" })
            .Add("meetings.jsonl", new { key = "err-m2", network = "ghost-n", title = "Møde", date = "2026-02-30", agenda = "err-d", templates = new[] { "ghost-d" }, participants = new[] { "ghost" } })
            .Add("meetings.jsonl", new { key = "err-m3", title = "", minutes = "old-referat" })
            .Add("meetings.jsonl", new { key = "err-m1", network = "err-n1", title = "Møde igen", date = "2026-04-10" });
        var before = await ScalarAsync<long>("SELECT (SELECT count(*) FROM theme_proposals) + (SELECT count(*) FROM meetings) + (SELECT count(*) FROM unit_competence_needs) + (SELECT count(*) FROM people)");

        var (summary, counts) = await server.ImportAsync(dataset);

        Assert.Null(counts);
        Assert.Equal(
        [
            "units.jsonl:3: 'needs[0].level' must be between 1 and 5, not 6",
            "units.jsonl:3: 'needs[1].people' must be between 1 and 10000, not 0",
            "units.jsonl:3: 'needs[1].year' must be between 2000 and 2200, not 1999",
            "units.jsonl:3: 'needs[3]' repeats competence 'err-k' for today",
            "units.jsonl:3: 'needs.competence' refers to 'ghost-k', which is neither in competences.jsonl nor in the database",
            "people.jsonl:1: 'askMeAbout[0]' must be a non-empty string",
            "people.jsonl:1: 'askMeAbout[1]' must be at most 200 characters",
            "people.jsonl:1: 'openToMentoring' must be true or false, not a string",
            "people.jsonl:2: 'askMeAbout' has 21 statements; at most 20 are allowed",
            "proposals.jsonl:1: 'kind' must be one of learning, welfare, innovation, leadership, professional, project, not 'study-circle'",
            "proposals.jsonl:1: 'submitted' must be a date in the form YYYY-MM-DD, not '1. maj'",
            "proposals.jsonl:1: 'affectedUnits' refers to 'nowhere', which is neither in units.jsonl nor in the database",
            "proposals.jsonl:1: 'proposer' refers to 'ghost', which is neither in people.jsonl nor in the database",
            "proposals.jsonl:1: 'municipality' refers to 'err-afd', which is a department, not a municipality",
            "proposals.jsonl:2: 'decided' is required for a proposal with status 'approved'",
            "proposals.jsonl:3: 'municipality' is required when there is no 'proposer' (whose municipality it would be)",
            "proposals.jsonl:3: 'challenge' must be at most 4000 characters",
            "proposals.jsonl:3: 'decided' is before 'submitted'",
            "proposals.jsonl:4: a proposal with status 'submitted' has no 'decided', 'decidedBy' or 'decisionReason' yet",
            "networks.jsonl:2: 'proposal' refers to 'err-p2', which is already the proposal of network 'err-n1' on line 1",
            "networks.jsonl:3: 'status' must be one of proposed, active, testing, evaluated, closed, not 'paused'",
            "networks.jsonl:3: 'proposal' refers to 'ghost-p', which is neither in proposals.jsonl nor in the database",
            "networks.jsonl:4: 'proposal' refers to 'old-p2', which is already the proposal of network 'old-w' in the database",
            "meetings.jsonl:1: 'minutes' names the agenda 'err-d': a meeting's agenda and minutes are two documents",
            "meetings.jsonl:2: 'date' must be a date in the form YYYY-MM-DD, not '2026-02-30'",
            "meetings.jsonl:2: 'agenda' refers to 'err-d', which is already the agenda of meeting 'err-m1' on line 1",
            "meetings.jsonl:2: 'participants' refers to 'ghost', which is neither in people.jsonl nor in the database",
            "meetings.jsonl:2: 'network' refers to 'ghost-n', which is neither in networks.jsonl nor in the database",
            "meetings.jsonl:2: 'templates' refers to 'ghost-d', which is neither in documents.jsonl nor in the database",
            "meetings.jsonl:3: 'network' is required",
            "meetings.jsonl:3: 'title' must not be empty",
            "meetings.jsonl:3: 'date' is required",
            "meetings.jsonl:3: 'minutes' refers to 'old-referat', which is already the minutes of meeting 'old-m1' in the database",
            "meetings.jsonl:4: key 'err-m1' is already used on line 1",
        ], summary.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await ScalarAsync<long>("SELECT (SELECT count(*) FROM theme_proposals) + (SELECT count(*) FROM meetings) + (SELECT count(*) FROM unit_competence_needs) + (SELECT count(*) FROM people)"));
    }

    /// <summary>A small organisation that uses every new field and file, keyed by <paramref name="prefix"/>.</summary>
    private static TestDataset Practices(string prefix)
    {
        string K(string key) => prefix + "-" + key;
        return new TestDataset()
            .Add("units.jsonl", new { key = K("kommune"), name = "Aarhus Kommune", kind = "municipality" })
            .Add("units.jsonl", new { key = K("kultur"), name = "Kultur og Borgerservice", kind = "department", parent = K("kommune") })
            .Raw("units.jsonl", $$"""{"key": "{{K("afd")}}", "name": "Sundhed og Omsorg", "kind": "department", "parent": "{{K("kommune")}}", "needs": [{"competence": "{{K("k1")}}", "level": 3, "people": 2}, {"competence": "{{K("k2")}}", "level": 4, "year": 2030}]}""")
            .Add("competences.jsonl", new { key = K("k1"), name = "Rehabilitering" })
            .Add("competences.jsonl", new { key = K("k2"), name = "Velfærdsteknologi" })
            .Add("people.jsonl", new
            {
                key = K("a"), name = K("a"), unit = K("afd"), competences = new[] { new { competence = K("k1"), level = 4 } },
                askMeAbout = new[] { "Spørg mig om hverdagsrehabilitering", "Træningsforløb i eget hjem" },
                openToMentoring = true, openToJobRotation = true, openToMeetingColleagues = true,
            })
            .Add("people.jsonl", new { key = K("b"), name = K("b"), unit = K("kultur") })
            .Add("proposals.jsonl", new
            {
                key = K("p1"), title = "Hverdagsrehabilitering på tværs", kind = "learning", proposer = K("a"), municipality = K("kommune"),
                submitted = "2026-04-20", citizenValue = "Borgerne får hjælp hurtigere", challenge = "Udfordring", crossUnitReason = "Tværgående",
                currentShortfall = "Mangler", missingLearning = "Læring", innovationPotential = "Potentiale", outsidePerspectives = "Borgerrådgiver",
                affectedUnits = new[] { K("afd"), K("kultur") },
            })
            .Add("proposals.jsonl", new
            {
                key = K("p2"), title = "Ensomhed blandt ældre", kind = "welfare", proposer = K("a"), submitted = "2026-11-02",
                status = "approved", decidedBy = K("b"), decided = "2027-01-14", decisionReason = "God og tværgående idé",
            })
            .Add("networks.jsonl", new { key = K("n"), name = "Rehabiliteringsnetværket", kind = "innovation", status = "evaluated" })
            .Add("networks.jsonl", new { key = K("w"), name = "Velfærdsnetværk om ensomhed", kind = "welfare", status = "proposed", proposal = K("p2") })
            .Add("documents.jsonl", new { key = K("dagsorden"), title = "Dagsorden", kind = "agenda", text = "Punkter om rehabilitering.", network = K("n") })
            .Add("documents.jsonl", new { key = K("referat"), title = "Referat", kind = "minutes", text = "Vi talte om rehabilitering.", network = K("n") })
            .Add("documents.jsonl", new { key = K("skabelon"), title = "Skabelon", kind = "template", text = "Før og efter mødet." })
            .Add("meetings.jsonl", new
            {
                key = K("m1"), network = K("n"), title = "Første møde", date = "2026-03-10", agenda = K("dagsorden"), minutes = K("referat"),
                templates = new[] { K("skabelon") }, participants = new[] { K("a"), K("b") },
            })
            .Add("meetings.jsonl", new { key = K("m2"), network = K("n"), title = "Andet møde", date = "2026-05-12", participants = new[] { K("b") } });
    }

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
