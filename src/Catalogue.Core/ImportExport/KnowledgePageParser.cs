using Catalogue.Core.Localization;

namespace Catalogue.Core.ImportExport;

/// <summary>
/// Reads a page copied from the UN migration knowledge platform (the layout of seed 000): the title line, free
/// text paragraphs, then labelled fields ("Target Audience", "SDG Targets", …) each followed by one value per line.
/// A field's values end at the next label or a blank line; text after the fields (footnotes) is ignored.
/// </summary>
public static class KnowledgePageParser
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Date of Publication"] = "publicationDate",
        ["Publication Date"] = "publicationDate",
        ["Target Audience"] = "audiences",
        ["Author"] = "authors",
        ["Authors"] = "authors",
        ["Source / Publisher"] = "publishers",
        ["Publisher"] = "publishers",
        ["Language"] = "languages",
        ["Languages"] = "languages",
        ["Geographic Scope"] = "geographicScope",
        ["Workstream Output"] = "workstreamOutput",
        ["Regional Review Process"] = "regionalReviewProcess",
        ["GCM Objectives"] = "gcmObjectives",
        ["Cross Cutting Theme"] = "themes",
        ["Cross Cutting Themes"] = "themes",
        ["SDGs"] = "sdgs",
        ["SDG Indicators"] = "sdgIndicators",
        ["SDG Targets"] = "sdgTargets",
        ["Keywords"] = "keywords",
        ["Tags"] = "tags",
        ["Status"] = "status",
        // Not on the platform's pages, accepted so a curator can complete a pasted page before importing it.
        ["Kind"] = "kind",
        ["Type"] = "kind",
        ["Slug"] = "slug",
        ["External ID"] = "externalId",
        ["Summary"] = "summary",
        ["Region"] = "regions",
        ["Regions"] = "regions",
        ["Country"] = "countries",
        ["Countries"] = "countries",
        ["Implementer"] = "implementers",
        ["Implementers"] = "implementers",
        ["Partners"] = "partners",
        ["Donors"] = "donors",
        ["Beneficiary Groups"] = "beneficiaryGroups",
        ["Activity Areas"] = "activityAreas",
        ["Start Year"] = "startYear",
        ["End Year"] = "endYear",
        ["Source URL"] = "sourceUrl",
        ["Document URL"] = "documentUrl",
        ["Evaluation URL"] = "evaluationUrl",
        ["Good Practice"] = "goodPractice",
        ["Lessons Learned"] = "lessonsLearned",
    };

    private static readonly HashSet<string> PageChrome = new(StringComparer.OrdinalIgnoreCase) { "Skip to main content" };

    public static (List<ImportRecord> Records, List<ImportRejection> Rejections) Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var rejections = new List<ImportRejection>();
        var index = 0;
        while (index < lines.Length && (string.IsNullOrWhiteSpace(lines[index]) || PageChrome.Contains(lines[index].Trim())))
        {
            index++;
        }

        if (index == lines.Length)
        {
            throw new ImportFileException(CoreText.Format("Import.Page.NoTitle"), 1);
        }

        var titleLine = index + 1;
        var entry = new EntryRecord { Title = lines[index].Trim(), Kind = "Publication" };
        var record = new ImportRecord(titleLine, entry);
        record.FieldLines["title"] = titleLine;
        index++;

        var paragraphs = new List<string>();
        var paragraph = new List<string>();
        for (; index < lines.Length && !Labels.ContainsKey(lines[index].Trim()); index++)
        {
            if (string.IsNullOrWhiteSpace(lines[index]))
            {
                Flush();
            }
            else
            {
                paragraph.Add(lines[index].Trim());
            }
        }

        Flush();
        var values = new Dictionary<string, List<(string Value, int Line)>>(StringComparer.Ordinal);
        string? field = null;
        for (; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (Labels.TryGetValue(line, out var labelled))
            {
                field = labelled;
                record.FieldLines[field] = index + 1;
                values.TryAdd(field, []);
            }
            else if (line.Length == 0)
            {
                field = null;
            }
            else if (field is not null)
            {
                values[field].Add((line, index + 1));
            }
        }

        if (paragraphs.Count > 0)
        {
            entry.Description = string.Join("\n\n", paragraphs);
            entry.Summary = SummaryOf(paragraphs[0]);
            record.FieldLines["summary"] = titleLine + 2;
            record.FieldLines["description"] = titleLine + 2;
        }

        foreach (var (name, list) in values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                record.FieldLines[$"{name}#{i}"] = list[i].Line;
            }

            Assign(entry, record, name, list.Select(v => v.Value).ToList(), rejections);
        }

        entry.Slug ??= EntryResolver.Slugify(entry.Title);
        return rejections.Count == 0 ? ([record], rejections) : ([], rejections);

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                paragraphs.Add(string.Join(' ', paragraph));
                paragraph.Clear();
            }
        }
    }

    /// <summary>The first paragraph, cut at a sentence (or word) end so it fits the summary's limit.</summary>
    private static string SummaryOf(string paragraph)
    {
        const int limit = Catalogue.Core.Entities.Entry.SummaryMaxLength;
        if (paragraph.Length <= limit)
        {
            return paragraph;
        }

        var cut = paragraph[..limit];
        var sentenceEnd = cut.LastIndexOf(". ", StringComparison.Ordinal);
        return sentenceEnd > limit / 2 ? cut[..(sentenceEnd + 1)] : cut[..cut.LastIndexOf(' ')].TrimEnd() + "…";
    }

    private static void Assign(EntryRecord e, ImportRecord record, string field, List<string> values, List<ImportRejection> rejections)
    {
        string? Single()
        {
            if (values.Count > 1)
            {
                rejections.Add(new ImportRejection(record.LineOf(field, 1), e.Slug, field, CoreText.Format("Import.Page.OneValue", values.Count)));
            }

            return values.FirstOrDefault();
        }

        bool Flag()
        {
            var value = Single();
            if (value is null)
            {
                return false;
            }

            if (YesNo.TryParse(value, out var flag))
            {
                return flag;
            }

            rejections.Add(new ImportRejection(record.LineOf(field, 0), e.Slug, field, CoreText.Format("Import.Page.NotAFlag", value)));
            return false;
        }

        int? Year()
        {
            var value = Single();
            if (value is null)
            {
                return null;
            }

            if (int.TryParse(value, out var year))
            {
                return year;
            }

            rejections.Add(new ImportRejection(record.LineOf(field, 0), e.Slug, field, CoreText.Format("Import.NotAYear", value)));
            return null;
        }

        switch (field)
        {
            case "publicationDate": e.PublicationDate = Single(); break;
            case "audiences": e.Audiences = values; break;
            case "authors": e.Authors = values; break;
            case "publishers": e.Publishers = values; break;
            case "languages": e.Languages = values; break;
            case "geographicScope": e.GeographicScope = Single(); break;
            case "workstreamOutput": e.WorkstreamOutput = Flag(); break;
            case "regionalReviewProcess": e.RegionalReviewProcess = Flag(); break;
            case "gcmObjectives": e.GcmObjectives = values; break;
            case "themes": e.Themes = values; break;
            case "sdgs": e.Goals = values; break;
            case "sdgIndicators": e.SdgIndicators = values; break;
            case "sdgTargets": e.SdgTargets = values; break;
            case "keywords": e.Keywords = values; break;
            case "tags": e.Tags = values; break;
            case "status": e.Status = Single(); break;
            case "kind": e.Kind = Single() ?? e.Kind; break;
            case "slug": e.Slug = Single(); break;
            case "externalId": e.ExternalId = Single(); break;
            case "summary": e.Summary = values.Count > 0 ? string.Join(' ', values) : e.Summary; break;
            case "regions": e.Regions = values; break;
            case "countries": e.Countries = values; break;
            case "implementers": e.Implementers = values; break;
            case "partners": e.Partners = values; break;
            case "donors": e.Donors = values; break;
            case "beneficiaryGroups": e.BeneficiaryGroups = values; break;
            case "activityAreas": e.ActivityAreas = values; break;
            case "startYear": e.StartYear = Year(); break;
            case "endYear": e.EndYear = Year(); break;
            case "sourceUrl": e.SourceUrl = Single(); break;
            case "documentUrl": e.DocumentUrl = Single(); break;
            case "evaluationUrl": e.EvaluationUrl = Single(); break;
            case "goodPractice": e.GoodPractice = Flag(); break;
            case "lessonsLearned": e.LessonsLearned = string.Join('\n', values); break;
        }
    }
}
