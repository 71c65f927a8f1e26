using ExpertFinder.Search.Evaluation;
using ExpertFinder.Core;
using ExpertFinder.Tools.Evaluation.NoisyOrganisation;
using PersonRole = ExpertFinder.Core.Vocabulary.Role;
using MemberRole = ExpertFinder.Core.Vocabulary.MemberRole;

namespace ExpertFinder.Tools.Tests.Evaluation;

/// <summary>The written grading rule of the noisy set, on small organisations made by hand.</summary>
public sealed class GradingTests
{
    private const string Topic = "c-demens";
    private const string OtherTopic = "c-fleksjob";

    private static readonly Unit Aarhus = new("aarhus", "Aarhus Kommune", "municipality", null);
    private static readonly Unit Vejle = new("vejle", "Vejle Kommune", "municipality", null);
    private static readonly Unit Care = new("aarhus-so", "Sundhed og Omsorg", "department", Aarhus);
    private static readonly Unit Social = new("aarhus-sb", "Social og Beskæftigelse", "department", Aarhus);
    private static readonly Unit DementiaTeam = new("aarhus-so-demens", "Demensteamet", "team", Care) { Office = "so-sygepleje" };
    private static readonly Unit HomeCare = new("aarhus-so-hjemmepleje", "Hjemmeplejen", "office", Care) { Office = "so-hjemmepleje" };
    private static readonly Unit JobCentre = new("aarhus-sb-jobcenter", "Jobcenter", "office", Social) { Office = "sb-jobcenter" };
    private static readonly Unit VejleCare = new("vejle-so-demens", "Demensteamet", "team", new Unit("vejle-so", "Sundhed og Omsorg", "department", Vejle)) { Office = "so-sygepleje" };

    private static readonly QuerySpec Plain = new("t1", "demens", "noise", [Topic], "A test.");

    private static int made;

    private static Person Someone(Unit? unit = null, string visibility = "organisation")
    {
        var number = Interlocked.Increment(ref made);
        return new Person("t-p-" + number, "Person " + number, unit ?? DementiaTeam) { Visibility = visibility };
    }

    private static Document Written(Person author, string? mainTopic, params Person[] coAuthors) =>
        new("t-d-" + Interlocked.Increment(ref made), "Et dokument", "note", "Demens nævnes i forbifarten.", [author, .. coAuthors]) { MainTopic = mainTopic };

    private static Network NetworkOn(string topic, Person facilitator, params Person[] members)
    {
        var network = new Network("t-n-" + Interlocked.Increment(ref made), "Netværk om demens", "learning", DementiaTeam);
        network.Topics.Add(topic);
        network.Members.Add(new NetworkMember(facilitator, MemberRole.Facilitator));
        network.Members.AddRange(members.Select(m => new NetworkMember(m, MemberRole.Member)));
        return network;
    }

    private static int Grade(Person person, QuerySpec? query = null, IEnumerable<Document>? documents = null, IEnumerable<Network>? networks = null, Person? viewer = null) =>
        Grading.For(person, query ?? Plain, new Evidence(documents ?? [], networks ?? []), viewer).Value;

    [Theory]
    [InlineData(5, "formal", 3)]
    [InlineData(5, "endorsed", 3)]
    [InlineData(5, "manager", 3)]
    [InlineData(5, "self", 2)]
    [InlineData(4, "formal", 2)]
    [InlineData(3, "manager", 2)]
    [InlineData(4, "self", 1)]
    [InlineData(3, "self", 1)]
    [InlineData(2, "formal", 1)]
    [InlineData(1, "self", 1)]
    public void A_competence_on_the_topic_grades_by_level_and_whether_someone_confirmed_it(int level, string source, int expected)
    {
        var person = Someone();
        person.Hold(Topic, level, source, "2020-01");

        Assert.Equal(expected, Grade(person));
    }

    [Fact]
    public void A_competence_on_another_topic_gives_nothing()
    {
        var person = Someone();
        person.Hold(OtherTopic, 5, "formal", "2020-01");

        Assert.Equal(0, Grade(person));
    }

