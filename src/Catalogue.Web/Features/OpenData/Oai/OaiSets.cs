using Catalogue.Core.Entities;
using Catalogue.Core.ReferenceData;
using Catalogue.Core.Search;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Web.Features.OpenData.Oai;

/// <summary>
/// The repository's sets as catalogue searches: "sdg:4.1" is the search sdg=4.1, read by the catalogue's query parser
/// in strict mode, so a set holds exactly what the same filter finds on the site and the API. A set without a value
/// ("sdg") holds the entries with any value of it.
/// </summary>
public static class OaiSets
{
    private static readonly Dictionary<string, (string Key, IReadOnlyList<string> All)> Families = new(StringComparer.Ordinal)
    {
        ["kind"] = (K.Kind, Enum.GetValues<EntryKind>().Select(k => k.ToString().ToLowerInvariant()).ToList()),
        ["sdg"] = (K.SdgTarget, OfficialTaxonomies.SdgTargets.Select(t => t.Code).ToList()),
        ["gcm"] = (K.GcmObjective, OfficialTaxonomies.GcmObjectives.Select(o => o.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()),
    };

    /// <summary>The search a set stands for, or null when the repository has no such set (set specs are exact: "kind:Event" is not one).</summary>
    public static CatalogueQuery? ToQuery(string set)
    {
        var parts = set.Split(':', 2);
        if (!Families.TryGetValue(parts[0], out var family))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new CatalogueQuery().With(family.Key, family.All);
        }

        var parsed = CatalogueQueryParser.Parse([new KeyValuePair<string, string?[]>(family.Key, [parts[1]])], QueryParseMode.Strict);
        return parsed.IsValid && parsed.Query.Values(family.Key) is [var canonical] && canonical == parts[1] ? parsed.Query : null;
    }
}
