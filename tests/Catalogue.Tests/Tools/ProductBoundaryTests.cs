using Catalogue.Core.Data;
using Catalogue.Tools;
using Catalogue.Web.Commands;

namespace Catalogue.Tests.Tools;

/// <summary>Issue 21: the generator, the benchmark and the soak's curators are developers' tools, never shipped with the app.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class ProductBoundaryTests
{
    [Fact]
    public void AppCommands_DevelopersCommands_AreOnlyInTheTools()
    {
        var app = CommandRunner.All.Select(c => c.Name).ToList();
        var tools = CommandRunner.InAssembly(typeof(ToolsEntryPoint).Assembly).Select(c => c.Name).ToList();

        Assert.Equal(["benchmark-search", "generate", "soak-curators"], tools);
        Assert.Empty(app.Intersect(tools));
        Assert.Contains("migrate", app);
    }

    [Fact]
    public void ProductAssemblies_GeneratorAndBenchmark_AreNotInThem()
    {
        var shipped = typeof(CatalogueDbContext).Assembly.GetTypes().Concat(typeof(CommandRunner).Assembly.GetTypes());

        Assert.DoesNotContain(shipped, t => t.Name is "CatalogueGenerator" or "SearchBenchmark" or "SqlFloor" || t.Name.StartsWith("Soak", StringComparison.Ordinal));
    }
}
