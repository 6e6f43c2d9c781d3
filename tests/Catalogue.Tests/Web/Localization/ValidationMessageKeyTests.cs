using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Catalogue.Web.Resources;

namespace Catalogue.Tests.Web.Localization;

/// <summary>
/// The web's form models name SiteText keys in their validation attributes (<c>FieldProblems</c> shows them in the page's
/// language): an attribute without a message, or with English text instead of a key, would show .NET's English default.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class ValidationMessageKeyTests
{
    [Fact]
    public void FormModels_EveryValidationAttribute_NamesASiteTextKeyInEveryLanguage()
    {
        var manager = new System.Resources.ResourceManager(typeof(SiteText).FullName!, typeof(SiteText).Assembly);
        var keys = Catalogue.Core.Localization.SiteLanguages.All.ToDictionary(language => language, language =>
            manager.GetResourceSet(language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!
                .Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal));
        var found = new List<string>();
        var problems = new List<string>();
        foreach (var property in typeof(SiteText).Assembly.GetTypes()
                     .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)))
        {
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                var where = $"{property.DeclaringType!.Name}.{property.Name} [{attribute.GetType().Name}]";
                found.Add(where);
                if (attribute.ErrorMessage is not { } key)
                {
                    problems.Add($"{where}: no message key");
                    continue;
                }

                problems.AddRange(keys.Where(k => !k.Value.Contains(key)).Select(k => $"{where}: \"{key}\" missing in {k.Key}"));
            }
        }

        Assert.Contains(found, f => f.StartsWith("LoginInput.Email", StringComparison.Ordinal));
        Assert.Empty(problems);
    }
}
