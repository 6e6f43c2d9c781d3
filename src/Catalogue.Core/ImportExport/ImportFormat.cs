namespace Catalogue.Core.ImportExport;

public enum ImportFormat
{
    /// <summary>The project's JSON format (docs/import-export.md).</summary>
    Json,
    /// <summary>One row per entry, multi-valued cells separated by ";".</summary>
    Csv,
    /// <summary>A pasted knowledge-platform page: title, free text, labelled fields with one value per line.</summary>
    Text,
}

public static class ImportFormats
{
    /// <summary>The format a file name suggests: .json, .csv, otherwise (.txt, .md) the page layout.</summary>
    public static ImportFormat FromFileName(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".json" => ImportFormat.Json,
        ".csv" => ImportFormat.Csv,
        _ => ImportFormat.Text,
    };

    public static bool TryParse(string? value, out ImportFormat format) =>
        Enum.TryParse(value, ignoreCase: true, out format) && Enum.IsDefined(format);
}
