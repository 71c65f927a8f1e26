using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Tests.Security.Auth;
using ExpertFinder.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using static ExpertFinder.Api.Tests.Http.MutationRequests;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;
using static ExpertFinder.Api.Tests.Security.Auth.PermissionMutations;

namespace ExpertFinder.Api.Tests.Features.Meetings;

/// <summary>
/// Meetings shared before and after: agenda and minutes tied as one meeting, found from either, and taking part
/// counts as weak evidence, in the index entry of the agenda and minutes, kept up to date by the meeting mutations
/// and by a full rebuild alike.
/// </summary>
public sealed class MeetingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string MeetingFields = "key title date network { key } agenda { key } minutes { key } sharedBeforeAndAfter templates { nodes { key } } participants { nodes { key } }";
    private const string Create = $"mutation($input: CreateMeetingInput!) {{ createMeeting(input: $input) {{ meeting {{ id {MeetingFields} }} {Errors} }} }}";
    private const string Update = $"mutation($input: UpdateMeetingInput!) {{ updateMeeting(input: $input) {{ meeting {{ {MeetingFields} }} {Errors} }} }}";
    private const string Delete = $"mutation($input: DeleteMeetingInput!) {{ deleteMeeting(input: $input) {{ deletedId {Errors} }} }}";

    /// <summary>
    /// The permission organisation (anna facilitates P-net, bo is a member) with an agenda and minutes anna wrote, a
    /// template, Pia who wrote nothing, and a hidden colleague.
    /// </summary>
    private static TestDataset Organisation(string p) => PermissionOrganisation.Of(p)
        .Add("people.jsonl", new { key = p + "-pia", name = "Pia Juhl", unit = p + "-a-pleje" })
        .Add("people.jsonl", new { key = p + "-skjult", name = "Signe Skjult", unit = p + "-a-pleje", visibility = "hidden" })
        .Add("documents.jsonl", new { key = p + "-agenda", title = "Dagsorden for netværksmødet", kind = "agenda", text = "Punkt 1: status.", date = "2025-03-01", network = p + "-net", authors = new[] { p + "-anna" } })
        .Add("documents.jsonl", new { key = p + "-minutes", title = "Referat af netværksmødet", kind = "minutes", text = "Vi drøftede hverdagsrehabilitering og træning i eget hjem.", date = "2025-03-10", network = p + "-net", authors = new[] { p + "-anna" } })
        .Add("documents.jsonl", new { key = p + "-template", title = "Skabelon til forberedelse", kind = "template", text = "Hvad vil du have ud af mødet?" });

    /// <summary>A meeting of the organisation with prefix <paramref name="p"/>, titled after it: the key is made from the title, and the tests share a database.</summary>
    private static object NewMeeting(string p, params string[] participants) => new
    {
        networkId = Id("Network", p + "-net"), title = $"Netværksmøde i marts hos {p}", date = "2025-03-08",
        agendaId = Id("Document", p + "-agenda"), minutesId = Id("Document", p + "-minutes"), templateIds = new[] { Id("Document", p + "-template") },
        participantIds = participants.Select(k => Id("Person", p + "-" + k)).ToArray(),
    };

    [Fact]
    public async Task A_meeting_ties_its_agenda_and_minutes_and_its_participants_are_found_by_the_words_of_its_minutes_until_it_is_deleted()
    {
        await server.SeedAsync(Organisation("mt"));
        Assert.DoesNotContain("mt-pia", await server.ExpertKeysAsync("hverdagsrehabilitering"));

        var created = await server.MutateAsync(Create, NewMeeting("mt", "pia", "bo", "skjult"));
        var id = created.GetProperty("meeting").GetProperty("id").GetString()!;
        var foundAfterCreate = await server.ExpertKeysAsync("hverdagsrehabilitering");
        var namingAfterCreate = await NamingAsync("mt-pia");
        var hiddenNamed = await NamingAsync("mt-skjult");
        await server.Services.GetRequiredService<IndexSynchronizer>().RebuildAsync(CancellationToken.None);
        var foundAfterRebuild = await server.ExpertKeysAsync("hverdagsrehabilitering");
        var namingAfterRebuild = await NamingAsync("mt-pia");
        var fromMinutes = await server.QueryAsync($$"""
            { document(key: "mt-minutes") { meeting { title agenda { title } participants { nodes { key } } } }
              network(key: "mt-net") { meetings { nodes { key } } }
              node(id: "{{id}}") { __typename ... on Meeting { key date } } }
            """);
        var deleted = await server.MutateAsync(Delete, new { id });
        var foundAfterDelete = await server.ExpertKeysAsync("hverdagsrehabilitering");

        AssertSucceeded(created);
        // The hidden participant is listed only to those who may see them (the admin who recorded the meeting, not an
        // anonymous reader), and never enters the index.
        Assert.Equal("""
            {"key":"netvaerksmoede-i-marts-hos-mt","title":"Netværksmøde i marts hos mt","date":"2025-03-08","network":{"key":"mt-net"},"agenda":{"key":"mt-agenda"},"minutes":{"key":"mt-minutes"},"sharedBeforeAndAfter":true,"templates":{"nodes":[{"key":"mt-template"}]},"participants":{"nodes":[{"key":"mt-bo"},{"key":"mt-pia"},{"key":"mt-skjult"}]}}
            """, Compact(Without(created.GetProperty("meeting"), "id")));
        // Weak evidence: found, but below Anna, who wrote the minutes.
        Assert.Contains("mt-pia", foundAfterCreate);
        Assert.True(foundAfterCreate.IndexOf("mt-anna") < foundAfterCreate.IndexOf("mt-pia"), string.Join(", ", foundAfterCreate));
        Assert.Equal(["mt-agenda", "mt-minutes"], namingAfterCreate);
        Assert.Empty(hiddenNamed);
        Assert.Contains("mt-pia", foundAfterRebuild);
        Assert.Equal(["mt-agenda", "mt-minutes"], namingAfterRebuild);
        Assert.Equal("""
            {"document":{"meeting":{"title":"Netværksmøde i marts hos mt","agenda":{"title":"Dagsorden for netværksmødet"},"participants":{"nodes":[{"key":"mt-bo"},{"key":"mt-pia"}]}}},"network":{"meetings":{"nodes":[{"key":"netvaerksmoede-i-marts-hos-mt"}]}},"node":{"__typename":"Meeting","key":"netvaerksmoede-i-marts-hos-mt","date":"2025-03-08"}}
            """, Compact(fromMinutes.GetProperty("data")));
        Assert.Equal(id, deleted.GetProperty("deletedId").GetString());
        Assert.DoesNotContain("mt-pia", foundAfterDelete);
        Assert.Empty(await NamingAsync("mt-pia"));
        Assert.Contains("mt-anna", foundAfterDelete);
        var afterDelete = await server.QueryAsync("""{ document(key: "mt-minutes") { key meeting { key } } }""");
        Assert.Equal("""{"document":{"key":"mt-minutes","meeting":null}}""", afterDelete.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Changing_the_minutes_or_the_participants_moves_the_evidence_with_them()
    {
        await server.SeedAsync(Organisation("mu"));
        var created = await server.MutateAsync(Create, NewMeeting("mu", "pia"));
        var id = created.GetProperty("meeting").GetProperty("id").GetString()!;

        var withoutMinutes = await server.MutateAsync(Update, new Dictionary<string, object?> { ["id"] = id, ["minutesId"] = null, ["participantIds"] = new[] { Id("Person", "mu-leder") } });

        Assert.Equal("""{"agenda":{"key":"mu-agenda"},"minutes":null,"sharedBeforeAndAfter":false,"participants":{"nodes":[{"key":"mu-leder"}]}}""",
            Compact(Only(withoutMinutes.GetProperty("meeting"), "agenda", "minutes", "sharedBeforeAndAfter", "participants")));
        Assert.Empty(await NamingAsync("mu-pia"));
        Assert.Equal(["mu-agenda"], await NamingAsync("mu-leder"));
    }

    [Fact]
    public async Task A_participant_who_becomes_visible_enters_the_index_of_the_minutes_and_a_deleted_network_takes_its_meetings_evidence_along()
    {
        await server.SeedAsync(Organisation("mv")
            .Add("documents.jsonl", new { key = "mv-loose", title = "Referat uden netværk", kind = "minutes", text = "Løst referat.", authors = new[] { "mv-carl" } }));
        var created = await server.MutateAsync(Create, new
        {
            networkId = Id("Network", "mv-net"), title = "Møde", date = "2025-05-01", minutesId = Id("Document", "mv-loose"),
            participantIds = new[] { Id("Person", "mv-skjult"), Id("Person", "mv-pia") },
        });
        AssertSucceeded(created);
        Assert.Empty(await NamingAsync("mv-skjult"));

        AssertSucceeded(await server.MutateAsync(
            $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ {Errors} }} }}", new { id = Id("Person", "mv-skjult"), visibility = "ORGANISATION" }));
        var namingOnceVisible = await NamingAsync("mv-skjult");
        AssertSucceeded(await server.MutateAsync($"mutation($input: DeleteNetworkInput!) {{ deleteNetwork(input: $input) {{ {Errors} }} }}", new { id = Id("Network", "mv-net") }));

        Assert.Equal(["mv-loose"], namingOnceVisible);
        Assert.Empty(await NamingAsync("mv-pia"));
        var meeting = await server.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = created.GetProperty("meeting").GetProperty("id").GetString() });
        Assert.Equal("""{"node":null}""", meeting.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_document_is_the_agenda_or_minutes_of_one_meeting_only_and_the_lists_are_capped()
    {
        await server.SeedAsync(Organisation("ml"));
        AssertSucceeded(await server.MutateAsync(Create, NewMeeting("ml", "pia")));
        var meetings = await server.CountAsync("meetings");

        var minutesAgain = await server.MutateAsync(Create, new { networkId = Id("Network", "ml-net"), title = "Næste møde", date = "2025-04-01", agendaId = Id("Document", "ml-minutes") });
        var sameDocumentTwice = await server.MutateAsync(Create, new { networkId = Id("Network", "ml-net"), title = "Næste møde", date = "2025-04-01", agendaId = Id("Document", "ml-doc"), minutesId = Id("Document", "ml-doc") });
        var tooMany = await server.MutateAsync(Create, new
        {
            networkId = Id("Network", "ml-net"), title = "Stormøde", date = "2025-04-01",
            participantIds = Enumerable.Range(0, 201).Select(i => Id("Person", "ml-nobody-" + i)).ToArray(),
        });

        Assert.Equal([("ConflictError", "ALREADY_LINKED", "input.agendaId")], ErrorsOf(minutesAgain));
        Assert.Equal([("ValidationError", "DUPLICATE", "input.minutesId")], ErrorsOf(sameDocumentTwice));
        Assert.Contains(("ValidationError", "TOO_MANY", "input.participantIds"), ErrorsOf(tooMany));
        Assert.Equal(meetings, await server.CountAsync("meetings"));
    }

    [Fact]
    public async Task Facilitators_and_admins_record_meetings_and_a_member_or_an_anonymous_caller_may_not()
    {
        await server.SeedAsync(Organisation("mp"));
        var audited = await server.CountAsync("audit_log");
        var meetings = await server.CountAsync("meetings");

        var byMember = await server.MutateAsync(await server.AsAsync("mp-bo"), PermissionMutations.CreateMeeting, NewMeeting("mp", "bo"));
        var anonymous = await server.MutateAsync(Anonymous, PermissionMutations.CreateMeeting, NewMeeting("mp", "bo"));
        var byOtherMunicipality = await server.MutateAsync(await server.AsAsync("mp-bent", Role.Admin), PermissionMutations.CreateMeeting, NewMeeting("mp", "bo"));
        Assert.Equal(meetings, await server.CountAsync("meetings"));
        Assert.Equal(audited, await server.CountAsync("audit_log"));
        var byFacilitator = PermissionOrganisation.Succeeded(await server.MutateAsync(await server.AsAsync("mp-anna"), PermissionMutations.CreateMeeting, NewMeeting("mp", "bo")), "createMeeting");
        var id = byFacilitator.GetProperty("meeting").GetProperty("id").GetString()!;
        var updateByMember = await server.MutateAsync(await server.AsAsync("mp-bo"), PermissionMutations.UpdateMeeting, new { id, title = "Overtaget" });
        var deleteByMember = await server.MutateAsync(await server.AsAsync("mp-bo"), PermissionMutations.DeleteMeeting, new { id });
        var updateByAdmin = await server.MutateAsync(await server.AsAsync("mp-admin", Role.Admin), PermissionMutations.UpdateMeeting,
            new { id, title = "Netværksmøde (rettet)", participantIds = new[] { Person("mp-bo"), Person("mp-skjult") } });
        // Anna may not see her hidden colleague: she can neither name her nor, by replacing the list, drop her.
        var namingHidden = await server.MutateAsync(await server.AsAsync("mp-anna"), PermissionMutations.UpdateMeeting, new { id, participantIds = new[] { Person("mp-skjult") } });
        var replacedByFacilitator = await server.MutateAsync(await server.AsAsync("mp-anna"), PermissionMutations.UpdateMeeting, new { id, participantIds = new[] { Person("mp-pia") } });
        var participants = await server.ReadAsync($$"""{ node(id: "{{id}}") { ... on Meeting { participants { nodes { key } } } } }""");

        AssertForbiddenByPermissions(byMember);
        AssertUnauthenticated(anonymous);
        AssertForbiddenByPermissions(byOtherMunicipality);
        AssertForbiddenByPermissions(updateByMember);
        AssertForbiddenByPermissions(deleteByMember);
        Assert.Equal("Netværksmøde (rettet)", PermissionOrganisation.Succeeded(updateByAdmin, "updateMeeting").GetProperty("meeting").GetProperty("title").GetString());
        Assert.Equal([("NotFoundError", "NOT_FOUND", "input.participantIds.0")], ErrorsOf(namingHidden.Data.GetProperty("updateMeeting")));
        PermissionOrganisation.Succeeded(replacedByFacilitator, "updateMeeting");
        Assert.Equal("""{"node":{"participants":{"nodes":[{"key":"mp-pia"},{"key":"mp-skjult"}]}}}""", participants.GetRawText());
    }

    /// <summary>The documents whose index entries name the person, once every queued change is applied.</summary>
    private async Task<List<string>> NamingAsync(string personKey)
    {
        await server.Services.GetRequiredService<IndexSynchronizer>().DrainAsync(CancellationToken.None);
        return [.. server.Services.GetRequiredService<ExpertIndex>().DocumentsNaming([personKey]).Order(StringComparer.Ordinal)];
    }

    private static System.Text.Json.JsonElement Without(System.Text.Json.JsonElement element, string property) =>
        Only(element, [.. element.EnumerateObject().Select(p => p.Name).Where(n => n != property)]);

    private static System.Text.Json.JsonElement Only(System.Text.Json.JsonElement element, params string[] properties) =>
        System.Text.Json.JsonSerializer.SerializeToElement(properties.ToDictionary(p => p, p => element.GetProperty(p)));
}
