using Catalogue.Tools.Generation;
using Catalogue.Core.ImportExport;
using Catalogue.Tests.Infrastructure;
using Catalogue.Tools.Commands;
using Catalogue.Web.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Web.Commands;

[Collection(ConsoleCollection.Name)]
[Trait("Category", TestCategory.Database)]
public sealed class ImportExportCommandTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("import-command-").FullName;

    private ServiceProvider Services() => new ServiceCollection()
        .AddSingleton(fixture.Database.Factory)
        .AddSingleton(new CatalogueImporter(fixture.Database.Factory))
        .AddSingleton(new CatalogueGenerator(fixture.Database.Factory))
        .BuildServiceProvider();

    [Fact]
    public async Task Import_FileWithRejection_ExitsNonZeroWithReportAndStoresNothing()
    {
        var path = Path.Combine(_folder, "bad.csv");
        await File.WriteAllTextAsync(path, "slug,kind,status,title,summary,countries\ngood-one,Tool,Published,Good,Summary,DE\nbad-one,Tool,Published,Bad,Summary,Atlantis\n");
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        int exitCode;
        try
        {
            await using var services = Services();
            exitCode = await new ImportCommand().RunAsync(services, [path], CancellationToken.None);
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Equal(1, exitCode);
        Assert.Contains("Line 3 (bad-one), field \"countries\": unknown country \"Atlantis\"", error.ToString());
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Entries.AnyAsync(e => e.Slug == "good-one"));
    }

    [Fact]
    public async Task ExportThenDryRunImport_ExitZeroAndReportUnchanged()
    {
        await using var services = Services();
        await new GenerateCommand().RunAsync(services, ["--count", "20", "--seed", "3"], CancellationToken.None);
        var path = Path.Combine(_folder, "all.json");
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exported, imported;
        try
        {
            exported = await new ExportCommand().RunAsync(services, [path, "--format", "json"], CancellationToken.None);
            imported = await new ImportCommand().RunAsync(services, [path, "--dry-run"], CancellationToken.None);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal((0, 0), (exported, imported));
        Assert.Contains("Exported 20 entries", output.ToString());
        Assert.Contains("Dry run: would create 0, update 0, unchanged 20, rejected 0.", output.ToString());
    }

    [Fact]
    public async Task Import_Committed_RecordsHistoryAsCommandLineImport()
    {
        var slug = $"cli-history-{Guid.NewGuid().ToString("N")[..8]}";
        var path = Path.Combine(_folder, "one.csv");
        await File.WriteAllTextAsync(path, $"slug,kind,status,title,summary,sourceUrl\n{slug},Tool,Published,Command line entry,Summary,https://example.org/cli\n");
        var original = Console.Out;
        Console.SetOut(new StringWriter());
        int exitCode;
        try
        {
            await using var services = Services();
            exitCode = await new ImportCommand().RunAsync(services, [path, "--actor", "ops@example.org"], CancellationToken.None);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(0, exitCode);
        await using var db = fixture.Database.CreateContext();
        var id = await db.Entries.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync();
        var revision = await db.EntryRevisions.SingleAsync(r => r.EntryId == id);
        Assert.Equal(("imported by the command line", "ops@example.org", 1), (revision.Action, revision.ChangedBy, revision.RevisionNumber));
    }

    [Fact]
    public async Task Import_UnknownFormatOption_IsCommandLineError()
    {
        await using var services = Services();
        await Assert.ThrowsAsync<CommandLineException>(() => new ImportCommand().RunAsync(services, ["x.json", "--format", "xml"], CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>Tests that redirect Console run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
