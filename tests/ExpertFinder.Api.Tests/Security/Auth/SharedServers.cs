namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// The Auth test classes share a server per configuration, each test seeding an organisation under a prefix of its own.
/// The classes of a collection run one after another, so a test may count rows (audit entries) to see that nothing was written.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedServer : ICollectionFixture<ServerFixture>
{
    public const string Name = "Auth: the usual test server";
}

[CollectionDefinition(Name)]
public sealed class SharedProductionServer : ICollectionFixture<ProductionServerFixture>
{
    public const string Name = "Auth: a production-like server";
}

[CollectionDefinition(Name)]
public sealed class SharedPageLoginServer : ICollectionFixture<PageLoginServerFixture>
{
    public const string Name = "Auth: a server whose pages log in";
}
