using Catalogue.Core.ImportExport;
using Catalogue.Tests.Infrastructure;
using Catalogue.Web.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Commands;

[Collection(ConsoleCollection.Name)]
[Trait("Category", TestCategory.Database)]
public sealed class MigrateCommandTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Migrate_WithSampleTwice_LoadsTheSampleOnceIntoTheEmptyDatabase()
    {
        await using var services = new ServiceCollection()
            .AddSingleton(fixture.Database.Factory)
            .AddSingleton(new CatalogueImporter(fixture.Database.Factory))
            .BuildServiceProvider();
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int first, second;
        try
        {
            first = await new MigrateCommand().RunAsync(services, ["--sample"], CancellationToken.None);
            second = await new MigrateCommand().RunAsync(services, ["--sample"], CancellationToken.None);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal((0, 0), (first, second));
        Assert.Contains("Loaded the sample catalogue", output.ToString());
        Assert.Contains("the sample catalogue was not loaded", output.ToString());
        await using var db = fixture.Database.CreateContext();
        var loaded = await db.Entries.CountAsync();
        Assert.True(loaded > 100, $"{loaded} entries");
    }

    [Fact]
    public async Task Migrate_UnknownArgument_IsCommandLineError()
    {
        await using var services = new ServiceCollection().AddSingleton(fixture.Database.Factory).BuildServiceProvider();
        await Assert.ThrowsAsync<CommandLineException>(() => new MigrateCommand().RunAsync(services, ["--samples"], CancellationToken.None));
    }
}
