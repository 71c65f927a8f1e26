using ExpertFinder.Search.Experts;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Indexing;

public sealed class IndexRebuildTests
{
    [Fact]
    public void Searches_see_the_old_index_until_the_rebuild_commits_then_only_the_new_one()
    {
        using var index = new TempIndex().With(Person("gammel", bio: "Vejvedligeholdelse"), Document("d-gammel", "Veje", "Vejvedligeholdelse i byen.", "gammel"));

        using (var rebuild = index.Index.BeginRebuild())
        {
            rebuild.Add(Person("ny", bio: "Demensomsorg"));
            rebuild.Add(Document("d-ny", "Demens", "Demensomsorg i hjemmeplejen.", "ny"));

            Assert.Equal((1, 1), index.Index.Count());
            Assert.Equal(["gammel"], Keys(index, "vejvedligeholdelse"));
            Assert.Empty(Keys(index, "demensomsorg"));

            rebuild.Commit();
        }

        Assert.Equal((1, 1), index.Index.Count());
        Assert.Empty(Keys(index, "vejvedligeholdelse"));
        Assert.Equal(["ny"], Keys(index, "demensomsorg"));
    }

    [Fact]
    public void Entries_added_from_several_threads_are_all_searchable_once_after_the_commit()
    {
        using var index = new TempIndex();
        using (var rebuild = index.Index.BeginRebuild())
        {
            Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                rebuild.Add(Person("p" + i, bio: i % 2 == 0 ? "Demensomsorg" : "Trafiksikkerhed"));
                rebuild.Add(Document("d" + i, "Notat", i % 2 == 0 ? "Demensomsorg i hjemmeplejen." : "Trafiksikkerhed ved skoler.", "p" + i));
            });
            rebuild.Commit();
        }

        Assert.Equal((400, 400), index.Index.Count());
        Assert.Equal(200, index.Engine.Search(new ExpertQuery("demensomsorg", 0, 1000)).TotalCount);
    }

    [Fact]
    public void After_a_rebuild_the_writer_updates_as_before_replacing_an_entry_rather_than_adding_a_second()
    {
        using var index = new TempIndex();
        using (var rebuild = index.Index.BeginRebuild())
        {
            rebuild.Add(Person("p", bio: "Demensomsorg"));
            rebuild.Commit();
        }

        index.With(Person("p", bio: "Trafiksikkerhed"));

        Assert.Equal((1, 0), index.Index.Count());
        Assert.Empty(Keys(index, "demensomsorg"));
        Assert.Equal(["p"], Keys(index, "trafiksikkerhed"));
    }

    [Fact]
    public void A_rebuild_abandoned_before_its_commit_is_thrown_away_and_later_commits_build_on_the_old_index()
    {
        using var index = new TempIndex().With(Person("gammel", bio: "Vejvedligeholdelse"), Document("d-gammel", "Veje", "Vejvedligeholdelse i byen.", "gammel"));
        using (var rebuild = index.Index.BeginRebuild())
        {
            // Abandoned half-way, as when the read of the database fails.
            rebuild.Add(Person("halv", bio: "Demensomsorg"));
        }

        index.With(Person("senere", bio: "Trafiksikkerhed"));

        Assert.Equal((2, 1), index.Index.Count());
        Assert.Equal(["gammel"], Keys(index, "vejvedligeholdelse"));
        Assert.Empty(Keys(index, "demensomsorg"));
        Assert.Equal(["senere"], Keys(index, "trafiksikkerhed"));
    }

    private static List<string> Keys(TempIndex index, string text) =>
        index.Engine.Search(new ExpertQuery(text)).Hits.Select(h => h.PersonKey).ToList();
}
