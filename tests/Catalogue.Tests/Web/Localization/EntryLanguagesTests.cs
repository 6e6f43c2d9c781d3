using Catalogue.Core.ImportExport;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Web.Localization;

/// <summary>Entries in several languages on the public pages and in search (issue 17), over the real sample catalogue.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class EntryLanguagesTests(EntryLanguagesTests.Site site) : IClassFixture<EntryLanguagesTests.Site>
{
    private const string Turkey = "/entries/school-transport-for-syrian-children-in-turkey";

    [Fact]
    public async Task EntryPage_French_ShowsTheFrenchVersionAndLinksTheOthers()
    {
        var html = await site.Client.GetStringAsync("/fr" + Turkey);

        Assert.Contains("<h1 id=\"entry-title\">Transport scolaire pour les enfants réfugiés syriens vivant hors des camps en Turquie</h1>", html);
        Assert.Contains("<title>Transport scolaire pour les enfants réfugiés syriens", html);
        Assert.Contains("hreflang=\"ar\" lang=\"ar\">العربية</a>", html);
        Assert.DoesNotContain("Pas de version française", html);
    }

    [Fact]
    public async Task EntryPage_ArabicVersion_TitleRightToLeftWithoutNote()
    {
        var html = await site.Client.GetStringAsync("/ar" + Turkey);

        Assert.Contains("النقل المدرسي للأطفال اللاجئين السوريين", html);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
    }

    [Fact]
    public async Task EntryPage_NoTranslationInInterfaceLanguage_ShowsOriginalWithNoteAndItsLang()
    {
        var html = await site.Client.GetStringAsync("/ar/entries/study-on-schooling-of-migrants-children-in-bangladesh");

        Assert.Contains("<h1 id=\"entry-title\" lang=\"en\" dir=\"ltr\">Study on the schooling of migrants&#x27; children in Bangladesh</h1>".Replace("&#x27;", "'"), html.Replace("&#x27;", "'"));
        Assert.Contains("لا تتوفر ترجمة عربية", html);
    }

    [Theory]
    [InlineData("/catalogue?q=scolarisation", "school-enrolment-for-displaced-children-in-drc-camps")]
    [InlineData("/catalogue?q=escolarizaci%C3%B3n", "school-enrolment-for-displaced-children-in-drc-camps")]
    [InlineData("/catalogue?q=%D8%A7%D9%84%D9%86%D9%82%D9%84+%D8%A7%D9%84%D9%85%D8%AF%D8%B1%D8%B3%D9%8A", "school-transport-for-syrian-children-in-turkey")]
    public async Task Search_WordsOfATranslation_FindTheEntry(string path, string slug)
    {
        var html = await site.Client.GetStringAsync(path);

        Assert.Contains($"/entries/{slug}\"", html);
    }

    [Fact]
    public async Task CataloguePage_Spanish_CardsShowSpanishTitles()
    {
        var html = await site.Client.GetStringAsync("/es/catalogue?q=Turkey");

        Assert.Contains("Transporte escolar para la niñez refugiada siria", html);
    }

    [Fact]
    public async Task OpenData_ApiJsonLdAtomAndOai_CarryEveryVersionWithItsLanguage()
    {
        var api = System.Text.Json.JsonDocument.Parse(await site.Client.GetStringAsync("/api/v1/entries/school-transport-for-syrian-children-in-turkey")).RootElement;
        var page = await site.Client.GetStringAsync(Turkey);
        var feed = await site.Client.GetStringAsync("/feeds/catalogue.atom?q=Turkey");
        var id = api.GetProperty("id").GetInt32();
        var oai = await site.Client.GetStringAsync($"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:entry/{id}");

        Assert.Equal("en", api.GetProperty("originalLanguage").GetString());
        Assert.Contains(api.GetProperty("translations").EnumerateArray(), t => t.GetProperty("language").GetString() == "es"
            && t.GetProperty("title").GetString()!.StartsWith("Transporte escolar", StringComparison.Ordinal));
        Assert.Contains("\"@language\":\"fr\"", page);
        Assert.Contains("hreflang=\"ar\"", feed);
        Assert.Contains("xml:lang=\"fr\">Transport scolaire pour les enfants réfugiés syriens", oai);
        Assert.Contains("xml:lang=\"en\">School transport for Syrian refugee children", oai);
    }

    public sealed class Site : IAsyncLifetime
    {
        private CatalogueAppFactory? _app;

        public TestDatabase Database { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            var report = await SampleCatalogue.LoadIfEmptyAsync(Database.Factory, new CatalogueImporter(Database.Factory), CancellationToken.None);
            Assert.True(report?.Committed, report?.ToText());
            _app = new CatalogueAppFactory(Database.ConnectionString);
            Client = _app.CreateClient(new() { AllowAutoRedirect = false });
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }

            await Database.DisposeAsync();
        }
    }
}
