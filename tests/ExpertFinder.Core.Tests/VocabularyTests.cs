namespace ExpertFinder.Core.Tests;

public sealed class VocabularyTests
{
    /// <summary>Each default is one of the values its column accepts, or rows written without it would be refused.</summary>
    [Fact]
    public void Every_default_is_a_value_of_its_list()
    {
        Assert.Contains(Vocabulary.DefaultVisibility, Vocabulary.Visibilities);
        Assert.Contains(Vocabulary.DefaultNetworkStatus, Vocabulary.NetworkStatuses);
        Assert.Contains(Vocabulary.DefaultContactSharing, Vocabulary.ContactSharings);
        Assert.Contains(Vocabulary.DefaultProposalStatus, Vocabulary.ProposalStatuses);
        Assert.Contains(Vocabulary.DefaultCompetenceSource, Vocabulary.CompetenceSources);
        Assert.Contains(Vocabulary.DefaultMemberRole, Vocabulary.MemberRoles);
    }

    /// <summary>The lists are closed word lists of the dataset format: lower-case words, each once.</summary>
    [Fact]
    public void The_lists_hold_distinct_lower_case_words()
    {
        string[][] lists = [Vocabulary.UnitKinds, Vocabulary.Roles, Vocabulary.Visibilities, Vocabulary.CompetenceSources, Vocabulary.NetworkKinds,
            Vocabulary.NetworkStatuses, Vocabulary.MemberRoles, Vocabulary.ProposalStatuses, Vocabulary.DocumentKinds, Vocabulary.ContactSharings];
        foreach (var list in lists)
        {
            Assert.NotEmpty(list);
            Assert.Equal(list.Length, list.Distinct(StringComparer.Ordinal).Count());
            Assert.All(list, word => Assert.Matches("^[a-z]+(-[a-z]+)*$", word));
        }
    }
}
