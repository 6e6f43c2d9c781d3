namespace Catalogue.Tests.Infrastructure;

/// <summary>Class fixture: one migrated database shared by the tests of a class.</summary>
public sealed class MigratedDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public Task InitializeAsync() => Database.InitializeAsync();

    public Task DisposeAsync() => Database.DisposeAsync();
}
