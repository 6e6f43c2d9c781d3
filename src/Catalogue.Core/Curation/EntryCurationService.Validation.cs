using Catalogue.Core.Entities;
using Catalogue.Core.Localization;

namespace Catalogue.Core.Curation;

/// <summary>The one validation of an entry, shared by the admin form, both imports and the suggestion form.</summary>
public sealed partial class EntryCurationService
{
    public static Dictionary<string, string> Validate(EntryEditModel model, Microsoft.EntityFrameworkCore.Metadata.IModel dbModel)
    {
        var errors = new Dictionary<string, string>();
        EntryFieldLimits.Check(model, dbModel, errors);
        foreach (var (field, text) in TextFields(model))
        {
            if (StoredText.HasForbiddenCharacter(text))
            {
                errors[field] = CoreText.Format("Curation.ControlCharacter");
            }
        }

        if (string.IsNullOrWhiteSpace(model.Title))
        {
            errors[nameof(model.Title)] = CoreText.Format("Curation.EnterTitle");
        }

        if (string.IsNullOrWhiteSpace(model.Summary))
        {
            errors[nameof(model.Summary)] = CoreText.Format("Curation.EnterSummary");
        }

        if (!SlugText.IsValid(model.Slug.Trim()))
        {
            errors[nameof(model.Slug)] = CoreText.Format("Curation.SlugRule");
        }

        CheckUrl(model.SourceUrl, nameof(model.SourceUrl), errors);
        CheckUrl(model.DocumentUrl, nameof(model.DocumentUrl), errors);
        CheckUrl(model.EvaluationUrl, nameof(model.EvaluationUrl), errors);
        if (model.StartYear is { } startYear && !EntryRules.IsPlausibleYear(startYear))
        {
            errors[nameof(model.StartYear)] = CoreText.Format("Curation.YearRange", EntryRules.MinYear, EntryRules.MaxYear);
        }

        if (model.EndYear is { } endYear && !EntryRules.IsPlausibleYear(endYear))
        {
            errors[nameof(model.EndYear)] = CoreText.Format("Curation.YearRange", EntryRules.MinYear, EntryRules.MaxYear);
        }
        else if (model.StartYear is { } start && model.EndYear is { } end && end < start)
        {
            errors[nameof(model.EndYear)] = CoreText.Format("Curation.EndBeforeStart");
        }

        if (model.PublicationDate is { } published && !EntryRules.IsPlausibleYear(published.Year))
        {
            errors[nameof(model.PublicationDate)] = CoreText.Format("Curation.DateRange", EntryRules.MinYear, EntryRules.MaxYear);
        }

        if (TranslationRules.OriginalProblem(Blank(model.OriginalLanguage)?.ToLowerInvariant()) is { } originalProblem)
        {
            errors[nameof(model.OriginalLanguage)] = originalProblem;
        }
        else if (TranslationRules.FirstProblem(Blank(model.OriginalLanguage)?.ToLowerInvariant(), model.Translations) is { } translationProblem)
        {
            errors[nameof(model.Translations)] = translationProblem;
        }

        if (model.Organisations.Any(o => string.IsNullOrWhiteSpace(o.Name)))
        {
            errors[nameof(model.Organisations)] = CoreText.Format("Curation.OrganisationName");
        }

        return errors;
    }

    private static void CheckUrl(string? url, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }

        if (!EntryRules.IsWebAddress(url.Trim()))
        {
            errors[field] = CoreText.Format("Curation.WebAddress");
        }
    }
}
