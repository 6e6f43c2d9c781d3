namespace Catalogue.Core.Localization;

/// <summary>
/// CLDR cardinal plural categories of whole numbers in the interface languages: English and Spanish "one" (1) and
/// "other"; French "one" for 0 and 1; Arabic "zero", "one", "two", "few" (3–10 after the hundreds), "many" (11–99 after
/// the hundreds) and "other". A plural text has one resource per category its language uses: "Key.one", "Key.other" …
/// </summary>
public static class PluralRules
{
    public static IReadOnlyList<string> Categories(string language) => language switch
    {
        "ar" => ["zero", "one", "two", "few", "many", "other"],
        _ => ["one", "other"],
    };

    public static string Category(string language, long n)
    {
        n = Math.Abs(n);
        return language switch
        {
            "fr" => n <= 1 ? "one" : "other",
            "ar" => n switch
            {
                0 => "zero",
                1 => "one",
                2 => "two",
                _ when n % 100 is >= 3 and <= 10 => "few",
                _ when n % 100 is >= 11 and <= 99 => "many",
                _ => "other",
            },
            _ => n == 1 ? "one" : "other",
        };
    }
}
