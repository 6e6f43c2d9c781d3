using Catalogue.Core.ImportExport;
using Catalogue.Web.Features.Admin;

namespace Catalogue.Tests.Web.Curation;

[Trait("Category", TestCategory.Unit)]
public sealed class ImportProgressViewTests
{
    [Theory]
    [InlineData("Reading", 0, 1, true, "Reading the file…")]
    [InlineData("Checking", 1500, 3000, true, "Checking entries: 1,500 of 3,000")]
    [InlineData("Saving", 250, 3000, true, "Trying the changes (nothing is kept): 250 of 3,000")]
    [InlineData("Saving", 250, 3000, false, "Saving entries: 250 of 3,000")]
    [InlineData("Linking", 10, 40, false, "Linking related entries: 10 of 40")]
    [InlineData("Indexing", 1, 2, false, "Indexing: 1 of 2")]
    public void Describe_StageOfDryRunOrImport_SaysWhatHappensInWords(string stage, int done, int total, bool dryRun, string expected)
    {
        Assert.Equal(expected, ImportProgressView.Describe(new ImportProgress(stage, done, total), dryRun));
    }
}
