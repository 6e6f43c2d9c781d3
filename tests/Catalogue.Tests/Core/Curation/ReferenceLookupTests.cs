using Catalogue.Core.Curation;

namespace Catalogue.Tests.Core.Curation;

/// <summary>The labels pickers show for values an entry already has, before anyone searches.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class ReferenceLookupTests
{
    [Theory]
    [InlineData(PickerKind.SdgTarget, "4.5", "4.5 By 2030, eliminate gender disparities in education")]
    [InlineData(PickerKind.SdgIndicator, "4.1.1", "4.1.1 Proportion of children and young people")]
    [InlineData(PickerKind.GcmObjective, "15", "15. Provide access to basic services for migrants")]
    [InlineData(PickerKind.Country, "DE", "Germany (DE)")]
    [InlineData(PickerKind.Region, "142", "Asia")]
    [InlineData(PickerKind.Language, "fr", "French (fr)")]
    public void Label_StoredCode_IsCodeWithItsOfficialTextOrName(PickerKind kind, string value, string expectedStart)
    {
        Assert.StartsWith(expectedStart, ReferenceLookup.Label(kind, value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PickerKind.SdgTarget, "4.z")]
    [InlineData(PickerKind.Country, "XX")]
    [InlineData(PickerKind.GcmObjective, "99")]
    [InlineData(PickerKind.Keyword, "Welcome classes")]
    public void Label_UnknownCodeOrName_IsTheValueItself(PickerKind kind, string value)
    {
        Assert.Equal(value, ReferenceLookup.Label(kind, value));
    }
}
