using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Indexing;

public sealed class SegmentTablesTests
{
    [Fact]
    public void A_small_write_reuses_the_tables_of_the_segments_already_searched()
    {
        using var index = new TempIndex().With(
            Person("anne"), Person("bo"),
            Document("d1", "Referat", "Vi talte om videndeling.", "anne"));
        var before = Tables(index);

        index.With(Document("d2", "Notat", "Om velfærdsteknologi.", "bo"));
        var after = Tables(index);

        Assert.Equal(before.Count + 1, after.Count);
        Assert.Same(before[0], after[0]);
        Assert.Equal(["bo"], index.Search("velfærdsteknologi"));
    }

    [Fact]
    public void A_deleted_document_no_longer_credits_its_author_though_its_segment_is_reused()
    {
        using var index = new TempIndex().With(
            Person("anne"), Person("bo"),
            Document("d1", "Referat", "Vi talte om videndeling.", "anne"),
            Document("d2", "Referat", "Også her om videndeling.", "bo"));
        Assert.Equal(["anne", "bo"], index.Search("videndeling").Order().ToList());
        var before = Tables(index);

        index.Index.DeleteDocument("d1");
        index.Index.Commit();

        Assert.Same(before[0], Tables(index)[0]);
        Assert.Equal(["bo"], index.Search("videndeling"));
    }

    [Fact]
    public void A_person_updated_in_a_new_segment_is_read_from_there_and_not_from_the_old_one()
    {
        using var index = new TempIndex().With(Person("anne", title: "Sundhedsplejerske"));
        Assert.Equal(["anne"], index.Search("sundhedsplejerske"));

        index.With(Person("anne", title: "Jurist"));

        Assert.Empty(index.Search("sundhedsplejerske"));
        Assert.Equal(["anne"], index.Search("jurist"));
    }

    private static List<SegmentTables> Tables(TempIndex index) =>
        index.Index.WithSearcher(s => s.IndexReader.Leaves.Select(l => SegmentTables.For(l.AtomicReader, index.Index.Analyzer)).ToList());
}
