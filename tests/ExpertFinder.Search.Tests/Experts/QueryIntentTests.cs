using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>Questions, requests and role words around a query's topic.</summary>
public sealed class QueryIntentTests
{
    private static readonly DateOnly Date = new(2025, 1, 1);
    private static readonly QueryIntent Intent = new(new DanishTextAnalyzer());
    private static readonly DanishTextAnalyzer Analyzer = new();

    private static QueryIntentResult Read(string text) => Intent.Read(Analyzer.AnalyzeQuery(text).DistinctBy(w => w.Stem).ToList());

    [Theory]
    [InlineData("Hvem kender noget til hjerneskaderehabilitering?", "hjerneskaderehabilitering")]
    [InlineData("Kan nogen forklare reglerne om barsel?", "reglerne barsel")]
    [InlineData("Er der en kollega med erfaring i klarsprog", "klarsprog")]
    public void Question_and_request_words_are_not_searched(string query, string topic)
    {
        Assert.Equal(topic, string.Join(' ', Read(query).Topic.Select(w => w.Surface)));
    }

    [Fact]
    public void A_query_of_question_words_alone_is_searched_as_typed()
    {
        Assert.Equal(["hvem", "kender"], Read("hvem kender").Topic.Select(w => w.Surface));
    }

    [Theory]
    [InlineData("mentor for nye ledere", "mentor", "nye ledere")]
    [InlineData("ressourceperson for ordblindhed", "resource-person", "ordblindhed")]
    [InlineData("Hvem er videndeler om klarsprog?", "knowledge-sharer", "klarsprog")]
    [InlineData("ambassadører for trivsel", "ambassador", "trivsel")]
    public void A_role_word_starting_the_topic_is_the_role_and_any_later_one_is_topic(string query, string role, string topic)
    {
        var read = Read(query);

        Assert.Equal(role, read.Role);
        Assert.Equal(topic, string.Join(' ', read.Topic.Select(w => w.Surface)));
    }

    [Fact]
    public void A_role_word_inside_the_topic_is_topic()
    {
        var read = Read("planlægge et forløb der gør vores ledere bedre til store omstillinger");

        Assert.Null(read.Role);
        Assert.Contains(read.Topic, w => w.Surface == "ledere");
    }

    [Fact]
    public void The_head_of_a_compound_can_be_the_role_and_its_first_part_the_topic()
    {
        var read = Read("trivselsambassadør");

        Assert.Equal("ambassador", read.Role);
        Assert.Equal("trivsel", Assert.Single(read.Topic).Stem);
    }

    [Fact]
    public void A_role_word_alone_is_searched_as_text()
    {
        var read = Read("mentor");

        Assert.Null(read.Role);
        Assert.Equal("mentor", Assert.Single(read.Topic).Surface);
    }

    [Fact]
    public void Question_words_in_a_query_do_not_rank_people_who_write_them()
    {
        using var index = new TempIndex().With(
            Person("expert"), Person("chatty"),
            DocumentOn("d1", "Genoptræning efter hjerneskade: hjerneskaderehabilitering i praksis.", Date, ["expert"]),
            DocumentOn("d2", "Hvem kender noget til den nye kaffemaskine? Kan nogen forklare hvem der ved noget?", Date, ["chatty"]));

        Assert.Equal(["expert"], index.Search("Hvem kender noget til hjerneskaderehabilitering?"));
    }

    [Fact]
    public void The_person_with_the_role_and_the_topic_comes_first_and_the_role_alone_is_no_hit()
    {
        using var index = new TempIndex().With(
            Person("topic-only", competences: new HeldCompetence("c1", "Ordblindhed", [], 4, "formal")),
            Person("role-and-topic", competences: new HeldCompetence("c1", "Ordblindhed", [], 3, "formal")) with { Roles = ["resource-person"] },
            Person("role-only", bio: "Ressourceperson for IT i skolen.") with { Roles = ["resource-person"] },
            Person("writes-the-word", bio: "Jeg er ressourceperson i praktikken."),
            DocumentOn("d1", "Ressourceperson for ressourcepersoner: ressourcepersonernes møde.", Date, ["writes-the-word"]));

        var results = index.Run(new ExpertQuery("ressourceperson for ordblindhed"));

        Assert.Equal(["role-and-topic", "topic-only"], results.Hits.Select(h => h.PersonKey));
        Assert.Contains("rolle: ressourceperson", results.ExpandedWith);
    }
}