    [Fact]
    public void Passing_mentions_give_nothing_however_many()
    {
        var secretary = Someone();
        var minutes = Enumerable.Range(0, 50).Select(_ => Written(secretary, mainTopic: null)).ToList();

        Assert.Equal(0, Grade(secretary, documents: minutes));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(6, 3)]
    public void First_authored_documents_on_the_topic_give_2_and_from_three_on_3(int documents, int expected)
    {
        var writer = Someone();

        Assert.Equal(expected, Grade(writer, documents: Enumerable.Range(0, documents).Select(_ => Written(writer, Topic))));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    public void Co_authored_documents_give_1_and_from_three_on_2(int documents, int expected)
    {
        var writer = Someone();
        var coAuthor = Someone();

        Assert.Equal(expected, Grade(coAuthor, documents: Enumerable.Range(0, documents).Select(_ => Written(writer, Topic, coAuthor))));
    }

    [Fact]
    public void Documents_on_another_topic_give_nothing()
    {
        var writer = Someone();

        Assert.Equal(0, Grade(writer, documents: Enumerable.Range(0, 5).Select(_ => Written(writer, OtherTopic))));
    }

    [Fact]
    public void A_facilitator_of_a_network_on_the_topic_gets_2_and_3_with_a_document_on_it_and_a_member_1()
    {
        var facilitator = Someone();
        var member = Someone();
        var network = NetworkOn(Topic, facilitator, member);

        Assert.Equal(2, Grade(facilitator, networks: [network]));
        Assert.Equal(3, Grade(facilitator, networks: [network], documents: [Written(facilitator, Topic)]));
        Assert.Equal(1, Grade(member, networks: [network]));
        Assert.Equal(0, Grade(member, networks: [NetworkOn(OtherTopic, facilitator, member)]));
    }

    [Fact]
    public void The_grade_is_the_best_evidence_and_a_query_on_two_topics_takes_the_better()
    {
        var person = Someone();
        person.Hold(Topic, 2, "self", "2020-01");
        person.Hold(OtherTopic, 5, "formal", "2020-01");
        var both = Plain with { Topics = [Topic, OtherTopic] };

        Assert.Equal(2, Grade(person, documents: [Written(person, Topic)]));
        Assert.Equal(3, Grade(person, both));
    }

    [Fact]
    public void A_role_query_keeps_the_grade_of_people_with_the_role_lowers_it_by_one_without_and_gives_the_role_alone_nothing()
    {
        var query = Plain with { Role = PersonRole.ResourcePerson };
        var withRole = Someone();
        withRole.Hold(Topic, 5, "formal", "2020-01");
        withRole.AddRole(PersonRole.ResourcePerson);
        var withoutRole = Someone();
        withoutRole.Hold(Topic, 5, "formal", "2020-01");
        withoutRole.AddRole(PersonRole.Mentor);
        var beginnerWithoutRole = Someone();
        beginnerWithoutRole.Hold(Topic, 1, "self", "2020-01");
        var roleOnly = Someone();
        roleOnly.Hold(OtherTopic, 5, "formal", "2020-01");
        roleOnly.AddRole(PersonRole.ResourcePerson);

        Assert.Equal(3, Grade(withRole, query));
        Assert.Equal(2, Grade(withoutRole, query));
        Assert.Equal(0, Grade(beginnerWithoutRole, query));
        Assert.Equal(0, Grade(roleOnly, query));
    }

    [Fact]
    public void Hidden_people_are_never_judged_however_strong()
    {
        var hidden = Someone(visibility: "hidden");
        hidden.Hold(Topic, 5, "formal", "2020-01");
        var colleague = Query(JudgmentSet.ScopeName.Anyone);

        Assert.Equal(0, Grade(hidden, documents: Enumerable.Range(0, 4).Select(_ => Written(hidden, Topic))));
        Assert.Equal(0, Grade(hidden, colleague, viewer: Someone(HomeCare)));
    }

    private static QuerySpec Query(string scope) => Plain with { Category = "colleague", Scope = scope, Viewer = new("aarhus", Topic) };

    private static Person Expert(Unit unit, string visibility = "organisation")
    {
        var person = Someone(unit, visibility);
        person.Hold(Topic, 5, "formal", "2020-01");
        return person;
    }

    [Fact]
    public void Outside_my_unit_leaves_out_the_viewer_their_unit_and_anyone_sharing_a_network_with_them()
    {
        var viewer = Someone(DementiaTeam);
        var sameUnit = Expert(DementiaTeam);
        var sharesNetwork = Expert(HomeCare);
        var sameDepartment = Expert(HomeCare);
        var elsewhere = Expert(JobCentre);
        var network = NetworkOn(OtherTopic, sharesNetwork, viewer);
        viewer.Hold(Topic, 5, "formal", "2020-01");
        var query = Query(JudgmentSet.ScopeName.OutsideMyUnit);

        Assert.Equal(0, Grade(viewer, query, networks: [network], viewer: viewer));
        Assert.Equal(0, Grade(sameUnit, query, networks: [network], viewer: viewer));
        Assert.Equal(0, Grade(sharesNetwork, query, networks: [network], viewer: viewer));
        Assert.Equal(3, Grade(sameDepartment, query, networks: [network], viewer: viewer));
        Assert.Equal(3, Grade(elsewhere, query, networks: [network], viewer: viewer));
    }

    [Fact]
    public void Outside_my_department_also_leaves_out_the_viewers_department()
    {
        var viewer = Someone(DementiaTeam);
        var sameDepartment = Expert(HomeCare);
        var elsewhere = Expert(JobCentre);
        var sharesNetwork = Expert(JobCentre);
        var network = NetworkOn(OtherTopic, sharesNetwork, viewer);
        var query = Query(JudgmentSet.ScopeName.OutsideMyDepartment);

        Assert.Equal(0, Grade(sameDepartment, query, networks: [network], viewer: viewer));
        Assert.Equal(0, Grade(sharesNetwork, query, networks: [network], viewer: viewer));
        Assert.Equal(3, Grade(elsewhere, query, networks: [network], viewer: viewer));
    }

    [Fact]
    public void A_viewer_is_never_shown_organisation_profiles_of_another_municipality_but_is_shown_public_ones()
    {
        var viewer = Someone(HomeCare);
        var organisationElsewhere = Expert(VejleCare);
        var publicElsewhere = Expert(VejleCare, "public");
        var sameUnitAnyone = Expert(HomeCare);
        var query = Query(JudgmentSet.ScopeName.Anyone);

        Assert.Equal(0, Grade(organisationElsewhere, query, viewer: viewer));
        Assert.Equal(3, Grade(publicElsewhere, query, viewer: viewer));
        Assert.Equal(3, Grade(sameUnitAnyone, query, viewer: viewer));
        Assert.Equal(3, Grade(organisationElsewhere));
    }

    [Fact]
    public void Judgments_list_everyone_graded_1_or_more_but_at_most_40_keeping_every_2_and_3()
    {
        var strong = Enumerable.Range(0, 3).Select(_ => Expert(DementiaTeam)).ToList();
        var medium = Enumerable.Range(0, 5).Select(_ => Someone()).ToList();
        medium.ForEach(p => p.Hold(Topic, 4, "manager", "2020-01"));
        var weak = Enumerable.Range(0, 45).Select(_ => Someone()).ToList();
        weak.ForEach(p => p.Hold(Topic, 1, "self", "2020-01"));
        var nobody = Someone();

        var line = Judgments.Judge([.. strong, .. medium, .. weak, nobody], Plain, new Evidence([], []), viewer: null);

        Assert.Equal(Judgments.MostJudged, line.Judgments.Count);
        Assert.Equal(3, line.Judgments.Count(j => j.Grade == 3));
        Assert.Equal(5, line.Judgments.Count(j => j.Grade == 2));
        Assert.DoesNotContain(line.Judgments, j => j.Person == nobody.Key);
        Assert.Equal(line.Judgments.OrderByDescending(j => j.Grade).Select(j => j.Grade), line.Judgments.Select(j => j.Grade));
        Assert.All(strong, p => Assert.Contains(p.Name, line.Note, StringComparison.Ordinal));
    }
}
