using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Catalogue.Core.Localization;
using Catalogue.Web.Resources;

namespace Catalogue.Tests.Web.Localization;

/// <summary>
/// Every interface text exists in every language, plural texts in each form the language uses, with the same placeholders: the
/// Web's SiteText and the Core's CoreText (the messages and labels the core hands to pages: validation, links, copy reasons).
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed partial class SiteTextResourceTests
{
    private static readonly Dictionary<string, ResourceManager> ResourceSets = new()
    {
        ["SiteText"] = new(typeof(SiteText).FullName!, typeof(SiteText).Assembly),
        ["CoreText"] = new(typeof(CoreText).FullName!, typeof(CoreText).Assembly),
    };

    private static Dictionary<string, string> Texts(string language, string resources = "SiteText")
    {
        var set = ResourceSets[resources].GetResourceSet(language == SiteLanguages.Default ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)
                  ?? throw new InvalidOperationException($"No resources for {language}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    /// <summary>The keys a language must have: plain keys as in English, plural keys once per plural category of the language.</summary>
    private static SortedSet<string> ExpectedKeys(string language, string resources)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in Texts(SiteLanguages.Default, resources).Keys)
        {
            if (PluralBase(key) is { } pluralBase)
            {
                keys.UnionWith(PluralRules.Categories(language).Select(c => $"{pluralBase}.{c}"));
            }
            else
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static string? PluralBase(string key)
    {
        var dot = key.LastIndexOf('.');
        return dot > 0 && key[(dot + 1)..] is "zero" or "one" or "two" or "few" or "many" or "other" ? key[..dot] : null;
    }

    public static TheoryData<string, string> OtherLanguages => new()
    {
        { "SiteText", "fr" }, { "SiteText", "es" }, { "SiteText", "ar" }, { "CoreText", "fr" }, { "CoreText", "es" }, { "CoreText", "ar" },
    };

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void SiteText_EachLanguage_HasEveryKeyAndNoOther(string resources, string language)
    {
        var actual = new SortedSet<string>(Texts(language, resources).Keys, StringComparer.Ordinal);
        var expected = ExpectedKeys(language, resources);

        Assert.Empty(expected.Except(actual));
        Assert.Empty(actual.Except(expected));
    }

    [Theory]
    [InlineData("SiteText")]
    [InlineData("CoreText")]
    public void SiteText_English_HasEveryPluralFormItUses(string resources) =>
        Assert.Equal(ExpectedKeys(SiteLanguages.Default, resources), new SortedSet<string>(Texts(SiteLanguages.Default, resources).Keys, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void SiteText_EachLanguage_KeepsTheEnglishPlaceholders(string resources, string language)
    {
        var english = Texts(SiteLanguages.Default, resources);
        foreach (var (key, text) in Texts(language, resources))
        {
            var source = english.GetValueOrDefault(key) ?? english[PluralBase(key) + ".other"];
            var expected = Placeholders(source);
            // A plural form may leave the number out ("مدخل واحد", "one entry"); it must not invent one.
            Assert.True(PluralBase(key) is null ? expected.SetEquals(Placeholders(text)) : Placeholders(text).IsSubsetOf(expected),
                $"{language} {key}: placeholders {string.Join(",", Placeholders(text))} instead of {string.Join(",", expected)}");
        }
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void SiteText_EachLanguage_IsTranslatedNotEnglish(string resources, string language)
    {
        // Words that are the same in both languages (names, abbreviations) are the only ones allowed to match.
        string[] same = ["Catalogue", "Citation", "Description", "Document", "Menu", "No", "Organisation", "Organisations", "Taxonomies", "Version {0}", "{0} (page {1})", "Page ", "Sort", "Tag", "Type", "{0} minute", "{0} minutes", "Programme", "Publication", "Local", "Regional", "{0} bytes", "{0} KB", "{0} MB"];
        var english = Texts(SiteLanguages.Default, resources);
        var untranslated = Texts(language, resources).Where(t => english.TryGetValue(t.Key, out var source) && source == t.Value
                                                      && LetterRegex().IsMatch(t.Value) && !same.Contains(t.Value)).Select(t => t.Key).ToList();

        Assert.Empty(untranslated);
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderRegex().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex PlaceholderRegex();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex LetterRegex();
}
