using Catalogue.Core.Entities;
using Catalogue.Core.Localization;

namespace Catalogue.Core.Curation;

/// <summary>
/// How a typed link reads from each side: a webinar "Launches" a report; the report is "Launched by" the webinar. <see cref="Of"/>
/// is the English the data and the API keep; <see cref="Localized"/> is what a page shows (CoreText "Relation.LaunchedBy" …).
/// </summary>
public static class RelationLabels
{
    /// <summary>The label in the interface language; its key is the English label in one word ("Launched by": "LaunchedBy").</summary>
    public static string Localized(RelationType type, bool outgoing)
    {
        var english = Of(type, outgoing);
        return CoreText.Get("Relation." + string.Concat(english.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))) ?? english;
    }

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
