using System.Xml;
using Catalogue.Core.OpenData;

namespace Catalogue.Web.Features.OpenData.Oai;

/// <summary>Writes an entry as unqualified Dublin Core in the oai_dc container.</summary>
public static class OaiDublinCore
{
    public const string Prefix = "oai_dc";
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string Schema = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    public const string ElementsNamespace = "http://purl.org/dc/elements/1.1/";

    public static void Write(XmlWriter xml, EntryDocument entry, string entryUrl)
    {
        xml.WriteStartElement(Prefix, "dc", Namespace);
        xml.WriteAttributeString("xmlns", "dc", null, ElementsNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiPmhResponder.XsiNamespace, $"{Namespace} {Schema}");

        void Dc(string element, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                xml.WriteElementString("dc", element, ElementsNamespace, value);
            }
        }

        // Each version of title and description, tagged with its language (xml:lang) when it is known.
        void Versions(string element, string original, Func<TranslationDocument, string> translated)
        {
            DcIn(element, original, entry.OriginalLanguage);
            foreach (var translation in entry.Translations)
            {
                DcIn(element, translated(translation), translation.Language);
            }
        }

        void DcIn(string element, string? value, string? language)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            xml.WriteStartElement("dc", element, ElementsNamespace);
            if (language is not null)
            {
                xml.WriteAttributeString("xml", "lang", "http://www.w3.org/XML/1998/namespace", language);
            }

            xml.WriteString(value);
            xml.WriteEndElement();
        }

        Versions("title", entry.Title, t => t.Title);
        foreach (var author in entry.OrganisationsIn("author"))
        {
            Dc("creator", author);
        }

        foreach (var subject in entry.Keywords
                     .Concat(entry.SdgTargets.Select(t => $"SDG target {t.Code}: {t.Label}"))
                     .Concat(entry.GcmObjectives.Select(o => $"GCM objective {o.Code}: {o.Label}"))
                     .Concat(entry.Themes.Select(t => t.Label)))
        {
            Dc("subject", subject);
        }

        Versions("description", entry.Summary, t => t.Summary);
        foreach (var publisher in entry.OrganisationsIn("publisher"))
        {
            Dc("publisher", publisher);
        }

        foreach (var contributor in entry.OrganisationsIn("implementer").Concat(entry.OrganisationsIn("partner")))
        {
            Dc("contributor", contributor);
        }

        Dc("date", entry.PublicationDate ?? entry.StartYear?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Dc("type", DcmiType(entry.Kind));
        Dc("type", entry.Kind);
        Dc("identifier", entryUrl);
        Dc("identifier", entry.SourceUrl);
        Dc("relation", entry.DocumentUrl);
        foreach (var language in entry.Languages)
        {
            Dc("language", language.Code);
        }

        foreach (var place in entry.Countries.Concat(entry.Regions))
        {
            Dc("coverage", place.Label);
        }

        xml.WriteEndElement();
    }

    /// <summary>The DCMI Type Vocabulary term for a kind, where one fits.</summary>
    private static string? DcmiType(string kind) => kind switch
    {
        "publication" or "research" or "tool" => "Text",
        "event" => "Event",
        _ => null,
    };
}
