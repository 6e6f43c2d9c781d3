using System.Globalization;
using Catalogue.Core.Curation;
using Catalogue.Core.Entities;
using Catalogue.Core.ImportExport;
using Catalogue.Core.Localization;
using static Catalogue.Tests.Core.Curation.CurationTestData;

namespace Catalogue.Tests.Core.Curation;

/// <summary>
/// What the core tells a curator — validation, refusals, transitions, link labels from either side, copy reasons — has a stable
/// key (CoreText) and reads in the interface language; English stays the default for the command line and the data.
/// </summary>
[Trait("Category", TestCategory.Database)]
public sealed class CuratorMessagesTests(CurationDatabase fixture) : IClassFixture<CurationDatabase>
{
    private readonly EntryCurationService service = new(fixture.Database.Factory);

    [Theory]
    [InlineData("en", "Enter a title.", "Enter a full web address starting with https:// or http://.")]
    [InlineData("fr", "Indiquez un titre.", "Indiquez une adresse web complète commençant par https:// ou http://.")]
    [InlineData("es", "Escriba un título.", "Escriba una dirección web completa que empiece por https:// o http://.")]
    [InlineData("ar", "أدخل عنوانًا.", "أدخل عنوانًا إلكترونيًا كاملًا يبدأ بـ https:// أو http://.")]
    public async Task Create_InvalidEntryInALanguage_ErrorsInThatLanguage(string language, string noTitle, string badUrl)
    {
        var model = Model("x");
        model.Title = " ";
        model.SourceUrl = "not a web address";

        var error = await In(language, () => Assert.ThrowsAsync<CurationValidationException>(() => service.CreateAsync(Curator, model)));

        Assert.Equal(noTitle, error.Errors[nameof(EntryEditModel.Title)]);
        Assert.Equal(badUrl, error.Errors[nameof(EntryEditModel.SourceUrl)]);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task CoreMessages_InALanguage_NoneIsLeftInEnglish(string language)
    {
        var texts = await In(language, () => Task.FromResult(new[]
        {
            CurationWorkflow.Explain(Contributor, new Entry { Status = EntryStatus.Draft }, EntryStatus.Published),
            CurationWorkflow.Explain(Curator, new Entry { Status = EntryStatus.Archived }, EntryStatus.InReview),
            EntryRules.SourceRequired, AccountState.SignInAgain,
            CopyReasons.Describe(CopyReasons.Source, 1, pair: false), CopyReasons.Describe(CopyReasons.Document, 1, pair: true),
            CopyReasons.Describe(CopyReasons.Title, 0.72, pair: false), CopyReasons.Describe(CopyReasons.Title, 0.72, pair: true),
        }.Concat(Enum.GetValues<RelationType>().SelectMany(t => new[] { RelationLabels.Localized(t, true), RelationLabels.Localized(t, false) })).ToList()));
        var english = await In("en", () => Task.FromResult(new[]
        {
            "cannot go from", "Only a curator", "needs a source", "Sign in again", "the same source", "the same document", "% alike",
        }.Concat(Enum.GetValues<RelationType>().SelectMany(t => new[] { RelationLabels.Of(t, true), RelationLabels.Of(t, false) })).ToList()));

        var left = texts.Where(t => english.Any(e => t.Contains(e, StringComparison.Ordinal))).ToList();
        Assert.True(left.Count == 0, string.Join(" | ", left));
        Assert.Contains("72", texts[6]);
    }

    [Fact]
    public void RelationLabels_Of_StaysEnglishForTheDataAndTheApi()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = SiteLanguages.Culture("fr");

            Assert.Equal("Launched by", RelationLabels.Of(RelationType.Launches, outgoing: false));
            Assert.Equal("Lancée par", RelationLabels.Localized(RelationType.Launches, outgoing: false));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static async Task<T> In<T>(string language, Func<Task<T>> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = SiteLanguages.Culture(language);
            return await action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
