using System.Globalization;
using System.Text.Json;
using Catalogue.Core.Localization;

namespace Catalogue.Core.ReferenceData;

/// <summary>A taxonomy text in one language; <see cref="Unofficial"/> when it is the catalogue's own translation, not a UN text.</summary>
public sealed record TaxonomyText(string Text, string Language, bool Unofficial = false);

/// <summary>
/// SDG 4 and GCM texts in the interface languages (issue 17). Official texts come from taxonomies-i18n.json, a copy of
/// ../shared/reference/taxonomies-i18n.json used exactly (Arabic in its normalised display form). Where it has no
/// official text: the UN Migration Network Hub's short label when it has one, else the catalogue's own translation from
/// taxonomies-unofficial.json, which is marked <see cref="TaxonomyText.Unofficial"/> (pages say "unofficial translation").
/// English texts are <see cref="OfficialTaxonomies"/>'.
/// </summary>
public static class TaxonomyTranslations
{
    private static readonly Lazy<JsonDocument> Official = new(() => Load("taxonomies-i18n.json"));
    private static readonly Lazy<JsonDocument> Own = new(() => Load("taxonomies-unofficial.json"));

    private static JsonDocument Load(string name)
    {
        using var stream = typeof(TaxonomyTranslations).Assembly.GetManifestResourceStream($"Catalogue.Core.ReferenceData.{name}")
                           ?? throw new InvalidOperationException($"Embedded {name} is missing.");
        return JsonDocument.Parse(stream);
    }

    private static string? Text(JsonElement element, string language)
    {
        var key = language == "ar" && element.TryGetProperty("ar_normalized", out _) ? "ar_normalized" : language;
        return element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
    }

    private static string? OwnText(string section, string key, string language) =>
        Own.Value.RootElement.GetProperty(section).TryGetProperty(key, out var entry) ? Text(entry, language) : null;

    private static JsonElement Sdg4(string list, string code) =>
        Official.Value.RootElement.GetProperty("sdg4").GetProperty(list).EnumerateArray().First(e => e.GetProperty("code").GetString() == code);

    private static JsonElement Objective(int number) =>
        Official.Value.RootElement.GetProperty("gcm").GetProperty("objectives").EnumerateArray().First(e => e.GetProperty("number").GetInt32() == number);

    /// <summary>The official text of SDG 4 itself.</summary>
    public static TaxonomyText Goal(string language) =>
        new(Text(Official.Value.RootElement.GetProperty("sdg4").GetProperty("goal"), language) ?? Text(Official.Value.RootElement.GetProperty("sdg4").GetProperty("goal"), "en")!, language);

    /// <summary>The official text of a target ("By 2030, ensure …").</summary>
    public static TaxonomyText TargetText(string code, string language) =>
        language == SiteLanguages.Default || Text(Sdg4("targets", code), language) is not { } text
            ? new(OfficialTaxonomies.SdgTargets.First(t => t.Code == code).OfficialText, SiteLanguages.Default)
            : new(text, language);

    /// <summary>The catalogue's short label of a target ("Scholarships"): its own wording in every language, so marked unofficial outside English.</summary>
    public static TaxonomyText TargetShort(string code, string language) =>
        language != SiteLanguages.Default && OwnText("sdg4_target_short", code, language) is { } text
            ? new(text, language, Unofficial: true)
            : new(OfficialTaxonomies.SdgTargets.First(t => t.Code == code).ShortLabel, SiteLanguages.Default);

    public static TaxonomyText IndicatorText(string code, string language)
    {
        if (language == SiteLanguages.Default)
        {
            return new(OfficialTaxonomies.SdgIndicators.First(i => i.Code == code).OfficialText, language);
        }

        return Text(Sdg4("indicators", code), language) is { } text ? new(text, language)
            : OwnText("sdg4_indicator", code, language) is { } own ? new(own, language, Unofficial: true)
            : new(OfficialTaxonomies.SdgIndicators.First(i => i.Code == code).OfficialText, SiteLanguages.Default);
    }

    /// <summary>An objective's short label: the Hub's in English, French and Spanish; the catalogue's own (unofficial) in Arabic.</summary>
    public static TaxonomyText ObjectiveShort(int number, string language)
    {
        if (language == SiteLanguages.Default)
        {
            return new(OfficialTaxonomies.GcmObjectives.First(o => o.Number == number).ShortLabel, language);
        }

        return Text(Objective(number).GetProperty("short"), language) is { } hub ? new(hub, language)
            : OwnText("gcm_objective_short", number.ToString(CultureInfo.InvariantCulture), language) is { } own ? new(own, language, Unofficial: true)
            : ObjectiveShort(number, SiteLanguages.Default);
    }

    /// <summary>An objective's title from A/RES/73/195; where no official translation exists, the short label (Hub or unofficial).</summary>
    public static TaxonomyText ObjectiveTitle(int number, string language)
    {
        if (language == SiteLanguages.Default)
        {
            return new(OfficialTaxonomies.GcmObjectives.First(o => o.Number == number).OfficialText, language);
        }

        return Text(Objective(number).GetProperty("title"), language) is { } title ? new(title, language) : ObjectiveShort(number, language);
    }

    /// <summary>A guiding principle's name (English name as key): the Hub's in French and Spanish, unofficial in Arabic.</summary>
    public static TaxonomyText PrincipleName(string englishName, string language)
    {
        if (language == SiteLanguages.Default)
        {
            return new(englishName, language);
        }

        var principle = Official.Value.RootElement.GetProperty("gcm").GetProperty("principles").EnumerateArray()
            .FirstOrDefault(p => p.GetProperty("key").GetString() == englishName);
        return principle.ValueKind == JsonValueKind.Object && Text(principle.GetProperty("name"), language) is { } name ? new(name, language)
            : OwnText("gcm_principle_name", englishName, language) is { } own ? new(own, language, Unofficial: true)
            : new(englishName, SiteLanguages.Default);
    }
}
