using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;

namespace Catalogue.Web.Features.Insights;

/// <summary>One row or column of a matrix: the facet value it stands for and how it reads.</summary>
/// <param name="Short">The short form used in sentences ("4.2", "Asia").</param>
/// <param name="DrillTo">The region whose parts this column opens into, when it has parts.</param>
public sealed record MatrixAxis(string Key, string Value, string Label, string Short, string? DrillTo = null);

/// <summary>A matrix to show: its rows, columns and counts, and how a cell links to its entries.</summary>
/// <param name="Tabs">The counts, one cross-tab per pair of row and column keys (a region's parts may be regions and countries).</param>
/// <param name="ColumnsAreRegions">Gaps read "no entry for 4.2 in Asia"; otherwise "no entry for 4.2 with Programme".</param>
public sealed record MatrixModel(string Id, string Title, string RowHeading, string ColumnHeading, IReadOnlyList<MatrixAxis> Rows,
    IReadOnlyList<MatrixAxis> Columns, IReadOnlyList<CrossTab> Tabs, CatalogueQuery Query, bool ColumnsAreRegions)
{
    /// <summary>Column headings show the short form (target codes), the full label as its expansion.</summary>
    public bool ShortColumns { get; init; }

    /// <summary>The table's CSV download (null: none).</summary>
    public string? CsvUrl { get; init; }

    public int Max => Rows.SelectMany(r => Columns.Select(c => Count(r, c))).DefaultIfEmpty(0).Max();

    public int Gaps => Rows.Sum(r => Columns.Count(c => Count(r, c) == 0));

    public int Count(MatrixAxis row, MatrixAxis column) => Tab(row.Key, column.Key)?[row.Value, column.Value] ?? 0;

    private CrossTab? Tab(string rowKey, string columnKey) => Tabs.FirstOrDefault(t => t.RowKey == rowKey && t.ColumnKey == columnKey);

    /// <summary>The catalogue narrowed to a cell's row and column: its total is the cell's count.</summary>
    public string CellUrl(MatrixAxis row, MatrixAxis column) => CatalogueUrl.ToUrl(Narrow(Narrow(Query, row), column));

    /// <summary>The catalogue narrowed to a row, without the column's selections (the row total is counted without them).</summary>
    public string RowUrl(MatrixAxis row) => CatalogueUrl.ToUrl(Narrow(Columns.Count > 0 ? CatalogueUrl.Without(Query, Columns[0].Key) : Query, row));

    public int RowTotal(MatrixAxis row) => Tabs.FirstOrDefault(t => t.RowKey == row.Key)?.RowTotals.GetValueOrDefault(row.Value) ?? 0;

    private static CatalogueQuery Narrow(CatalogueQuery query, MatrixAxis axis) => axis.Key == CrossTab.Year
        ? CatalogueUrl.OnlyYear(query, int.Parse(axis.Value, System.Globalization.CultureInfo.InvariantCulture))
        : CatalogueUrl.Only(query, axis.Key, axis.Value);
}
