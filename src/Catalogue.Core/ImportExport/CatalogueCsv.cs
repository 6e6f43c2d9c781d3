using System.Globalization;
using System.Text;
using CsvHelper;
using Catalogue.Core.Localization;

namespace Catalogue.Core.ImportExport;

/// <summary>
/// CSV with one row per entry; headers are the JSON property names; multi-valued cells separate values with ";";
/// related entries are written "Type:slug". Cells that a spreadsheet would run as a formula (starting with
/// = + - @, tab or carriage return) are written with a leading apostrophe, which import removes again.
/// </summary>
public static class CatalogueCsv
{
    public const char ValueSeparator = ';';
    private const string FormulaStarts = "=+-@\t\r";

    public static readonly IReadOnlyList<string> Headers =
    [
        "slug", "externalId", "kind", "status", "title", "summary", "description", "publicationDate", "startYear", "endYear",
        "sourceUrl", "documentUrl", "evaluationUrl", "languages", "geographicScope", "regions", "countries", "audiences",
        "authors", "publishers", "implementers", "partners", "donors", "beneficiaryGroups", "activityAreas", "sdgTargets",
        "sdgIndicators", "gcmObjectives", "themes", "keywords", "tags", "workstreamOutput", "regionalReviewProcess",
        "goodPractice", "lessonsLearned", "related", "originalLanguage", "translations",
    ];

    /// <summary>How every CSV download is written (invariant numbers, \n line ends, formulas neutralised by <see cref="Neutralise"/>).</summary>
    internal static CsvWriterOptions WriterOptions => new()
    {
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
        // Neutralised by this class, so that import can undo it exactly.
        Injection = CsvInjection.None,
    };

    private static CsvReaderOptions ReaderOptions => new()
    {
        HasHeader = true,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = true,
        TrimWhitespace = false,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<EntryRecord> entries, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        await using (var csv = CsvWriter.Create(text, WriterOptions, true))
        {
            foreach (var header in Headers)
            {
                csv.WriteField(header);
            }

            await csv.EndRecordAsync(cancellationToken);
            await foreach (var entry in entries.WithCancellation(cancellationToken))
            {
                foreach (var cell in Cells(entry))
                {
                    csv.WriteField(Neutralise(cell));
                }

                await csv.EndRecordAsync(cancellationToken);
            }

            await csv.FlushAsync(cancellationToken);
        }

        await text.FlushAsync(cancellationToken);
    }

    /// <summary>Prefixes an apostrophe to a cell a spreadsheet would read as a formula (and to one already starting with one).</summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && (FormulaStarts.Contains(cell[0], StringComparison.Ordinal) || cell[0] == '\'') ? "'" + cell : cell;

    public static (List<ImportRecord> Records, List<ImportRejection> Rejections) Read(string text)
    {
        var records = new List<ImportRecord>();
        var rejections = new List<ImportRejection>();
        using var csv = CsvReader.FromText(text, ReaderOptions);
        var hasRow = csv.Read();
        if (csv.Headers is not { Count: > 0 } header)
        {
            throw new ImportFileException(CoreText.Format("Import.Csv.NoHeader"), 1);
        }

        var unknown = header.Where(h => !Headers.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new ImportFileException(
                CoreText.Format("Import.Csv.UnknownColumns", string.Join(", ", unknown.Select(u => $"\"{u}\"")), string.Join(", ", Headers)), 1);
        }

        if (!header.Contains("title", StringComparer.OrdinalIgnoreCase))
        {
            throw new ImportFileException(CoreText.Format("Import.Csv.NoTitle"), 1);
        }

        var columns = header.Select(h => Headers.First(known => string.Equals(known, h.Trim(), StringComparison.OrdinalIgnoreCase))).ToArray();
        for (; hasRow; hasRow = csv.Read())
        {
            var line = (int)csv.LineNumber;
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            var rowRejections = new List<ImportRejection>();
            for (var i = 0; i < columns.Length; i++)
            {
                var raw = i < csv.FieldCount ? csv.GetString(i) ?? "" : "";
                if (IsFormula(raw))
                {
                    rowRejections.Add(new ImportRejection(line, null, columns[i],
                        CoreText.Format("Import.Csv.Formula", Visible(raw[0]))));
                    continue;
                }

                cells[columns[i]] = Unescape(raw);
            }

            if (cells.Values.All(string.IsNullOrWhiteSpace) && rowRejections.Count == 0)
            {
                continue;
            }

            var entry = ToRecord(cells, line, rowRejections);
            rejections.AddRange(rowRejections);
            if (rowRejections.Count == 0)
            {
                records.Add(new ImportRecord(line, entry));
            }
        }

        return (records, rejections);
    }

    private static IEnumerable<string> Cells(EntryRecord e) =>
    [
        e.Slug ?? "", e.ExternalId ?? "", e.Kind ?? "", e.Status ?? "", e.Title ?? "", e.Summary ?? "", e.Description ?? "",
        e.PublicationDate ?? "", Number(e.StartYear), Number(e.EndYear), e.SourceUrl ?? "", e.DocumentUrl ?? "", e.EvaluationUrl ?? "",
        Join(e.Languages), e.GeographicScope ?? "", Join(e.Regions), Join(e.Countries), Join(e.Audiences), Join(e.Authors),
        Join(e.Publishers), Join(e.Implementers), Join(e.Partners), Join(e.Donors), Join(e.BeneficiaryGroups), Join(e.ActivityAreas),
        Join(e.SdgTargets), Join(e.SdgIndicators), Join(e.GcmObjectives), Join(e.Themes), Join(e.Keywords), Join(e.Tags),
        Bool(e.WorkstreamOutput), Bool(e.RegionalReviewProcess), Bool(e.GoodPractice), e.LessonsLearned ?? "",
        Join(e.Related.Select(r => r.Note is null ? $"{r.Type}:{r.Slug}" : $"{r.Type}:{r.Slug}|{r.Note}")), e.OriginalLanguage ?? "",
        e.Translations is { Count: > 0 } translations ? System.Text.Json.JsonSerializer.Serialize(translations, CatalogueJson.Options) : "",
    ];

