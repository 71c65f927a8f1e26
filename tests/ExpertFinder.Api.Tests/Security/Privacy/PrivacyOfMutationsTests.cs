using System.Net;
using System.Text.Json;
using ExpertFinder.Api.Schema.Conventions;
using static ExpertFinder.Api.Tests.Http.MutationRequests;
using static ExpertFinder.Api.Tests.Security.Privacy.PrivacyDataset;

namespace ExpertFinder.Api.Tests.Security.Privacy;

/// <summary>
/// Mutations find only people the caller may see: anyone else is a NotFoundError exactly like an ID that names
/// nobody, no payload shows them and no error message names them.
/// </summary>
[Collection(PrivacySuite.Name)]
public sealed class PrivacyOfMutationsTests(PrivacyFixture server)
{
    private const string UpdatePerson = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ person {{ key name email phone location }} {Errors} }} }}";
    private const string Endorse = $"mutation($input: EndorseCompetenceInput!) {{ endorseCompetence(input: $input) {{ endorsement {{ id }} {Errors} }} }}";
    private const string Withdraw = $"mutation($input: WithdrawEndorsementInput!) {{ withdrawEndorsement(input: $input) {{ endorsement {{ person {{ key }} }} personCompetence {{ person {{ key name }} }} {Errors} }} }}";

    public static TheoryData<Reader, Subject> UnseenCellsOfReadersWhoMayMutate
    {
        get
        {
            var data = new TheoryData<Reader, Subject>();
            foreach (var cell in PrivacyExpectations.Matrix.Where(c => !c.Sees && PrivacyExpectations.ForReader(c.Reader).MutationStatus == HttpStatusCode.OK))
            {
                data.Add(cell.Reader, cell.Subject);
            }
            return data;
        }
    }

    public static TheoryData<int> Withdrawals => new(Enumerable.Range(0, WithdrawableEndorsements.Length));

    /// <summary><c>updatePerson(input: {id})</c> changes nothing; what it answers is all that differs.</summary>
    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllCells), MemberType = typeof(PrivacyExpectations))]
    public async Task Update_person_payload(Reader reader, Subject subject)
    {
        var cell = PrivacyExpectations.Of(reader, subject);
        var (status, body) = await server.PostAsync(reader, UpdatePerson, new { input = new { id = Mentions.IdOf(subject) } });
        var what = $"updatePerson: {reader} on {subject}: HTTP {(int)status} {body}";

        Assert.True(status == (cell.Update == Update.Refused ? PrivacyExpectations.ForReader(reader).MutationStatus : HttpStatusCode.OK), what);
        var json = JsonDocument.Parse(body).RootElement;
        switch (cell.Update)
        {
            case Update.Refused or Update.Forbidden:
                var code = json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
                Assert.True(code == (status == HttpStatusCode.Unauthorized ? "UNAUTHENTICATED" : "FORBIDDEN"), what);
                Assert.False(Mentions.Of(body, subject), what);
                break;
            case Update.NotFound:
                var payload = json.GetProperty("data").GetProperty("updatePerson");
                Assert.True(payload.GetProperty("person").ValueKind == JsonValueKind.Null, what);
                Assert.Equal([("NotFoundError", "NOT_FOUND", "input.id")], ErrorsOf(payload));
                Assert.False(Mentions.Of(body, subject), what);
                break;
            default:
                var person = json.GetProperty("data").GetProperty("updatePerson").GetProperty("person");
                Assert.True(person.GetProperty("key").GetString() == KeyOf(subject), what);
                Assert.True(person.GetProperty("email").GetString() == EmailOf(subject) && person.GetProperty("phone").GetString() == PhoneOf(subject), what);
                break;
        }
        if (cell.Update != Update.Shown)
        {
            Assert.DoesNotContain(EmailOf(subject), body, StringComparison.Ordinal);
        }
    }

    /// <summary>The NotFoundError for a person the caller may not see is the same bytes as for an ID that names nobody.</summary>
    [Theory]
    [MemberData(nameof(UnseenCellsOfReadersWhoMayMutate))]
    public async Task Update_of_an_unseen_person_answers_as_a_missing_id(Reader reader, Subject subject)
    {
        var (_, unseen) = await server.PostAsync(reader, UpdatePerson, new { input = new { id = Mentions.IdOf(subject) } });
        var (_, missing) = await server.PostAsync(reader, UpdatePerson, new { input = new { id = GlobalId.Encode("Person", MissingKey) } });

        Assert.Equal(PrivacyOfLookupsTests.Normalised(missing, MissingKey), PrivacyOfLookupsTests.Normalised(unseen, KeyOf(subject)));
    }

    /// <summary>
    /// Endorsing a competence the subject does not hold fails with a message that names them ("… does not hold …"),
    /// or with a NotFoundError that names nobody when the caller may not see them.
    /// </summary>
    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllCells), MemberType = typeof(PrivacyExpectations))]
    public async Task Error_messages_name_only_people_the_caller_sees(Reader reader, Subject subject)
    {
        var cell = PrivacyExpectations.Of(reader, subject);
        var (status, body) = await server.PostAsync(reader, Endorse,
            new { input = new { personId = Mentions.IdOf(subject), competenceId = GlobalId.Encode("Competence", UnheldCompetence) } });

        Assert.True(status == (cell.Update == Update.Refused ? PrivacyExpectations.ForReader(reader).MutationStatus : HttpStatusCode.OK), body);
        Assert.DoesNotContain("\"endorsement\":{", body, StringComparison.Ordinal);
        Assert.True(cell.Sees || !Mentions.Of(body, subject), $"endorseCompetence: {reader} is told of {subject}: {body}");
        // A person signed in who sees someone else hears their name: the message above could give them away.
        var named = cell.Sees && PrivacyFixture.PersonKeyOf(reader) is { } self && self != KeyOf(subject);
        Assert.True(!named || body.Contains(NameOf(subject), StringComparison.Ordinal), $"endorseCompetence: {reader} on {subject}: {body}");
    }

    /// <summary>
    /// Endorsers may take back what they said of someone they no longer see; the payload then shows the endorsement
    /// as it was, but not the person (one the endorser still sees is shown, which proves the question is asked).
    /// </summary>
    [Theory]
    [MemberData(nameof(Withdrawals))]
    public async Task Withdrawal_payload_shows_the_endorsed_person_only_to_who_sees_them(int index)
    {
        var (endorserKey, endorsed) = WithdrawableEndorsements[index];
        var reader = Enum.GetValues<Reader>().First(r => PrivacyFixture.PersonKeyOf(r) == endorserKey);
        var sees = PrivacyExpectations.Of(reader, endorsed).Sees;

        var (status, body) = await server.PostAsync(reader, Withdraw, new { input = new { id = server.WithdrawableEndorsements[index] } });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"errors\":[]", body, StringComparison.Ordinal);
        Assert.True(sees == Mentions.Of(body, endorsed), $"withdrawEndorsement: {reader} of {endorsed}: {body}");
    }
}
