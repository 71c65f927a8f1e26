using System.Globalization;
using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Search.Tests.Indexing;

public sealed class ContentFingerprintTests
{
    private static readonly IndexedPerson Mette = new("p-mette", "Mette Lund", "Vejingeniør", "Vejvedligeholdelse.",
        [new IndexedUnit("k", "Aarhus Kommune", "municipality"), new IndexedUnit("afd", "Teknik og Miljø", "department")],
        ["analyst", "admin"],
        [new HeldCompetence("c-veje", "Veje", ["Vejvedligeholdelse", "Asfalt"], 4, "confirmed"), new HeldCompetence("c-demens", "Demens", [], 2, "self")],
        [new NetworkRole("n-veje", "facilitator"), new NetworkRole("n-trafik", "member")], "public")
    {
        AskMeAbout = ["Snerydning", "Cykelstier"],
        OpenToMentoring = true,
    };

    private static readonly IndexedDocument Minutes = new("d-1", "Referat", "Deltagere: Karen Østergaard og Mette Lund.", "minutes",
        new DateOnly(2025, 3, 1), ["p-mette", "p-ole"], ["p-karen", "p-anna"], "n-veje");

    private static readonly IndexedNetwork Roads = new("n-veje", "Vejnetværket", "Om veje.", "learning", "active",
        ["Veje", "Vejvedligeholdelse", "Trafik"], [new NetworkMember("p-mette", "facilitator"), new NetworkMember("p-ole", "member")]);

    private static readonly IndexedCompetence Dementia = new("c-demens", "Demens", ["Demensomsorg", "Alzheimer"], "c-sundhed");

