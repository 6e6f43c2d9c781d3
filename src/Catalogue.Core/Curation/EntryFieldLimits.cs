using System.Collections.Concurrent;
using System.Reflection;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Catalogue.Core.Curation;

/// <summary>
/// How long each field of <see cref="EntryEditModel"/> may be, read from the EF model (the column lengths the database
/// enforces), so a value that would fail the insert is refused with a message on its field instead.
/// </summary>
public static class EntryFieldLimits
{
    private static readonly ConcurrentDictionary<IModel, IReadOnlyDictionary<string, int>> Cache = new();

    /// <summary>Field of the edit model → most characters; names in lists are curated terms.</summary>
    public static IReadOnlyDictionary<string, int> Of(IModel model) => Cache.GetOrAdd(model, Read);

    public static void Check(EntryEditModel entry, IModel model, Dictionary<string, string> errors)
    {
        foreach (var (field, max) in Of(model))
        {
            var value = typeof(EntryEditModel).GetProperty(field)!.GetValue(entry);
            var texts = value switch
            {
                string text => [text.Trim()],
                IEnumerable<string> names => names.Select(n => n.Trim()),
                IEnumerable<OrganisationLink> links => links.Select(l => (l.Name ?? "").Trim()),
                _ => [],
            };
            if (texts.FirstOrDefault(t => t.Length > max) is { } tooLong)
            {
                errors[field] = value is string
                    ? CoreText.Format("Curation.TooLong", max, tooLong.Length)
                    : CoreText.Format("Curation.ItemTooLong", tooLong[..Math.Min(40, tooLong.Length)], max);
            }
        }
    }

    private static IReadOnlyDictionary<string, int> Read(IModel model)
    {
        var entry = model.FindEntityType(typeof(Entry))!;
        int? Term(Type type) => model.FindEntityType(type)?.FindProperty(nameof(CuratedTerm.Name))?.GetMaxLength();
        var limits = new Dictionary<string, int>();
        foreach (var field in typeof(EntryEditModel).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var max = field.Name switch
            {
                nameof(EntryEditModel.Keywords) => Term(typeof(Keyword)),
                nameof(EntryEditModel.Tags) => Term(typeof(Tag)),
                nameof(EntryEditModel.Audiences) => Term(typeof(Audience)),
                nameof(EntryEditModel.BeneficiaryGroups) => Term(typeof(BeneficiaryGroup)),
                nameof(EntryEditModel.Organisations) => Term(typeof(Organisation)),
                _ when field.PropertyType == typeof(string) => entry.FindProperty(field.Name)?.GetMaxLength(),
                _ => null,
            };
            if (max is { } length)
            {
                limits[field.Name] = length;
            }
        }

        return limits;
    }
}
