using System.Globalization;
using System.Text;

namespace Catalogue.Core.OpenData;

/// <summary>RIS and BibTeX records for reference managers (Zotero, EndNote, Mendeley, JabRef).</summary>
public static class CitationFormatter
{
    public const string RisContentType = "application/x-research-info-systems";
    public const string BibTexContentType = "application/x-bibtex";

    /// <summary>RIS type by kind: reports for publications and research, conference for events, web resource for tools.</summary>
    public static string RisType(string kind) => kind switch
    {
        "publication" or "research" => "RPRT",
        "event" => "CONF",
        "tool" => "ELEC",
        _ => "GEN",
    };

    public static string BibTexType(string kind) => kind is "publication" or "research" ? "techreport" : "misc";

    public static string ToRis(IEnumerable<EntryDocument> entries, Func<EntryDocument, string> entryUrl)
    {
        var ris = new StringBuilder();
        foreach (var entry in entries)
        {
            // RIS lines are "XX  - value" with CRLF endings; values must stay on one line.
            void Line(string tag, string? value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    ris.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");
                }
            }

            Line("TY", RisType(entry.Kind));
            Line("ID", entry.Slug);
            Line("TI", entry.Title);
            foreach (var author in entry.OrganisationsIn("author"))
            {
                // A trailing comma marks a corporate author, so the name is not split into first and last names.
                Line("AU", author + ",");
            }

            Line("PY", entry.Year?.ToString(CultureInfo.InvariantCulture));
            Line("DA", RisDate(entry.PublicationDate));
            Line("PB", string.Join("; ", entry.OrganisationsIn("publisher")));
            Line("AB", entry.Summary);
            Line("UR", entry.SourceUrl ?? entryUrl(entry));
            Line("L1", entry.DocumentUrl);
            Line("L2", entryUrl(entry));
            foreach (var language in entry.Languages)
            {
                Line("LA", language.Code);
            }

            foreach (var keyword in Keywords(entry))
            {
                Line("KW", keyword);
            }

            ris.Append("ER  - \r\n\r\n");
        }

        return ris.ToString();
    }

    public static string ToBibTex(IEnumerable<EntryDocument> entries, Func<EntryDocument, string> entryUrl)
    {
        var bib = new StringBuilder();
        foreach (var entry in entries)
        {
            var fields = new List<(string Name, string Value)>
            {
                ("title", "{" + Escape(entry.Title) + "}"),
            };
            var authors = entry.OrganisationsIn("author").ToList();
            if (authors.Count > 0)
            {
                // Double braces keep an organisation's name whole instead of being parsed as "Last, First".
                fields.Add(("author", string.Join(" and ", authors.Select(a => "{" + Escape(a) + "}"))));
            }

            var publishers = entry.OrganisationsIn("publisher").ToList();
            if (publishers.Count > 0)
            {
                fields.Add((BibTexType(entry.Kind) == "techreport" ? "institution" : "organization", string.Join(" and ", publishers.Select(Escape))));
            }

            if (entry.Year is { } year)
            {
                fields.Add(("year", year.ToString(CultureInfo.InvariantCulture)));
            }

            if (entry.PublicationDate is { Length: >= 7 } date)
            {
                fields.Add(("month", int.Parse(date[5..7], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
            }

            fields.Add(("abstract", Escape(entry.Summary)));
            fields.Add(("url", EscapeUrl(entry.SourceUrl ?? entryUrl(entry))));
            if (entry.Languages.Count > 0)
            {
                fields.Add(("language", Escape(string.Join(", ", entry.Languages.Select(l => l.Label)))));
            }

            var keywords = Keywords(entry).ToList();
            if (keywords.Count > 0)
            {
                fields.Add(("keywords", Escape(string.Join(", ", keywords))));
            }

            fields.Add(("note", Escape("Catalogue record: ") + EscapeUrl(entryUrl(entry))));

            bib.Append('@').Append(BibTexType(entry.Kind)).Append('{').Append(CiteKey(entry)).Append(",\n");
            bib.AppendJoin(",\n", fields.Select(f => $"  {f.Name} = {{{f.Value}}}"));
            bib.Append("\n}\n\n");
        }

        return bib.ToString();
    }

    /// <summary>Escapes BibTeX/LaTeX special characters so any title or name compiles and braces stay balanced.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in OneLine(text))
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '$' => @"\$",
                '&' => @"\&",
                '%' => @"\%",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '"' => "{\"}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>URLs stay verbatim for the url package, except characters that would break the field's braces.</summary>
    private static string EscapeUrl(string url) =>
        url.Replace("\\", "%5C", StringComparison.Ordinal).Replace("{", "%7B", StringComparison.Ordinal)
            .Replace("}", "%7D", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);

    private static string CiteKey(EntryDocument entry)
    {
        var key = new string(entry.Slug.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        return (key.Length == 0 ? "entry" + entry.Id.ToString(CultureInfo.InvariantCulture) : key)
            + (entry.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) : "");
    }

    private static IEnumerable<string> Keywords(EntryDocument entry) =>
        entry.Keywords
            .Concat(entry.SdgTargets.Select(t => $"SDG {t.Code}"))
            .Concat(entry.GcmObjectives.Select(o => $"GCM Objective {o.Code}"));

    private static string? RisDate(string? isoDate) => isoDate?.Length switch
    {
        4 => $"{isoDate}///",
        7 => $"{isoDate[..4]}/{isoDate[5..7]}//",
        10 => $"{isoDate[..4]}/{isoDate[5..7]}/{isoDate[8..10]}/",
        _ => null,
    };

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
