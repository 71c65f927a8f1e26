using ExpertFinder.Search.Evaluation;

namespace ExpertFinder.Search.Tests.Evaluation;

public sealed class JudgmentSetTests
{
    private const string Good = """{"id": "q01", "query": "demens", "category": "typo", "judgments": {"p-a": 3, "p-b": 1}, "note": "why"}""";

    private static JudgmentSet Parse(params string[] lines) => JudgmentSet.Parse(new StringReader(string.Join('\n', lines)), "queries.jsonl");

    [Fact]
    public void A_valid_file_loads_every_query_and_skips_blank_lines()
    {
        var set = Parse(Good, "", """{"id": "q02", "query": "GDPR", "category": "loanword", "judgments": {"p-c": 2}, "note": "n"}""");

        Assert.Equal(["q01", "q02"], set.Queries.Select(q => q.Id));
        var first = set.Queries[0];
        Assert.Equal(("demens", "typo", "why"), (first.Query, first.Category, first.Note));
        Assert.Equal(3, first.Judgments["p-a"]);
        Assert.Equal(1, first.Judgments["p-b"]);
    }

    [Fact]
    public void Every_bad_line_is_reported_with_file_and_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(
            Good,
            "{not json",
            """{"id": "q01", "query": "x", "category": "typo", "judgments": {"p-a": 2}, "note": "n"}""",
            """{"id": "q03", "query": "", "category": "typos", "judgments": {"p-a": 4, "p-b": "2"}, "note": "n", "judgements": {}}""",
            """{"id": "q04", "query": "x", "category": "level", "judgments": {"p-a": 1}, "note": "n"}""",
            """["q05"]"""));

        var lines = error.Message.Split('\n');
        Assert.StartsWith("queries.jsonl:2: invalid JSON", lines[0], StringComparison.Ordinal);
        Assert.Equal(
        [
            "queries.jsonl:3: duplicate id \"q01\" (first on line 1)",
            "queries.jsonl:4: unknown field \"judgements\" (expected id, query, category, judgments, note, viewer, scope)",
            "queries.jsonl:4: \"query\" must be a non-empty string",
            "queries.jsonl:4: unknown category \"typos\" (expected one of inflection, compound, spelling, synonym, typo, evidence, level, multiword, loanword, privacy, question, task, abbreviation, double-typo, mixed-language, role, noise, colleague)",
            "queries.jsonl:4: the grade of \"p-a\" must be an integer from 0 to 3",
            "queries.jsonl:4: the grade of \"p-b\" must be an integer from 0 to 3",
            "queries.jsonl:5: \"judgments\" needs at least one person graded 2 or higher",
            "queries.jsonl:6: expected a JSON object",
        ], lines.Skip(1));
    }

    [Fact]
    public void Missing_fields_and_an_empty_file_are_errors()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse("""{"id": "q01"}"""));
        Assert.Equal(
            "queries.jsonl:1: \"query\" is required\nqueries.jsonl:1: \"category\" is required\nqueries.jsonl:1: \"note\" is required\nqueries.jsonl:1: \"judgments\" is required",
            error.Message);
        Assert.Equal("queries.jsonl: no queries", Assert.Throws<InvalidDataException>(() => Parse("", "  ")).Message);
    }

    [Fact]
    public void A_person_judged_twice_in_one_query_is_an_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(
            """{"id": "q01", "query": "x", "category": "typo", "judgments": {"p-a": 2, "p-a": 3}, "note": "n"}"""));
        Assert.Equal("queries.jsonl:1: \"p-a\" is judged twice", error.Message);
    }

    [Fact]
    public void A_colleague_query_carries_its_viewer_and_scope()
    {
        var set = Parse("""{"id": "n01", "query": "trivsel", "category": "colleague", "judgments": {"p-a": 3}, "note": "n", "viewer": "p-v", "scope": "outsideMyUnit"}""",
            """{"id": "n02", "query": "trivsel", "category": "noise", "judgments": {"p-a": 3}, "note": "n"}""");

        Assert.Equal(("p-v", ExpertFinder.Search.Experts.ExpertScope.OutsideMyUnit), (set.Queries[0].Viewer, set.Queries[0].Scope));
        Assert.Equal((null, ExpertFinder.Search.Experts.ExpertScope.Anyone), (set.Queries[1].Viewer, set.Queries[1].Scope));
    }

    [Fact]
    public void A_scope_without_a_viewer_an_unknown_scope_and_a_judged_viewer_are_errors()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(
            """{"id": "n01", "query": "x", "category": "role", "judgments": {"p-a": 3}, "note": "n", "scope": "outsideMyUnit"}""",
            """{"id": "n02", "query": "x", "category": "colleague", "judgments": {"p-a": 3}, "note": "n"}""",
            """{"id": "n03", "query": "x", "category": "colleague", "judgments": {"p-a": 3}, "note": "n", "viewer": "p-v", "scope": "nearby"}""",
            """{"id": "n04", "query": "x", "category": "colleague", "judgments": {"p-a": 3, "p-v": 2}, "note": "n", "viewer": "p-v"}"""));

        Assert.Equal(
        [
            "queries.jsonl:1: \"scope\" needs a \"viewer\" to be seen from",
            "queries.jsonl:2: a colleague query needs a \"viewer\"",
            "queries.jsonl:3: \"scope\" must be one of anyone, outsideMyUnit, outsideMyDepartment",
            "queries.jsonl:4: the viewer \"p-v\" is judged relevant, but is never a hit of their own search",
        ], error.Message.Split('\n'));
    }
}
