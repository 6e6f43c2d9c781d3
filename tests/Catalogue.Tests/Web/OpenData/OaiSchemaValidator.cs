using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Web.OpenData;

/// <summary>
/// Validates OAI-PMH responses against local copies of the official OAI-PMH.xsd, oai_dc.xsd, simpledc20021212.xsd
/// and xml.xsd (Fixtures/Schemas). Their schemaLocation URLs are mapped to the local files: no network is used.
/// </summary>
public static class OaiSchemaValidator
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    public static XDocument Validate(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.True(errors.Count == 0, "The response does not validate:\n" + string.Join("\n", errors) + "\n\n" + xml);
        return XDocument.Parse(xml);
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalSchemaResolver() };
        set.ValidationEventHandler += (_, e) => throw new InvalidOperationException("Schema error: " + e.Message);
        set.Add(null, LocalSchemaResolver.Open("OAI-PMH.xsd"));
        set.Add(null, LocalSchemaResolver.Open("oai_dc.xsd"));
        set.Compile();
        return set;
    }

    private sealed class LocalSchemaResolver : XmlResolver
    {
        private static readonly Dictionary<string, string> Files = new()
        {
            ["http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"] = "OAI-PMH.xsd",
            ["http://www.openarchives.org/OAI/2.0/oai_dc.xsd"] = "oai_dc.xsd",
            ["http://dublincore.org/schemas/xmls/simpledc20021212.xsd"] = "simpledc20021212.xsd",
            ["http://www.w3.org/2001/03/xml.xsd"] = "xml.xsd",
        };

        public static XmlReader Open(string file) =>
            XmlReader.Create(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Schemas", file)),
                new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, CloseInput = true }, "http://local.schemas/" + file);

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var file = Files.GetValueOrDefault(absoluteUri.AbsoluteUri)
                ?? throw new InvalidOperationException($"No local copy of {absoluteUri}; the tests never fetch schemas from the network.");
            return File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Schemas", file));
        }
    }
}
