namespace ExpertFinder.Api.Tests.Auth;

/// <summary>
/// The permission test classes share one server (each test seeds an organisation under a prefix of its own); they run
/// one after another, so a test may count audit entries to see that nothing was written.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedPermissionsServer : ICollectionFixture<ServerFixture>
{
    public const string Name = "Permissions";
}