    [Fact]
    public void The_same_content_has_the_same_fingerprint_in_any_culture_and_the_serialization_is_pinned()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            var fingerprints = new[] { "da-DK", "tr-TR", "ar-SA", "" }.Select(culture =>
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                return (ContentFingerprint.Of(Mette), ContentFingerprint.Of(Minutes), ContentFingerprint.Of(Roads), ContentFingerprint.Of(Dementia));
            }).Distinct().ToList();

            Assert.Single(fingerprints);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
        // A changed serialization changes every fingerprint in every index: IndexDocuments.LayoutVersion must move with it.
        Assert.Equal(PinnedPerson, ContentFingerprint.Of(Mette).ToString());
        Assert.Equal(PinnedDocument, ContentFingerprint.Of(Minutes).ToString());
    }

    private const string PinnedPerson = "1477813031ac";
    private const string PinnedDocument = "83b3b63a230a";

    [Fact]
    public void Lists_the_index_keeps_as_sets_give_the_same_fingerprint_in_any_order_and_with_repeats()
    {
        Assert.Equal(ContentFingerprint.Of(Mette), ContentFingerprint.Of(Mette with
        {
            Roles = ["admin", "analyst", "admin"],
            Competences = [.. Mette.Competences.Reverse()],
            Networks = [.. Mette.Networks.Reverse()],
        }));
        Assert.Equal(ContentFingerprint.Of(Minutes), ContentFingerprint.Of(Minutes with
        {
            AuthorKeys = ["p-ole", "p-mette"],
            // A person named who is also an author is not listed as named.
            MentionedKeys = ["p-anna", "p-mette", "p-karen", "p-anna"],
        }));
        Assert.Equal(ContentFingerprint.Of(Roads), ContentFingerprint.Of(Roads with
        {
            Topics = ["Trafik", "Veje", "Vejvedligeholdelse"],
            Members = [.. Roads.Members.Reverse()],
        }));
    }

    [Fact]
    public void Lists_whose_order_the_index_keeps_change_the_fingerprint_when_reordered()
    {
        var fingerprint = ContentFingerprint.Of(Mette);

        Assert.NotEqual(fingerprint, ContentFingerprint.Of(Mette with { AskMeAbout = ["Cykelstier", "Snerydning"] }));
        Assert.NotEqual(fingerprint, ContentFingerprint.Of(Mette with { UnitPath = [.. Mette.UnitPath.Reverse()] }));
        Assert.NotEqual(ContentFingerprint.Of(Dementia), ContentFingerprint.Of(Dementia with { Synonyms = ["Alzheimer", "Demensomsorg"] }));
    }

    [Fact]
    public void Every_property_a_person_s_entry_is_built_from_changes_the_fingerprint()
    {
        var held = Mette.Competences[0];
        AllDiffer(ContentFingerprint.Of, Mette,
            Mette with { Key = "p-mette2" },
            Mette with { Name = "Mette Lund Hansen" },
            Mette with { Title = null },
            Mette with { Bio = "Vejvedligeholdelse og trafik." },
            Mette with { UnitPath = [Mette.UnitPath[0]] },
            Mette with { UnitPath = [Mette.UnitPath[0], Mette.UnitPath[1] with { Name = "Teknik" }] },
            Mette with { UnitPath = [Mette.UnitPath[0], Mette.UnitPath[1] with { Kind = "office" }] },
            Mette with { Roles = ["analyst"] },
            Mette with { Competences = [held with { Level = 5 }, Mette.Competences[1]] },
            Mette with { Competences = [held with { Source = "self" }, Mette.Competences[1]] },
            Mette with { Competences = [held with { Name = "Vej" }, Mette.Competences[1]] },
            Mette with { Competences = [held with { Synonyms = ["Asfalt"] }, Mette.Competences[1]] },
            Mette with { Competences = [held with { Key = "c-vej" }, Mette.Competences[1]] },
            Mette with { Networks = [Mette.Networks[0] with { Role = "member" }, Mette.Networks[1]] },
            Mette with { Visibility = "organisation" },
            Mette with { AskMeAbout = ["Snerydning"] },
            Mette with { OpenToMentoring = false },
            Mette with { OpenToJobRotation = true });
    }

    [Fact]
    public void Every_property_a_document_s_entry_is_built_from_changes_the_fingerprint_and_its_network_does_not()
    {
        AllDiffer(ContentFingerprint.Of, Minutes,
            Minutes with { Key = "d-2" },
            Minutes with { Title = "Referat 2" },
            Minutes with { Text = Minutes.Text + " " },
            Minutes with { Kind = null },
            Minutes with { Date = new DateOnly(2025, 3, 2) },
            Minutes with { Date = null },
            Minutes with { AuthorKeys = ["p-mette"] },
            Minutes with { MentionedKeys = ["p-karen"] },
            Minutes with { MentionedKeys = null });

        Assert.Equal(ContentFingerprint.Of(Minutes), ContentFingerprint.Of(Minutes with { NetworkKey = null }));
    }

    [Fact]
    public void Every_property_of_a_network_and_of_a_competence_changes_its_fingerprint()
    {
        AllDiffer(ContentFingerprint.Of, Roads,
            Roads with { Key = "n-vej" },
            Roads with { Name = "Vejnetværk" },
            Roads with { Description = null },
            Roads with { Kind = "project" },
            Roads with { Status = "closed" },
            Roads with { Topics = ["Veje", "Trafik"] },
            Roads with { Members = [Roads.Members[0]] },
            Roads with { Members = [Roads.Members[0], Roads.Members[1] with { Role = "facilitator" }] });
        AllDiffer(ContentFingerprint.Of, Dementia,
            Dementia with { Key = "c-demens2" },
            Dementia with { Name = "Demenssygdom" },
            Dementia with { Synonyms = ["Demensomsorg"] },
            Dementia with { ParentKey = null });
    }

    [Fact]
    public void Values_that_would_run_together_in_a_plain_concatenation_are_told_apart()
    {
        Assert.NotEqual(ContentFingerprint.Of(Mette with { Title = "ab", Bio = "c" }), ContentFingerprint.Of(Mette with { Title = "a", Bio = "bc" }));
        Assert.NotEqual(ContentFingerprint.Of(Mette with { Title = null }), ContentFingerprint.Of(Mette with { Title = "" }));
        Assert.NotEqual(ContentFingerprint.Of(Dementia with { Synonyms = ["a", "b"] }), ContentFingerprint.Of(Dementia with { Synonyms = ["a b"] }));
    }

    [Fact]
    public void A_fingerprint_survives_its_bytes()
    {
        var fingerprint = ContentFingerprint.Of(Minutes);

        Assert.Equal(fingerprint, ContentFingerprint.Read(fingerprint.ToBytes()));
        Assert.Equal(ContentFingerprint.Size, fingerprint.ToBytes().Length);
    }

    private static void AllDiffer<T>(Func<T, ContentFingerprint> fingerprint, T original, params T[] changed)
    {
        var all = changed.Prepend(original).Select(fingerprint).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }
}
