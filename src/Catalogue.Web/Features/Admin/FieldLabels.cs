using System.Resources;
using Catalogue.Core.Entities;
using Catalogue.Core.ImportExport;
using Catalogue.Core.Localization;
using Catalogue.Web.Resources;

namespace Catalogue.Web.Features.Admin;

/// <summary>
/// The names of an entry's fields as the form labels them ("Beneficiary groups", not "BeneficiaryGroups"), in the
/// interface language: SiteText's "Admin.Field.*" keys. Also the home of the statuses' names (<see cref="StatusLabels"/>).
/// </summary>
public static class FieldLabels
{
    private static readonly ResourceManager Resources = new(typeof(SiteText).FullName!, typeof(SiteText).Assembly);

    public static string Of(string field) => Text($"Admin.Field.{field}") ?? field;

    public static string Of(EntryKind kind) => CoreText.Get($"Kind.{kind.ToString().ToLowerInvariant()}") ?? kind.ToString();

    public static string Of(GeographicScope scope) => CoreText.Get($"Scope.{scope.ToString().ToLowerInvariant()}") ?? scope.ToString();

    public static string Of(DatePrecision precision) => Text($"Admin.Precision.{precision}") ?? precision.ToString();

    /// <summary>A link type as the entry holding the link reads it ("Described in").</summary>
    public static string Of(RelationType type) => Text($"Admin.Relation.{type}") ?? type.ToString();

    public static string Of(OrganisationRole role) => Text($"Admin.Role.{role}") ?? role.ToString();

    /// <summary>
    /// A field as an import file names it ("sdgTargets", "related", "donors") labelled like the form's field; "file" (the whole
    /// file) is empty, and a name the form does not know stays as the file wrote it.
    /// </summary>
    public static string OfImport(string field) => field switch
    {
        ImportRejection.FileField => "",
        "related" => Of("Links"),
        "sdgs" => Of("SdgTargets"),
        "authors" or "publishers" or "implementers" or "partners" or "donors" => $"{Of("Organisations")} ({Of(Enum.Parse<OrganisationRole>(field[..^1], ignoreCase: true))})",
        _ when field.Length > 0 => Text($"Admin.Field.{char.ToUpperInvariant(field[0])}{field[1..]}") ?? field,
        _ => field,
    };

    /// <summary>A SiteText key in the current interface language, for helpers that have no injected localizer.</summary>
    internal static string? Text(string key) => Resources.GetString(key, SiteLanguages.Culture(SiteLanguages.Current));
}
