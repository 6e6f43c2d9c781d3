using Catalogue.Core.Entities;

namespace Catalogue.Web.Features.Admin;

/// <summary>Statuses as people say them: "In review", not "InReview".</summary>
public static class StatusLabels
{
    public static string Of(EntryStatus status) => status switch
    {
        EntryStatus.Draft => "Draft",
        EntryStatus.InReview => "In review",
        EntryStatus.Published => "Published",
        EntryStatus.Archived => "Archived",
        _ => status.ToString(),
    };

    public static string Of(string status) => Enum.TryParse<EntryStatus>(status, out var parsed) ? Of(parsed) : status;
}
