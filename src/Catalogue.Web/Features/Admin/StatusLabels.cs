using Catalogue.Core.Entities;

namespace Catalogue.Web.Features.Admin;

/// <summary>Statuses as people say them: "In review", not "InReview", in the interface language ("Admin.Status.*").</summary>
public static class StatusLabels
{
    public static string Of(EntryStatus status) => FieldLabels.Text($"Admin.Status.{status}") ?? status.ToString();

    public static string Of(string status) => Enum.TryParse<EntryStatus>(status, out var parsed) ? Of(parsed) : status;
}
