namespace ExpertFinder.Api.Data.Model;

/// <summary>An entity with a row number and a stable key, the one its global ID carries.</summary>
public interface IKeyed
{
    int Id { get; }

    string Key { get; }
}
