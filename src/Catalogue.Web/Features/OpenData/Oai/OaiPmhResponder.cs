using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.OpenData;
using Catalogue.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalogue.Web.Features.OpenData.Oai;

/// <summary>
/// OAI-PMH 2.0 (https://www.openarchives.org/OAI/openarchivesprotocol.html): the six verbs over oai_dc.
/// Published entries are records, archived ones deleted records; drafts and entries in review never appear.
/// Sets: kind, kind:&lt;kind&gt;, sdg, sdg:&lt;target&gt;, gcm, gcm:&lt;objective&gt;.
/// </summary>
public sealed partial class OaiPmhResponder(
    IDbContextFactory<CatalogueDbContext> factory, OpenDataEntryReader reader, OpenDataLinks links, IOptions<OpenDataOptions> options,
    ICatalogueSearch search)
{
    public const string OaiNamespace = "http://www.openarchives.org/OAI/2.0/";
    public const string OaiSchema = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    public const string Granularity = "YYYY-MM-DDThh:mm:ssZ";
    private const string DatestampFormat = "yyyy-MM-ddTHH:mm:ssZ";

    private static readonly Dictionary<string, string[]> AllowedArguments = new()
    {
        ["Identify"] = [],
        ["ListMetadataFormats"] = ["identifier"],
        ["ListSets"] = ["resumptionToken"],
        ["GetRecord"] = ["identifier", "metadataPrefix"],
        ["ListIdentifiers"] = ["from", "until", "set", "metadataPrefix", "resumptionToken"],
        ["ListRecords"] = ["from", "until", "set", "metadataPrefix", "resumptionToken"],
    };

    private sealed class OaiError(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }

    public async Task<string> RespondAsync(IReadOnlyDictionary<string, string[]> arguments, CancellationToken ct)
    {
        var text = new StringBuilder();
        using var xml = XmlWriter.Create(new Utf8Writer(text), new XmlWriterSettings { Indent = true });
        xml.WriteStartDocument();
        xml.WriteStartElement("OAI-PMH", OaiNamespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, $"{OaiNamespace} {OaiSchema}");
        xml.WriteElementString("responseDate", OaiNamespace, DateTime.UtcNow.ToString(DatestampFormat, CultureInfo.InvariantCulture));

        var verb = arguments.TryGetValue("verb", out var verbs) && verbs.Length == 1 ? verbs[0] : null;
        var error = CheckArguments(arguments, verb);
        if (error is not null)
        {
            // With badVerb or badArgument the request element carries no attributes (protocol §3.6).
            xml.WriteElementString("request", OaiNamespace, BaseUrl);
            WriteError(xml, error);
        }
        else
        {
            var args = arguments.Where(a => a.Key != "verb").ToDictionary(a => a.Key, a => a.Value[0]);
            xml.WriteStartElement("request", OaiNamespace);
            xml.WriteAttributeString("verb", verb);
            foreach (var (name, value) in args)
            {
                xml.WriteAttributeString(name, value);
            }

            xml.WriteString(BaseUrl);
            xml.WriteEndElement();
            try
            {
                // Build the verb's element in a buffer first: an error found halfway must not leave half an answer.
                var body = new StringBuilder();
                using (var inner = XmlWriter.Create(body, new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment, Indent = true }))
                {
                    await WriteVerbAsync(inner, verb!, args, ct);
                }

                using var fragment = XmlReader.Create(new StringReader(body.ToString()), new XmlReaderSettings { ConformanceLevel = ConformanceLevel.Fragment });
                fragment.MoveToContent();
                while (!fragment.EOF)
                {
                    xml.WriteNode(fragment, defattr: true);
                }
            }
            catch (OaiError oaiError)
            {
                WriteError(xml, oaiError);
            }
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        return text.ToString();
    }

    private string BaseUrl => links.Absolute(OaiPmhEndpoint.Path);

    private static OaiError? CheckArguments(IReadOnlyDictionary<string, string[]> arguments, string? verb)
    {
        // Checked first: every later message echoes arguments into XML, which cannot carry these characters.
        if (arguments.Any(a => StoredText.HasForbiddenCharacter(a.Key) || a.Value.Any(StoredText.HasForbiddenCharacter)))
        {
            return new OaiError("badArgument", "An argument " + StoredText.Problem + ".");
        }

        if (verb is null || !AllowedArguments.TryGetValue(verb, out var allowed))
        {
            return new OaiError("badVerb", verb is null
                ? "The request has no verb, or more than one. Use one of: " + string.Join(", ", AllowedArguments.Keys) + "."
                : $"'{verb}' is not an OAI-PMH verb. Use one of: " + string.Join(", ", AllowedArguments.Keys) + ".");
        }

        if (arguments.FirstOrDefault(a => a.Value.Length != 1) is { Key: not null } repeated)
        {
            return new OaiError("badArgument", $"The argument '{repeated.Key}' is repeated.");
        }

        if (arguments.Keys.FirstOrDefault(k => k != "verb" && !allowed.Contains(k)) is { } illegal)
        {
            return new OaiError("badArgument", $"'{illegal}' is not an argument of {verb}.");
        }

        if (arguments.ContainsKey("resumptionToken") && arguments.Count > 2)
        {
            return new OaiError("badArgument", "resumptionToken is an exclusive argument: send it alone with the verb.");
        }

        var required = verb switch
        {
            "GetRecord" => ["identifier", "metadataPrefix"],
            "ListIdentifiers" or "ListRecords" when !arguments.ContainsKey("resumptionToken") => new[] { "metadataPrefix" },
            _ => [],
        };
        if (required.FirstOrDefault(r => !arguments.ContainsKey(r)) is { } missing)
        {
            return new OaiError("badArgument", $"{verb} requires the argument '{missing}'.");
        }

        // Arguments are echoed in the request element, so their syntax is checked before anything is answered.
        if (arguments.TryGetValue("metadataPrefix", out var prefix) && !MetadataPrefixSyntax().IsMatch(prefix[0]))
        {
            return new OaiError("badArgument", $"'{prefix[0]}' is not a metadataPrefix.");
        }

        if (arguments.TryGetValue("set", out var set) && !SetSpecSyntax().IsMatch(set[0]))
        {
            return new OaiError("badArgument", $"'{set[0]}' is not a setSpec.");
        }

        if (set is not null && OaiSets.ToQuery(set[0]) is null)
        {
            return new OaiError("badArgument", $"The repository has no set '{set[0]}'; ListSets lists them.");
        }

        try
        {
            ParseRange(arguments.GetValueOrDefault("from")?[0], arguments.GetValueOrDefault("until")?[0], fromToken: false);
            return null;
        }
        catch (OaiError error)
        {
            return error;
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-_\.!~\*'\(\)]+$")]
    private static partial Regex MetadataPrefixSyntax();

    [GeneratedRegex(@"^[A-Za-z0-9\-_\.!~\*'\(\)]+(:[A-Za-z0-9\-_\.!~\*'\(\)]+)*$")]
    private static partial Regex SetSpecSyntax();

    private static void WriteError(XmlWriter xml, OaiError error)
    {
        xml.WriteStartElement("error", OaiNamespace);
        xml.WriteAttributeString("code", error.Code);
        xml.WriteString(error.Message);
        xml.WriteEndElement();
    }

    private Task WriteVerbAsync(XmlWriter xml, string verb, IReadOnlyDictionary<string, string> args, CancellationToken ct) => verb switch
    {
        "Identify" => IdentifyAsync(xml, ct),
        "ListMetadataFormats" => ListMetadataFormatsAsync(xml, args.GetValueOrDefault("identifier"), ct),
        "ListSets" => ListSetsAsync(xml, args.GetValueOrDefault("resumptionToken"), ct),
        "GetRecord" => GetRecordAsync(xml, args["identifier"], args["metadataPrefix"], ct),
        _ => ListAsync(xml, verb == "ListRecords", args, ct),
    };

    private static string Datestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString(DatestampFormat, CultureInfo.InvariantCulture);

    private sealed class Utf8Writer(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
