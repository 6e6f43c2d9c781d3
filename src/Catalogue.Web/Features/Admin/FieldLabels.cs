namespace Catalogue.Web.Features.Admin;

/// <summary>The names of an entry's fields as the form labels them ("Beneficiary groups", not "BeneficiaryGroups").</summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Kind"] = "Kind", ["Title"] = "Title", ["Slug"] = "Slug (address)", ["ExternalId"] = "External identifier", ["Summary"] = "Summary",
        ["Description"] = "Description", ["PublicationDate"] = "Publication date", ["PublicationDatePrecision"] = "Date precision",
        ["StartYear"] = "Start year", ["EndYear"] = "End year", ["SourceUrl"] = "Source link", ["DocumentUrl"] = "Document link",
        ["EvaluationUrl"] = "Evaluation link", ["GeographicScope"] = "Geographic scope", ["WorkstreamOutput"] = "Workstream output",
        ["RegionalReviewProcess"] = "Regional review process", ["IsGoodPractice"] = "Good practice", ["LessonsLearned"] = "Lessons learned",
        ["Languages"] = "Languages", ["Regions"] = "Regions", ["Countries"] = "Countries", ["Audiences"] = "Audiences",
        ["BeneficiaryGroups"] = "Beneficiary groups", ["ActivityAreas"] = "Activity areas", ["SdgTargets"] = "SDG 4 targets",
        ["SdgIndicators"] = "SDG 4 indicators", ["GcmObjectives"] = "GCM objectives", ["Themes"] = "Cross-cutting themes",
        ["Keywords"] = "Keywords", ["Tags"] = "Tags", ["Organisations"] = "Organisations", ["Links"] = "Links to other entries",
        ["Status"] = "Status",
    };

    public static string Of(string field) => Labels.GetValueOrDefault(field, field);
}
