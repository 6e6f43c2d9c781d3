using System.Globalization;
using Catalogue.Core.Localization;
using Catalogue.Core.ReferenceData;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Core.Localization;

/// <summary>The collation that keeps ICU sort keys orders exactly as ICU's own case-insensitive comparison does.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class CachedCollationTests
{
    public static TheoryData<string> Languages => ["en", "fr", "es", "ar"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Collation_CountryNamesAndMixedCase_SameOrderAsIcuComparison(string language)
    {
        var labels = GeographyData.Countries.Select(c => DisplayNames.Country(c.Alpha2, language) ?? c.Name)
            .Concat(["éLÈVES", "Élèves", "eleves", "ÅLAND", "zebra", "Zèbre", "", "  spaced", "١٢ رقم", "أطفال", "اطفال"])
            .Reverse().ToList();
        var icu = StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true);

        var ordered = labels.Order(DisplayNames.Collation(language)).ToList();
        var orderedAgain = labels.Order(DisplayNames.Collation(language)).ToList();

        Assert.Equal(labels.Order(icu).Select(l => l.ToLowerInvariant()), ordered.Select(l => l.ToLowerInvariant()));
        Assert.Equal(ordered, orderedAgain);
        Assert.Equal(0, DisplayNames.Collation(language).Compare("Élèves", "élèves"));
        Assert.True(DisplayNames.Collation(language).Equals("Élèves", "élèves"));
    }
}
