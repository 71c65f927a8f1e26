using System.Text.Json;
using static ExpertFinder.Api.Tests.Security.Privacy.PrivacyDataset;

namespace ExpertFinder.Api.Tests.Security.Privacy;

/// <summary>
/// E-mail, phone and location: never to anonymous readers; otherwise as the person's contact sharing says (readers,
/// their municipality, or nobody), except to the person themself and their admins. Who the sharing is set to is
/// shown to those two alone.
/// </summary>
[Collection(PrivacySuite.Name)]
public sealed class PrivacyOfContactDetailsTests(PrivacyFixture server)
{
    private const string Fields = "key email phone location contactSharing";

    [Theory]
    [MemberData(nameof(PrivacyExpectations.AllCells), MemberType = typeof(PrivacyExpectations))]
    public async Task Contact_details_by_key_by_id_and_in_lists(Reader reader, Subject subject)
    {
        var cell = PrivacyExpectations.Of(reader, subject);
        var (data, body) = await server.ReadAsync(reader, $$"""
            query($key: String!, $id: ID!, $name: String!) {
              person(key: $key) { {{Fields}} }
              node(id: $id) { ... on Person { {{Fields}} } }
              people(filter: { name: $name }, first: 50) { nodes { {{Fields}} } }
            }
            """, new { key = KeyOf(subject), id = Mentions.IdOf(subject), name = Surname });

        JsonElement?[] seen =
        [
            data.GetProperty("person"),
            data.GetProperty("node"),
            data.GetProperty("people").GetProperty("nodes").EnumerateArray().Cast<JsonElement?>().SingleOrDefault(p => p!.Value.GetProperty("key").GetString() == KeyOf(subject)),
        ];
        foreach (var person in seen.Where(p => p is { ValueKind: JsonValueKind.Object }).Select(p => p!.Value))
        {
            var what = $"contact details: {reader} on {subject}: {person}";
            Assert.True(Text(person, "email") == (cell.Contact ? EmailOf(subject) : null), what);
            Assert.True(Text(person, "phone") == (cell.Contact ? PhoneOf(subject) : null), what);
            Assert.True(Text(person, "location") == (cell.Contact ? LocationOf(subject) : null), what);
            // Only the person and those who administer them (the ones who may change it) learn the setting.
            Assert.True(Text(person, "contactSharing") == (cell.Update == Update.Shown ? ContactSharingOf(subject) : null), what);
        }
        Assert.True(cell.Sees == seen.All(p => p is { ValueKind: JsonValueKind.Object }), $"{reader} on {subject}: {body}");
    }

    private static string? Text(JsonElement person, string field) =>
        person.GetProperty(field) is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;
}
