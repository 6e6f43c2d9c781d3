using Catalogue.Core.Entities;

namespace Catalogue.Core.Curation;

/// <summary>How a typed link reads from each side: a webinar "Launches" a report; the report is "Launched by" the webinar.</summary>
public static class RelationLabels
{
    /// <param name="outgoing">True on the entry that holds the link, false on the entry it points to.</param>
    public static string Of(RelationType type, bool outgoing) => (type, outgoing) switch
    {
        (RelationType.Launches, true) => "Launches",
        (RelationType.Launches, false) => "Launched by",
        (RelationType.PartOf, true) => "Part of",
        (RelationType.PartOf, false) => "Has part",
        (RelationType.Evaluates, true) => "Evaluates",
        (RelationType.Evaluates, false) => "Evaluated by",
        (RelationType.TranslationOf, true) => "Translation of",
        (RelationType.TranslationOf, false) => "Translated as",
        (RelationType.DescribedIn, true) => "Described in",
        (RelationType.DescribedIn, false) => "Describes",
        _ => "Related to",
    };
}
