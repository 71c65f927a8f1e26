using System.Data.Common;
using ExpertFinder.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

#pragma warning disable EF1001 // The provider's options extension is where EF keeps the data source it was given.
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
#pragma warning restore EF1001

namespace ExpertFinder.Api.Tests.Data;

/// <summary>EF and the raw SQL (import, index, auth) go through one Npgsql data source: one pool, one configuration.</summary>
public sealed class DataSourceTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Entity_Framework_connects_through_the_data_source_the_raw_sql_uses()
    {
        var dataSource = server.Services.GetRequiredService<NpgsqlDataSource>();
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<ExpertFinderDb>>().CreateDbContextAsync();

        Assert.Same(dataSource, EntityFrameworkDataSource(db));
        Assert.Same(dataSource, server.Services.GetRequiredService<DbDataSource>());
        Assert.Equal(dataSource.ConnectionString, db.Database.GetDbConnection().ConnectionString);
        // Both paths reach the server's database as the app role.
        await using var command = dataSource.CreateCommand("SELECT current_database()");
        Assert.Equal(server.DatabaseName, await command.ExecuteScalarAsync());
        Assert.Equal(await db.People.LongCountAsync(), await server.CountAsync("people"));
    }

    [Fact]
    public async Task The_service_container_owns_the_shared_data_source_and_disposes_it()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{DataServices.ConnectionStringName}"] = server.ConnectionString })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddExpertFinderData(configuration).BuildServiceProvider();
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        await using (var db = await services.GetRequiredService<IDbContextFactory<ExpertFinderDb>>().CreateDbContextAsync())
        {
            Assert.Same(dataSource, EntityFrameworkDataSource(db));
            Assert.True(await db.Database.CanConnectAsync());
        }

        await services.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await dataSource.OpenConnectionAsync());
    }

#pragma warning disable EF1001
    private static DbDataSource? EntityFrameworkDataSource(ExpertFinderDb db) =>
        db.GetService<IDbContextOptions>().FindExtension<NpgsqlOptionsExtension>()?.DataSource;
#pragma warning restore EF1001
}
