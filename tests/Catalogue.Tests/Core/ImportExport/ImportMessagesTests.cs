using System.Globalization;
using Catalogue.Core.ImportExport;
using Catalogue.Core.Localization;
using Catalogue.Tests.Infrastructure;
using static Catalogue.Tests.Core.ImportExport.ImportTestHelpers;

namespace Catalogue.Tests.Core.ImportExport;

/// <summary>
/// Why an import refuses a file or an entry reads in the curator's interface language (CoreText "Import.*"): the CSV, JSON
/// and pasted-page readers, the value checks against the vocabularies and the file checks. English stays for the command line.
/// </summary>
[Trait("Category", TestCategory.Database)]
public sealed class ImportMessagesTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    /// <summary>Phrases of the English reasons; none may be left in another language.</summary>
    private static readonly string[] English =
        ["is required", "unknown", "accepted", "is not", "spreadsheet", "each entry", "JSON is", "takes one value", "file is", "longer than", "characters"];

    public static TheoryData<string, string[]> Languages => new()
    {
        { "fr", ["est obligatoire", "pays inconnu « Atlantis »", "type inconnu « Gadget »", "n’est pas une année", "tableur", "adresse http(s)", "n’est pas une date"] },
        { "es", ["es obligatorio", "país desconocido «Atlantis»", "tipo desconocido «Gadget»", "no es un año", "hoja de cálculo", "dirección http(s)", "no es una fecha"] },
        { "ar", ["مطلوب", "بلد غير معروف «Atlantis»", "نوع غير معروف «Gadget»", "ليست سنة", "برنامج الجداول", "عنوان http(s)", "ليس تاريخًا"] },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Csv_BadRowsInALanguage_ReasonsInThatLanguage(string language, string[] expected)
    {
        var slug = Unique("messages");
        var csv = "slug,kind,status,title,summary,countries,sourceUrl,publicationDate,startYear\n" +
                  $"{slug}-a,Tool,Draft,\"=HYPERLINK(\"\"http://evil\"\")\",Summary,,,,\n" +
                  $"{slug}-b,Tool,Draft,Title B,Summary,,,,19x9\n" +
                  $"{slug}-c,Gadget,Draft,,Summary,Atlantis,not a web address,yesterday,\n";

        var reasons = await In(language, async () => (await Database.ImportTextAsync(csv, ImportFormat.Csv, dryRun: true)).Rejections);

        Assert.All(expected, phrase => Assert.Contains(reasons, r => r.Contains(phrase, StringComparison.Ordinal)));
        AssertNoEnglish(reasons);
    }

    [Theory]
    [InlineData("fr", "champ inconnu", "chaque fiche doit être un objet JSON", "Le JSON est incomplet")]
    [InlineData("es", "campo desconocido", "cada ficha debe ser un objeto JSON", "El JSON está incompleto")]
    [InlineData("ar", "حقل غير معروف", "يجب أن يكون كل مدخل كائن JSON", "ملف JSON غير مكتمل")]
    public async Task Json_BadFileInALanguage_ReasonsInThatLanguage(string language, string unknownField, string notObject, string truncated)
    {
        var file = JsonFile(Entry(Unique("messages"), ", \"colour\": \"blue\""), "    42");
        var cut = JsonFile(Entry(Unique("messages")), Entry(Unique("messages")))[..^40];

        var reasons = await In(language, async () =>
            [.. (await Database.ImportTextAsync(file, ImportFormat.Json, dryRun: true)).Rejections, .. (await Database.ImportTextAsync(cut, ImportFormat.Json, dryRun: true)).Rejections]);

        Assert.Contains(reasons, r => r.StartsWith(unknownField, StringComparison.Ordinal));
        Assert.Contains(notObject, reasons);
        Assert.Contains(reasons, r => r.StartsWith(truncated, StringComparison.Ordinal));
        AssertNoEnglish(reasons);
    }

    [Theory]
    [InlineData("fr", "n’admet qu’une valeur, mais 2 lignes suivent l’intitulé", "« Maybe » n’est ni oui ni non ; admis : Yes, No", "Le fichier est vide : il n’y a rien à importer.")]
    [InlineData("ar", "يقبل قيمة واحدة، لكن عدد الأسطر التي تلي التسمية 2", "«Maybe» ليست نعم أو لا؛ المقبول: Yes أو No", "الملف فارغ: لا يوجد ما يُستورد.")]
    public async Task PastedPageAndEmptyFile_InALanguage_ReasonsInThatLanguage(string language, string oneValue, string flag, string empty)
    {
        var page = "New programme\n\nA summary paragraph.\n\nStatus\nDraft\nPublished\nGood Practice\nMaybe\n";

        var reasons = await In(language, async () =>
            [.. (await Database.ImportTextAsync(page, ImportFormat.Text, dryRun: true)).Rejections, .. (await Database.ImportTextAsync("  \n", ImportFormat.Csv, dryRun: true)).Rejections]);

        Assert.Contains(oneValue, reasons);
        Assert.Contains(flag, reasons);
        Assert.Contains(empty, reasons);
        AssertNoEnglish(reasons);
    }

    [Theory]
    [InlineData("fr", "a une valeur du mauvais type (un nombre entier est attendu)", "a une valeur du mauvais type (une liste de textes entre crochets est attendue)", "Le JSON est mal formé à la ligne 2, position 5, à « oops,", "1,5 Mo")]
    [InlineData("es", "tiene un valor de tipo incorrecto (se espera un número entero)", "tiene un valor de tipo incorrecto (se espera una lista de textos entre corchetes)", "El JSON está mal formado en la línea 2, posición 5, en «oops,", "1,5 MB")]
    [InlineData("ar", "قيمته من نوع خاطئ (المتوقع عدد صحيح)", "قيمته من نوع خاطئ (المتوقع قائمة نصوص بين قوسين معقوفين)", "ملف JSON غير سليم البنية في السطر 2، الموضع 5، عند «oops,", "ميغابايت")]
    public async Task Json_WrongTypesAndSyntaxInALanguage_NoDotNetEnglish(string language, string notNumber, string notList, string malformed, string size)
    {
        var file = JsonFile(Entry(Unique("messages"), ", \"startYear\": \"soon\", \"languages\": \"French\""));
        var broken = "{\n    oops, \"format\": 1 }\n";

        var reasons = await In(language, async () =>
            [.. (await Database.ImportTextAsync(file, ImportFormat.Json, dryRun: true)).Rejections, .. (await Database.ImportTextAsync(broken, ImportFormat.Json, dryRun: true)).Rejections,
             new ImportRejection(0, null, "file", ImportFileReader.FormatSize(1_572_864))]);

        Assert.Contains(notNumber, reasons);
        Assert.Contains(notList, reasons);
        Assert.Contains(reasons, r => r.StartsWith(malformed, StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains(size, StringComparison.Ordinal));
        Assert.DoesNotContain(reasons, r => r.Contains("could not be converted", StringComparison.Ordinal) || r.Contains("invalid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_BadRowWithoutALanguage_ReasonsStayEnglish()
    {
        var csv = $"slug,kind,status,title,summary,countries\n{Unique("messages")},Gadget,Draft,,Summary,Atlantis\n";

        var reasons = await In("en", async () => (await Database.ImportTextAsync(csv, ImportFormat.Csv, dryRun: true)).Rejections);

        Assert.Contains("is required", reasons);
        Assert.Contains(reasons, r => r.StartsWith("unknown kind \"Gadget\"; accepted: ", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("unknown country \"Atlantis\"; accepted: an ISO 3166-1 country name", StringComparison.Ordinal));
    }

    private TestDatabase Database => fixture.Database;

    private static void AssertNoEnglish(IEnumerable<string> reasons)
    {
        var left = reasons.Where(r => English.Any(e => r.Contains(e, StringComparison.Ordinal))).ToList();
        Assert.True(left.Count == 0, string.Join(" | ", left));
    }

    private static async Task<List<string>> In(string language, Func<Task<IEnumerable<ImportRejection>>> import)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = SiteLanguages.Culture(language);
            var rejections = await import();
            Assert.NotEmpty(rejections);
            return [.. rejections.Select(r => r.Reason)];
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
