using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Indexing;

public sealed class IndexEntriesTests
{
    private static readonly IndexedNetwork Network = new("n-veje", "Vejnetværket", null, "learning", "active", ["Veje"], [new NetworkMember("a", "member")]);
    private static readonly IndexedCompetence Competence = new("c-veje", "Veje", ["Vejvedligeholdelse"]);

    [Fact]
    public void Every_live_entry_is_read_once_with_its_kind_key_and_the_fingerprint_of_the_record_it_was_last_built_from()
    {
        var replaced = Person("b", bio: "Trafiksikkerhed");
        using var index = new TempIndex().With(Person("a", bio: "Demensomsorg"), Person("b", bio: "Vejvedligeholdelse"), Person("gone"),
            Document("d-1", "Notat", "Demensomsorg i hjemmeplejen.", "a"), Network, Competence);
        index.With(replaced);
        index.Index.DeletePerson("gone");
        index.Index.Commit();

        var entries = Entries(index.Index);

        Assert.Equal(
            [
                new IndexEntry(IndexEntryKind.Competence, "c-veje", ContentFingerprint.Of(Competence)),
                new IndexEntry(IndexEntryKind.Document, "d-1", ContentFingerprint.Of(Document("d-1", "Notat", "Demensomsorg i hjemmeplejen.", "a"))),
                new IndexEntry(IndexEntryKind.Network, "n-veje", ContentFingerprint.Of(Network)),
                new IndexEntry(IndexEntryKind.Person, "a", ContentFingerprint.Of(Person("a", bio: "Demensomsorg"))),
                new IndexEntry(IndexEntryKind.Person, "b", ContentFingerprint.Of(replaced)),
            ],
            entries);
    }

    [Fact]
    public void Uncommitted_writes_are_not_read()
    {
        using var index = new TempIndex().With(Person("a"));
        index.Index.Upsert(Person("b"));
        index.Index.DeletePerson("a");

        Assert.Equal(["a"], Entries(index.Index).Select(e => e.Key));
    }

    [Fact]
    public void Entries_read_by_key_are_those_of_the_keys_and_kind_asked_for_and_live()
    {
        using var index = new TempIndex().With(Person("a"), Person("b"), Person("c"), Document("a", "Notat", "Tekst.", "a"));
        index.Index.DeletePerson("c");
        index.Index.Commit();
        var read = new List<IndexEntry>();

        index.Index.ReadEntries(IndexEntryKind.Person, ["a", "c", "nobody", "a"], read.Add);

        Assert.Equal([new IndexEntry(IndexEntryKind.Person, "a", ContentFingerprint.Of(Person("a")))], read);
    }

    [Fact]
    public void A_rebuild_records_the_same_fingerprints_as_updates_do()
    {
        var person = Person("a", bio: "Demensomsorg") with { AskMeAbout = ["Snerydning"], Roles = ["analyst"] };
        var document = DocumentOn("d-1", "Referat.", new DateOnly(2025, 3, 1), ["a"], ["b"]);
        using var index = new TempIndex().With(person, document, Network, Competence);
        var updated = Entries(index.Index);

        using (var rebuild = index.Index.BeginRebuild())
        {
            rebuild.Add(Competence);
            rebuild.Add(Network);
            rebuild.Add(person);
            rebuild.Add(document);
            rebuild.Commit();
        }

        Assert.Equal(updated, Entries(index.Index));
        Assert.All(updated, e => Assert.NotNull(e.Fingerprint));
    }

    [Fact]
    public void The_identity_of_an_index_another_owner_holds_is_read_from_its_last_commit_without_taking_it()
    {
        using var index = new TempIndex().With(Person("a"));
        var empty = Path.Combine(Path.GetTempPath(), "ef-index-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            Assert.Equal(index.Index.Identity, ExpertIndex.IdentityOf(index.Path));
            Assert.Null(ExpertIndex.IdentityOf(empty));
            Assert.Null(ExpertIndex.IdentityOf(Path.Combine(empty, "none")));
            // The owner still holds it and goes on writing.
            index.With(Person("b"));
            Assert.Equal(["a", "b"], Entries(index.Index).Select(e => e.Key));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static List<IndexEntry> Entries(ExpertIndex index)
    {
        var entries = new List<IndexEntry>();
        index.ReadEntries(entries.Add);
        return [.. entries.OrderBy(e => e.Kind.ToString(), StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal)];
    }
}
