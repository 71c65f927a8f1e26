using ExpertFinder.Api.Writes;
using ExpertFinder.Core.Fields;
using static ExpertFinder.Api.Writes.MutationErrorCode;

namespace ExpertFinder.Api.Tests.Writes;

/// <summary>
/// How a mutation's input is read: every problem recorded with its code and the path of the field at fault, reading
/// going on after a problem, and values judged by the field rules the import applies too.
/// </summary>
public sealed class MutationInputTests
{
    private readonly List<MutationError> errors = [];

    [Fact]
    public void Text_is_trimmed_blank_counts_as_absent_and_a_required_blank_is_an_error_at_its_path()
    {
        var input = Read(new() { ["name"] = "  Mette Lund ", ["title"] = "   ", ["bio"] = null });

        Assert.Equal("Mette Lund", input.Text("name", FieldRules.Name));
        Assert.Null(input.Text("title", FieldRules.Name));
        Assert.Null(input.Text("bio", FieldRules.LongText, required: true));
        Assert.Equal([(Required, "input.bio")], Problems());
    }

    [Fact]
    public void Every_broken_rule_is_reported_not_only_the_first()
    {
        var input = Read(new()
        {
            ["email"] = "mette.aarhus.dk", ["phone"] = "ring mig", ["name"] = new string('x', 201), ["language"] = "dan", ["level"] = 7,
            ["since"] = "2024-13",
        });

        Assert.Null(input.Email("email"));
        Assert.Null(input.Phone("phone"));
        Assert.Null(input.Text("name", FieldRules.Name));
        Assert.Null(input.Language("language"));
        Assert.Null(input.Int("level", FieldRules.Level));
        Assert.Null(input.Month("since"));

        Assert.Equal(
            [(InvalidFormat, "input.email"), (InvalidFormat, "input.phone"), (TooLong, "input.name"), (InvalidFormat, "input.language"),
             (OutOfRange, "input.level"), (InvalidFormat, "input.since")],
            Problems());
    }

    [Fact]
    public void Good_values_pass_as_their_types()
    {
        var input = Read(new() { ["email"] = "mette@aarhus.dk", ["phone"] = "+45 (0) 8940-2000", ["language"] = "da", ["level"] = 5, ["since"] = "2024-03" });

        Assert.Equal("mette@aarhus.dk", input.Email("email"));
        Assert.Equal("+45 (0) 8940-2000", input.Phone("phone"));
        Assert.Equal("da", input.Language("language"));
        Assert.Equal(5, input.Int("level", FieldRules.Level));
        Assert.Equal(new DateOnly(2024, 3, 1), input.Month("since"));
        Assert.Empty(errors);
    }

    [Fact]
    public void Words_drop_blanks_and_repeats_ignoring_case_and_a_long_list_is_too_many()
    {
        var input = Read(new() { ["synonyms"] = new object?[] { "Jura", " jura ", "", "Ret", "Lov" } });

        Assert.Equal(["Jura", "Ret", "Lov"], input.Words("synonyms", 5, FieldRules.Name));
        Assert.Empty(errors);
        input.Words("synonyms", 4, FieldRules.Name);
        Assert.Equal([(TooMany, "input.synonyms")], Problems());
    }

    [Fact]
    public void Words_are_counted_as_sent_so_repeats_cannot_slip_a_long_list_past_the_cap()
    {
        var input = Read(new() { ["synonyms"] = Enumerable.Repeat<object?>("Jura", 100_000).ToArray() });

        Assert.Empty(input.Words("synonyms", 10, FieldRules.Name));
        Assert.Equal([(TooMany, "input.synonyms")], Problems());
    }

    [Fact]
    public void Ids_over_the_count_are_refused_before_any_is_read()
    {
        var input = Read(new() { ["authorIds"] = Enumerable.Repeat<object?>("UGVyc29uOmE=", 1_000).ToArray() });

        Assert.Null(input.Ids("authorIds", 50));
        Assert.Equal([(TooMany, "input.authorIds")], Problems());
    }

    [Fact]
    public void Long_lists_are_read_in_time_in_proportion_to_their_length()
    {
        const int Length = 100_000;
        var input = Read(new()
        {
            ["synonyms"] = Enumerable.Range(0, Length).Select(i => (object?)("ord" + i)).ToArray(),
            ["askMeAbout"] = Enumerable.Range(0, Length).Select(i => (object?)("emne " + i)).ToArray(),
            ["authorIds"] = Enumerable.Range(0, Length).Select(i => (object?)("id" + i)).ToArray(),
        });
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.Equal(Length, input.Words("synonyms", Length, FieldRules.Name).Count);
        Assert.Equal(Length, input.Statements("askMeAbout", Length, FieldRules.Statement).Count);
        Assert.Equal(Length, input.Ids("authorIds", Length)!.Count);

        // Comparing each item with those before it would take minutes here.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
        Assert.Empty(errors);
    }

    [Fact]
    public void Statements_over_the_count_are_refused_before_any_is_read()
    {
        var input = Read(new() { ["askMeAbout"] = new object?[] { new string('x', 500), "b", "c" } });

        Assert.Empty(input.Statements("askMeAbout", 2, FieldRules.Statement));
        Assert.Equal([(TooMany, "input.askMeAbout")], Problems());
    }

    [Fact]
    public void A_repeated_id_is_an_error_at_the_repeat_and_nested_objects_read_with_their_own_path()
    {
        var input = Read(new()
        {
            ["memberIds"] = new object?[] { "UGVyc29uOmE=", "UGVyc29uOmI=", "UGVyc29uOmE=" },
            ["competences"] = new object?[] { new Dictionary<string, object?>(), new Dictionary<string, object?> { ["level"] = 0 } },
        });

        Assert.Equal(["UGVyc29uOmE=", "UGVyc29uOmI="], input.Ids("memberIds", 10)!.Select(i => i.Id));
        var nested = input.Objects("competences", 10);
        Assert.Null(nested[1].Int("level", FieldRules.Level));

        Assert.Equal([(Duplicate, "input.memberIds.2"), (OutOfRange, "input.competences.1.level")], Problems());
    }

    private MutationInput Read(Dictionary<string, object?> fields) => new(fields, errors, ["input"]);

    private (MutationErrorCode, string)[] Problems() => [.. errors.Select(e => (e.Code, string.Join('.', e.Path ?? [])))];
}
