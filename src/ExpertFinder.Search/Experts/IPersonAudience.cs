namespace ExpertFinder.Search.Experts;

/// <summary>
/// Who may turn up for the reader of a search: the host's privacy policy answers, so that search asks the same
/// rule as every other read path. The index never holds people nobody may discover.
/// </summary>
public interface IPersonAudience
{
    bool MayDiscover(string personKey, string visibility, string? municipalityKey);
}
