using Catalogue.Core.Entities;
using Catalogue.Core.Localization;

namespace Catalogue.Core.Curation;

/// <summary>
/// The rules every way of writing an entry shares — the admin form, the public suggestion form, the browser import and
/// the command-line import — so they can never disagree: years, web addresses, the source a published entry needs and
/// the first publication date. Slugs follow <see cref="SlugText"/>; field lengths follow <see cref="EntryFieldLimits"/>.
/// </summary>
public static class EntryRules
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static string SourceRequired => CoreText.Format("Curation.SourceRequired");

    public static bool IsPlausibleYear(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>An absolute http(s) address of at most <see cref="Entry.UrlMaxLength"/> characters.</summary>
    public static bool IsWebAddress(string url) =>
        url.Length <= Entry.UrlMaxLength && Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>A reader can reach what the entry describes: a web address, a document or the entry it is described in.</summary>
    public static bool HasSource(string? sourceUrl, string? documentUrl, bool describedInAnotherEntry) =>
        !string.IsNullOrWhiteSpace(sourceUrl) || !string.IsNullOrWhiteSpace(documentUrl) || describedInAnotherEntry;

    /// <summary>The one place a status change is applied: the first publication is dated once and kept.</summary>
    public static void SetStatus(Entry entry, EntryStatus status, DateTime now)
    {
        entry.Status = status;
        if (status == EntryStatus.Published)
        {
            entry.PublishedAt ??= now;
        }
    }
}
