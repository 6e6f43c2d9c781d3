using System.Globalization;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;

namespace Catalogue.Core.ImportExport;

/// <summary>
/// Checks one <see cref="ImportRecord"/> and maps its values (through <see cref="ValueResolver"/>) into a
/// <see cref="ResolvedEntry"/>, collecting every problem as a rejection naming the line, the field and the value.
/// </summary>
public sealed partial class EntryResolver(ValueResolver values)
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM", "yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM yyyy", "MMM yyyy", "dd/MM/yyyy",
    ];

    public (ResolvedEntry? Entry, List<ImportRejection> Rejections) Resolve(ImportRecord record)
    {
        var e = record.Entry;
        var rejections = new List<ImportRejection>();
        var slug = Clean(e.Slug);

        void Reject(string field, string reason, int index = -1) =>
            rejections.Add(new ImportRejection(record.LineOf(field, index), slug, field, reason));

        foreach (var (field, text, index) in TextFields(e))
        {
            if (StoredText.HasForbiddenCharacter(text))
            {
                Reject(field, StoredText.Problem, index);
            }
        }

        var title = Clean(e.Title);
        if (string.IsNullOrEmpty(title))
        {
            Reject("title", CoreText.Format("Import.Required"));
        }
        else if (title.Length > Entry.TitleMaxLength)
        {
            Reject("title", CoreText.Format("Import.TooLong", title.Length, Entry.TitleMaxLength));
        }

        if (string.IsNullOrEmpty(slug))
        {
            slug = Slugify(title ?? "");
        }

        if (string.IsNullOrEmpty(slug) || !Curation.SlugText.IsValid(slug))
        {
            Reject("slug", CoreText.Format("Import.SlugInvalid", slug, Entry.SlugMaxLength));
        }

        var externalId = Clean(e.ExternalId);
        if (externalId is { Length: > 200 })
        {
            Reject("externalId", CoreText.Format("Import.LongerThan", 200));
        }

        var kind = Required(e.Kind, "kind", ValueResolver.Enum<EntryKind>, Reject);
        var status = string.IsNullOrWhiteSpace(e.Status)
            ? EntryStatus.Draft
            : Single(e.Status, "status", ValueResolver.Enum<EntryStatus>, Reject);

        var summary = Clean(e.Summary) ?? "";
        if (summary.Length > Entry.SummaryMaxLength)
        {
            Reject("summary", CoreText.Format("Import.TooLong", summary.Length, Entry.SummaryMaxLength));
        }
        else if (summary.Length == 0 && status != EntryStatus.Draft)
        {
            Reject("summary", CoreText.Format("Import.SummaryRequired", status));
        }

        var (date, precision) = ParseDate(e.PublicationDate, Reject);
        CheckYear(e.StartYear, "startYear", Reject);
        CheckYear(e.EndYear, "endYear", Reject);
        if (e.StartYear is { } start && e.EndYear is { } end && start > end)
        {
            Reject("endYear", CoreText.Format("Import.EndBeforeStart", end, start));
        }

        var scope = string.IsNullOrWhiteSpace(e.GeographicScope)
            ? (GeographicScope?)null
            : Single(e.GeographicScope, "geographicScope", ValueResolver.Enum<GeographicScope>, Reject);

        foreach (var goal in e.Goals.Where(g => !string.IsNullOrWhiteSpace(g)).Select((g, i) => (g, i)))
        {
            if (values.Goal(goal.g).Error is { } error)
            {
                Reject("sdgs", error, goal.i);
            }
        }

        var (originalLanguage, translations) = ResolveTranslations(e, Reject);

        var relatedRecords = new List<(RelationType, string, string?)>();
        for (var i = 0; i < e.Related.Count; i++)
        {
            var related = e.Related[i];
            var type = ValueResolver.Enum<RelationType>(related.Type ?? "");
            var target = Clean(related.Slug);
            var note = Clean(related.Note);
            if (!type.Ok)
            {
                Reject("related", type.Error!, i);
            }
            else if (string.IsNullOrEmpty(target) || !SlugPattern().IsMatch(target))
            {
                Reject("related", CoreText.Format("Import.RelatedSlug", related.Slug ?? ""), i);
            }
            else if (target == slug)
            {
                Reject("related", CoreText.Format("Import.RelatedSelf"), i);
            }
            else if (note is { Length: > EntryRelation.NoteMaxLength })
            {
                Reject("related", CoreText.Format("Import.NoteTooLong", note[..40], EntryRelation.NoteMaxLength), i);
            }
            else
            {
                relatedRecords.Add((type.Value, target, note));
            }
        }

        var sourceUrl = Url(e.SourceUrl, "sourceUrl", Reject);
        var documentUrl = Url(e.DocumentUrl, "documentUrl", Reject);
        if (status == EntryStatus.Published &&
            !Curation.EntryRules.HasSource(sourceUrl, documentUrl, relatedRecords.Any(r => r.Item1 == RelationType.DescribedIn)) &&
            string.IsNullOrWhiteSpace(e.SourceUrl) && string.IsNullOrWhiteSpace(e.DocumentUrl))
        {
            Reject("status", Curation.EntryRules.SourceRequired);
        }

        var resolved = new ResolvedEntry
        {
            Line = record.Line,
            Slug = slug ?? "",
            ExternalId = externalId,
            Kind = kind,
            Status = status,
            Title = title ?? "",
            Summary = summary,
            Description = CleanText(e.Description),
            OriginalLanguage = originalLanguage,
            Translations = translations,
            PublicationDate = date,
            PublicationDatePrecision = precision,
            StartYear = e.StartYear,
            EndYear = e.EndYear,
            SourceUrl = sourceUrl,
            DocumentUrl = documentUrl,
            EvaluationUrl = Url(e.EvaluationUrl, "evaluationUrl", Reject),
            GeographicScope = scope,
            WorkstreamOutput = e.WorkstreamOutput,
            RegionalReviewProcess = e.RegionalReviewProcess,
            GoodPractice = e.GoodPractice,
            LessonsLearned = CleanText(e.LessonsLearned),
            Languages = Many(e.Languages, "languages", values.Language, l => l.Code, Reject),
            Regions = Many(e.Regions, "regions", values.Region, r => r.Code, Reject),
            Countries = Many(e.Countries, "countries", values.Country, c => c.Alpha2, Reject),
            ActivityAreas = Many(e.ActivityAreas, "activityAreas", values.ActivityArea, a => a.Id.ToString(CultureInfo.InvariantCulture), Reject),
            SdgTargets = Many(e.SdgTargets, "sdgTargets", values.Target, t => t.Code, Reject),
            SdgIndicators = Many(e.SdgIndicators, "sdgIndicators", values.Indicator, i => i.Code, Reject),
            GcmObjectives = Many(e.GcmObjectives, "gcmObjectives", values.Objective, o => o.Number.ToString(CultureInfo.InvariantCulture), Reject),
            Themes = Many(e.Themes, "themes", values.Theme, t => t.Name, Reject),
            Audiences = Terms(e.Audiences, "audiences", Reject),
            BeneficiaryGroups = Terms(e.BeneficiaryGroups, "beneficiaryGroups", Reject),
            Keywords = Terms(e.Keywords, "keywords", Reject),
            Tags = Terms(e.Tags, "tags", Reject),
            Organisations =
            [
                .. Terms(e.Authors, "authors", Reject).Select(n => (OrganisationRole.Author, n)),
                .. Terms(e.Publishers, "publishers", Reject).Select(n => (OrganisationRole.Publisher, n)),
                .. Terms(e.Implementers, "implementers", Reject).Select(n => (OrganisationRole.Implementer, n)),
                .. Terms(e.Partners, "partners", Reject).Select(n => (OrganisationRole.Partner, n)),
                .. Terms(e.Donors, "donors", Reject).Select(n => (OrganisationRole.Donor, n)),
            ],
            Related = relatedRecords,
        };
        return (rejections.Count == 0 ? resolved : null, rejections);
    }

    /// <summary>"Open Doors: School Strategy (Colombia)" → "open-doors-school-strategy-colombia"; the same rule as the admin form.</summary>
    public static string Slugify(string title) => Curation.SlugText.From(title);
}
