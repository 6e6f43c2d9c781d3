using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Core.OpenData;

/// <summary>A &lt;meta name content&gt; pair of the Highwire Press vocabulary (read by Google Scholar and Zotero).</summary>
public sealed record MetaTag(string Name, string Content);

/// <summary>
/// Machine-readable descriptions of an entry page: Highwire <c>citation_*</c> meta tags and schema.org JSON-LD.
/// </summary>
public static class EntryLinkedData
{
    public const string SdgTermSet = "https://unstats.un.org/sdgs/indicators/indicators-list/";
    public const string GcmTermSet = "https://undocs.org/A/RES/73/195";

    // The default encoder escapes <, >, & and ' as \uXXXX, so the JSON cannot close the <script> element it sits in.
    private static readonly JsonSerializerOptions ScriptSafe = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    public static IReadOnlyList<MetaTag> HighwireTags(EntryDocument entry, string entryUrl)
    {
        var tags = new List<MetaTag> { new("citation_title", entry.Title) };
        tags.AddRange(entry.OrganisationsIn("author").Select(a => new MetaTag("citation_author", a)));
        if (entry.PublicationDate is { } date)
        {
            tags.Add(new("citation_publication_date", date.Replace('-', '/')));
        }
        else if (entry.Year is { } year)
        {
            tags.Add(new("citation_publication_date", year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var publishers = entry.OrganisationsIn("publisher").ToList();
        tags.AddRange(publishers.Select(p => new MetaTag("citation_publisher", p)));
        if (entry.Kind is "publication" or "research")
        {
            tags.AddRange(publishers.Select(p => new MetaTag("citation_technical_report_institution", p)));
        }

        if (entry.DocumentUrl is { } document)
        {
            tags.Add(document.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || document.Contains(".pdf?", StringComparison.OrdinalIgnoreCase)
                ? new("citation_pdf_url", document)
                : new("citation_fulltext_html_url", document));
        }

        tags.Add(new("citation_abstract_html_url", entryUrl));
        tags.AddRange(entry.Languages.Select(l => new MetaTag("citation_language", l.Code)));
        var keywords = entry.Keywords.Concat(entry.SdgTargets.Select(t => $"SDG {t.Code}")).ToList();
        if (keywords.Count > 0)
        {
            tags.Add(new("citation_keywords", string.Join("; ", keywords)));
        }

        return tags;
    }

    /// <summary>schema.org JSON-LD, safe to place verbatim inside &lt;script type="application/ld+json"&gt;.</summary>
    public static string JsonLd(EntryDocument entry, string entryUrl) => Build(entry, entryUrl).ToJsonString(ScriptSafe);

    public static JsonObject Build(EntryDocument entry, string entryUrl)
    {
        var types = entry.Kind switch
        {
            "publication" => new JsonArray("Report", "LearningResource"),
            "research" => new JsonArray("Report"),
            "tool" => new JsonArray("CreativeWork", "LearningResource"),
            "event" => new JsonArray("Event"),
            _ => new JsonArray("Project"),
        };
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = types,
            ["@id"] = entryUrl,
            ["url"] = entryUrl,
            ["name"] = Tagged(entry, entry.Title, t => t.Title),
            ["description"] = Tagged(entry, entry.Summary, t => t.Summary),
            ["dateModified"] = entry.UpdatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (entry.SourceUrl is { } source)
        {
            node["sameAs"] = source;
        }

        var subjects = new JsonArray(
            entry.SdgTargets.Select(t => DefinedTerm(t.Code, $"SDG target {t.Code}: {t.Label}", SdgTermSet))
                .Concat(entry.SdgIndicators.Select(i => DefinedTerm(i.Code, $"SDG indicator {i.Code}", SdgTermSet)))
                .Concat(entry.GcmObjectives.Select(o => DefinedTerm(o.Code, $"GCM objective {o.Code}: {o.Label}", GcmTermSet)))
                .ToArray<JsonNode?>());
        var places = new JsonArray(entry.Countries.Select(c => (JsonNode?)new JsonObject { ["@type"] = "Country", ["name"] = c.Label, ["identifier"] = c.Code }).ToArray());
        var organisations = (string role) => new JsonArray(entry.OrganisationsIn(role).Select(Organisation).ToArray<JsonNode?>());

        if (entry.Kind == "programme")
        {
            // Project is an Organization in schema.org: it knows about topics and serves areas, it is not "about" them.
            Add(node, "knowsAbout", subjects);
            Add(node, "areaServed", places);
            Add(node, "funder", organisations("donor"));
            Add(node, "member", organisations("implementer"));
            if (entry.StartYear is { } start)
            {
                node["foundingDate"] = start.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (entry.EndYear is { } end)
            {
                node["dissolutionDate"] = end.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return node;
        }

        Add(node, "about", subjects);
        Add(node, "keywords", new JsonArray(entry.Keywords.Select(k => (JsonNode?)k).ToArray()));
        Add(node, "inLanguage", new JsonArray(entry.Languages.Select(l => (JsonNode?)l.Code).ToArray()));
        Add(node, "organizer", entry.Kind == "event" ? organisations("author") : []);
        if (entry.Kind == "event")
        {
            if (entry.PublicationDate is { } day)
            {
                node["startDate"] = day;
            }

            node["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode";
            node["location"] = new JsonObject { ["@type"] = "VirtualLocation", ["url"] = entry.SourceUrl ?? entryUrl };
            return node;
        }

        Add(node, "author", organisations("author"));
        Add(node, "publisher", organisations("publisher"));
        Add(node, "spatialCoverage", places);
        if (entry.PublicationDate is { } published)
        {
            node["datePublished"] = published;
        }

        if (entry.DocumentUrl is { } document)
        {
            node["encoding"] = new JsonObject { ["@type"] = "MediaObject", ["contentUrl"] = document };
        }

        if (entry.Kind is "publication" or "tool")
        {
            Add(node, "audience", new JsonArray(entry.Audiences.Select(a => (JsonNode?)new JsonObject { ["@type"] = "Audience", ["audienceType"] = a }).ToArray()));
        }

        return node;
    }

    private static JsonObject DefinedTerm(string code, string name, string termSet) => new()
    {
        ["@type"] = "DefinedTerm",
        ["termCode"] = code,
        ["name"] = name,
        ["inDefinedTermSet"] = termSet,
    };

    /// <summary>
    /// A text as a plain string, or with translations as language-tagged values
    /// ([{"@value": "…", "@language": "en"}, {"@value": "…", "@language": "fr"}]; the original first).
    /// </summary>
    private static JsonNode Tagged(EntryDocument entry, string original, Func<TranslationDocument, string> translated)
    {
        if (entry.Translations.Count == 0)
        {
            return JsonValue.Create(original);
        }

        JsonObject Value(string text, string? language) => language is null
            ? new JsonObject { ["@value"] = text }
            : new JsonObject { ["@value"] = text, ["@language"] = language };
        return new JsonArray([Value(original, entry.OriginalLanguage), .. entry.Translations.Select(t => (JsonNode)Value(translated(t), t.Language))]);
    }

    private static JsonObject Organisation(string name) => new() { ["@type"] = "Organization", ["name"] = name };

    private static void Add(JsonObject node, string name, JsonArray values)
    {
        if (values.Count > 0)
        {
            node[name] = values;
        }
    }
}