    private static EntryRecord ToRecord(Dictionary<string, string> cells, int line, List<ImportRejection> rejections)
    {
        string? Text(string name) => cells.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        List<string> List(string name) => Split(Text(name));

        int? Year(string name)
        {
            var value = Text(name)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                return year;
            }

            rejections.Add(new ImportRejection(line, Text("slug"), name, CoreText.Format("Import.NotAYear", value)));
            return null;
        }

        bool Flag(string name)
        {
            var value = Text(name)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return false;
            }

            if (YesNo.TryParse(value, out var flag))
            {
                return flag;
            }

            rejections.Add(new ImportRejection(line, Text("slug"), name, CoreText.Format("Import.Csv.NotAFlag", value)));
            return false;
        }

        var related = new List<RelatedRecord>();
        foreach (var item in List("related"))
        {
            var bar = item.IndexOf('|', StringComparison.Ordinal);
            var note = bar >= 0 ? item[(bar + 1)..].Trim() : null;
            var link = bar >= 0 ? item[..bar] : item;
            var colon = link.IndexOf(':', StringComparison.Ordinal);
            related.Add(colon > 0
                ? new RelatedRecord { Type = link[..colon].Trim(), Slug = link[(colon + 1)..].Trim(), Note = note is { Length: > 0 } ? note : null }
                : new RelatedRecord { Type = "RelatedTo", Slug = link.Trim(), Note = note is { Length: > 0 } ? note : null });
        }

        return new EntryRecord
        {
            Slug = Text("slug"), ExternalId = Text("externalId"), Kind = Text("kind"), Status = Text("status"), Title = Text("title"),
            Summary = Text("summary"), Description = Text("description"), PublicationDate = Text("publicationDate"),
            StartYear = Year("startYear"), EndYear = Year("endYear"), SourceUrl = Text("sourceUrl"), DocumentUrl = Text("documentUrl"),
            EvaluationUrl = Text("evaluationUrl"), Languages = List("languages"), GeographicScope = Text("geographicScope"),
            Regions = List("regions"), Countries = List("countries"), Audiences = List("audiences"), Authors = List("authors"),
            Publishers = List("publishers"), Implementers = List("implementers"), Partners = List("partners"), Donors = List("donors"),
            BeneficiaryGroups = List("beneficiaryGroups"), ActivityAreas = List("activityAreas"), SdgTargets = List("sdgTargets"),
            SdgIndicators = List("sdgIndicators"), GcmObjectives = List("gcmObjectives"), Themes = List("themes"),
            Keywords = List("keywords"), Tags = List("tags"), WorkstreamOutput = Flag("workstreamOutput"),
            RegionalReviewProcess = Flag("regionalReviewProcess"), GoodPractice = Flag("goodPractice"),
            LessonsLearned = Text("lessonsLearned"), Related = related,
            OriginalLanguage = Text("originalLanguage"), Translations = Translations(),
        };

        // The translations cell holds the JSON format's array: [{"language":"fr","title":"…","summary":"…"}].
        List<TranslationRecord>? Translations()
        {
            if (Text("translations") is not { } json)
            {
                return null;
            }

            try
            {
                return System.Text.Json.JsonSerializer.Deserialize<List<TranslationRecord>>(json, CatalogueJson.Options);
            }
            catch (System.Text.Json.JsonException)
            {
                rejections.Add(new ImportRejection(line, Text("slug"), "translations",
                    CoreText.Format("Import.Csv.Translations", "[{\"language\":\"fr\",\"title\":\"…\",\"summary\":\"…\"}]")));
                return null;
            }
        }
    }

    /// <summary>A cell that would run as a formula; "- " (a Markdown list) and a lone "-" are plain text.</summary>
    private static bool IsFormula(string cell) =>
        cell.Length > 0 && FormulaStarts.Contains(cell[0], StringComparison.Ordinal) &&
        !(cell[0] == '-' && (cell.Length == 1 || cell[1] == ' '));

    /// <summary>Removes the apostrophe export puts before formula-like text (and before a leading apostrophe).</summary>
    private static string Unescape(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && (FormulaStarts.Contains(cell[1], StringComparison.Ordinal) || cell[1] == '\'') ? cell[1..] : cell;

    private static string Visible(char c) => c switch { '\t' => CoreText.Format("Import.Csv.Tab"), '\r' => CoreText.Format("Import.Csv.CarriageReturn"), _ => c.ToString() };

    private static List<string> Split(string? cell) =>
        cell is null ? [] : cell.Split(ValueSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Join(IEnumerable<string> values) => string.Join(ValueSeparator + " ", values);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Bool(bool value) => value ? "true" : "false";
}

/// <summary>"Yes", "no", "true", "false", "1", "0" as people write them in spreadsheets and on web pages.</summary>
public static class YesNo
{
    public static bool TryParse(string value, out bool result)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "yes" or "y" or "true" or "1":
                result = true;
                return true;
            case "no" or "n" or "false" or "0":
                result = false;
                return true;
            default:
                result = false;
                return false;
        }
    }
}
