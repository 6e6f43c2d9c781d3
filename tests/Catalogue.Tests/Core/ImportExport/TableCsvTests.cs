using System.Text;
using Catalogue.Core.ImportExport;

namespace Catalogue.Tests.Core.ImportExport;

[Trait("Category", TestCategory.Unit)]
public sealed class TableCsvTests
{
    [Fact]
    public async Task WriteAsync_FormulaLikeAndQuotedCells_NeutralisedAndEscapedLikeTheCatalogueExport()
    {
        using var output = new MemoryStream();

        await TableCsv.WriteAsync(output, ["ben", "label", "total"],
            [["=HYPERLINK(\"x\")", "Refugees, \"displaced\"", "3"], ["@SUM(A1)", "Ünïcode", "0"]], CancellationToken.None);

        var bytes = output.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("ben,label,total\n\"'=HYPERLINK(\"\"x\"\")\",\"Refugees, \"\"displaced\"\"\",3\n'@SUM(A1),Ünïcode,0\n",
            Encoding.UTF8.GetString(bytes));
    }
}
