using Catalogue.Core.ImportExport;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Core.ImportExport;

[Trait("Category", TestCategory.Database)]
public sealed class ValueResolverTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    private async Task<ValueResolver> ResolverAsync()
    {
        await using var db = fixture.Database.CreateContext();
        return await ValueResolver.LoadAsync(db, CancellationToken.None);
    }

    [Theory]
    [InlineData("Target 4.1", "4.1")]
    [InlineData("4.1", "4.1")]
    [InlineData("SDG 4.1", "4.1")]
    [InlineData("4.A", "4.a")]
    [InlineData("Target 4.c", "4.c")]
    [InlineData(" sdg target 4.7 ", "4.7")]
    public async Task Target_TolerantSpelling_MapsToItsCode(string raw, string code) =>
        Assert.Equal(code, (await ResolverAsync()).Target(raw).Value?.Code);

    [Theory]
    [InlineData("Indicator 4.1.1", "4.1.1")]
    [InlineData("4.6.1", "4.6.1")]
    [InlineData("SDG Indicator 4.A.1", "4.a.1")]
    public async Task Indicator_TolerantSpelling_MapsToItsCode(string raw, string code) =>
        Assert.Equal(code, (await ResolverAsync()).Indicator(raw).Value?.Code);

    [Theory]
    [InlineData("SDG.4 - Quality Education")]
    [InlineData("SDG 4")]
    [InlineData("Goal 4")]
    [InlineData("Quality Education")]
    public async Task Goal_Sdg4Spelling_IsAccepted(string raw) =>
        Assert.Equal("4", (await ResolverAsync()).Goal(raw).Value);

    [Fact]
    public async Task Goal_OtherGoal_IsRejectedNamingSdg4() =>
        Assert.Contains("SDG 4", (await ResolverAsync()).Goal("SDG.8 - Decent Work").Error);

    [Theory]
    [InlineData("15", 15)]
    [InlineData("Objective 15", 15)]
    [InlineData("GCM Objective 16", 16)]
    [InlineData("Provide access to basic services for migrants", 15)]
    [InlineData("Invest in skills development and facilitate mutual recognition of skills, qualifications and competences.", 18)]
    [InlineData("Inclusion and social cohesion", 16)]
    public async Task Objective_ByNumberOrTitle_MapsToItsNumber(string raw, int number) =>
        Assert.Equal(number, (await ResolverAsync()).Objective(raw).Value?.Number);

    [Theory]
    [InlineData("Germany", "DE")]
    [InlineData("DE", "DE")]
    [InlineData("deu", "DE")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkiye", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("Syrian Arab Republic", "SY")]
    [InlineData("Democratic Republic of the Congo", "CD")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "GB")]
    [InlineData("Kosovo", "XK")]
    public async Task Country_ByNameOfficialNameOrIsoCode_MapsToAlpha2(string raw, string alpha2) =>
        Assert.Equal(alpha2, (await ResolverAsync()).Country(raw).Value?.Alpha2);

    [Theory]
    [InlineData("English", "en")]
    [InlineData("en", "en")]
    [InlineData("FRA", "fr")]
    [InlineData("spanish", "es")]
    [InlineData("Greek", "el")]
    public async Task Language_ByNameOrIsoCode_MapsToIso6391(string raw, string code) =>
        Assert.Equal(code, (await ResolverAsync()).Language(raw).Value?.Code);

    [Theory]
    [InlineData("Sub-Saharan Africa", "202")]
    [InlineData("150", "150")]
    [InlineData("latin america and the caribbean", "419")]
    public async Task Region_ByNameOrM49Code_MapsToCode(string raw, string code) =>
        Assert.Equal(code, (await ResolverAsync()).Region(raw).Value?.Code);

    [Theory]
    [InlineData("People centred", "People-centred")]
    [InlineData("child-sensitive", "Child-sensitive")]
    public async Task Theme_HyphenOrCaseDifferences_MapToThePrinciple(string raw, string name) =>
        Assert.Equal(name, (await ResolverAsync()).Theme(raw).Value?.Name);

    [Fact]
    public async Task Target_Unknown_NamesValueAndAcceptedValues()
    {
        var error = (await ResolverAsync()).Target("4.9").Error;
        Assert.NotNull(error);
        Assert.Contains("\"4.9\"", error);
        Assert.Contains("4.1, 4.2", error);
        Assert.Contains("4.c", error);
    }

    [Fact]
    public async Task Country_Unknown_NamesValueAndAcceptedForms()
    {
        var error = (await ResolverAsync()).Country("Atlantis").Error;
        Assert.NotNull(error);
        Assert.Contains("\"Atlantis\"", error);
        Assert.Contains("alpha-2", error);
    }
}
