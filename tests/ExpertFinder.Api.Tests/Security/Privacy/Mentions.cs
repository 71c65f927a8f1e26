using System.Text.Json;
using ExpertFinder.Api.Schema.Conventions;
using static ExpertFinder.Api.Tests.Security.Privacy.PrivacyDataset;

namespace ExpertFinder.Api.Tests.Security.Privacy;

/// <summary>Whether an answer gives a subject away, in whatever field: their key, their name or their global ID.</summary>
public static class Mentions
{
    public static string IdOf(Subject subject) => GlobalId.Encode("Person", KeyOf(subject));

    public static bool Of(string body, Subject subject) =>
        body.Contains(KeyOf(subject), StringComparison.Ordinal)
        || body.Contains(NameOf(subject), StringComparison.Ordinal)
        || body.Contains(IdOf(subject), StringComparison.Ordinal);

    /// <summary>Asserts that the body names no subject the reader may not have through <paramref name="allowed"/> (e.g. sees, finds).</summary>
    public static void OnlyAllowed(string surface, Reader reader, string body, Func<Expectation, bool> allowed)
    {
        foreach (var cell in PrivacyExpectations.Of(reader).Where(c => !allowed(c)))
        {
            Assert.False(Of(body, cell.Subject), $"{surface}: {reader} is told of {cell.Subject} ({KeyOf(cell.Subject)}): {body}");
        }
    }

    /// <summary>The subjects among <paramref name="keys"/>, in the order given; other people's keys are left out.</summary>
    public static List<Subject> SubjectsIn(IEnumerable<string?> keys) =>
        keys.SelectMany(key => Subjects.Where(s => KeyOf(s) == key)).ToList();

    /// <summary>The subjects a reader has through <paramref name="allowed"/>, in the order of <paramref name="order"/> (default: by name).</summary>
    public static List<Subject> Expected(Reader reader, Func<Expectation, bool> allowed, IEnumerable<Subject>? order = null) =>
        (order ?? Subjects).Where(s => allowed(PrivacyExpectations.Of(reader, s))).ToList();

    public static IEnumerable<string?> Strings(JsonElement array, params string[] path) =>
        array.EnumerateArray().Select(item => path.Aggregate(item, (e, name) => e.ValueKind == JsonValueKind.Object ? e.GetProperty(name) : e))
            .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null);
}
