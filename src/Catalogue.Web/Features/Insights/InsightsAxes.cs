using System.Globalization;
using Catalogue.Core.Entities;
using Catalogue.Core.ReferenceData;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Facets;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Web.Features.Insights;

/// <summary>The rows and columns of the insights matrices, from the reference data and the facet registry's labels.</summary>
public static class InsightsAxes
{
    /// <summary>How many beneficiary groups the beneficiary matrix lists (the most frequent ones).</summary>
    public const int BeneficiaryRows = 12;

    public static IReadOnlyList<MatrixAxis> Targets() =>
        OfficialTaxonomies.SdgTargets.Select(t => new MatrixAxis(K.SdgTarget, t.Code, FacetLabels.TargetLabel(t.Code), t.Code)).ToList();

    /// <param name="shortLabel">How a sentence names objective n ("GCM objective 15").</param>
    public static IReadOnlyList<MatrixAxis> Objectives(Func<string, string> shortLabel) =>
        OfficialTaxonomies.GcmObjectives.Select(o => o.Number.ToString(CultureInfo.InvariantCulture))
            .Select(n => new MatrixAxis(K.GcmObjective, n, FacetLabels.ObjectiveLabel(n), shortLabel(n))).ToList();

    public static IReadOnlyList<MatrixAxis> Kinds() =>
        Enum.GetValues<EntryKind>().Select(k => k.ToString().ToLowerInvariant())
            .Select(k => new MatrixAxis(K.Kind, k, FacetLabels.KindLabel(k), FacetLabels.KindLabel(k))).ToList();

    public static IReadOnlyList<MatrixAxis> Beneficiaries(CrossTab tab) =>
        tab.RowTotals.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.CurrentCulture).Take(BeneficiaryRows)
            .Select(r => new MatrixAxis(K.Beneficiary, r.Key, r.Key, r.Key)).ToList();

    /// <summary>
    /// The columns of a region matrix: the UN M49 regions (Antarctica aside), or the parts of <paramref name="drill"/> —
    /// its sub-regions and the countries directly inside it. Columns that open further name the region they open.
    /// </summary>
    public static IReadOnlyList<MatrixAxis> Regions(string? drill)
    {
        var regions = GeographyData.Regions.Where(r => r.ParentCode == drill && (drill is not null || r.Code != AntarcticaCode))
            .Select(r => new MatrixAxis(K.Region, r.Code, FacetLabels.RegionName(r.Code), FacetLabels.RegionName(r.Code), r.Code));
        var countries = drill is null ? [] : GeographyData.Countries.Where(c => GeographyTree.CountryParent(c.Alpha2) == drill)
            .Select(c => new MatrixAxis(K.Country, c.Alpha2, FacetLabels.CountryName(c.Alpha2), FacetLabels.CountryName(c.Alpha2)));
        return regions.OrderBy(r => r.Label, StringComparer.CurrentCulture).Concat(countries.OrderBy(c => c.Label, StringComparer.CurrentCulture)).ToList();
    }

    /// <summary>The regions from the world down to <paramref name="drill"/>, for the matrices' breadcrumb.</summary>
    public static IReadOnlyList<string> PathTo(string drill)
    {
        var path = new List<string>();
        for (var code = drill; code is not null; code = GeographyTree.RegionParent(code))
        {
            path.Insert(0, code);
        }

        return path;
    }

    private const string AntarcticaCode = "010";
}
