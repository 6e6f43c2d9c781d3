using System.Text;
using CsvHelper;

namespace Catalogue.Core.ImportExport;

/// <summary>
/// A table of counts (the insights pages' matrices and lists) as CSV, by the catalogue export's rules: UTF-8 without a
/// byte-order mark, "\n" line ends, and cells a spreadsheet would run as a formula neutralised with an apostrophe.
/// </summary>
public static class TableCsv
{
    public static async Task WriteAsync(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows,
        CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        await using (var csv = CsvWriter.Create(text, CatalogueCsv.WriterOptions, true))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(CatalogueCsv.Neutralise(cell));
                }

                await csv.EndRecordAsync(cancellationToken);
            }

            await csv.FlushAsync(cancellationToken);
        }

        await text.FlushAsync(cancellationToken);
    }
}
