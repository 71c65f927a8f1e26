namespace ExpertFinder.Search.Tests.Indexing;

public sealed class IndexOwnershipTests
{
    [Fact]
    public void A_second_owner_of_the_same_index_folder_is_refused_until_the_first_lets_go()
    {
        using var first = new TempIndex().With();

        Assert.Throws<Lucene.Net.Store.LockObtainFailedException>(() => SearchEngine.Open(first.Path));

        first.Index.Dispose();
        using var second = SearchEngine.Open(first.Path);
        Assert.False(second.Index.NeedsRebuild);
    }
}
