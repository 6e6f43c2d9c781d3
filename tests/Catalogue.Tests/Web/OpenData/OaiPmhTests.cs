using System.Xml.Linq;

namespace Catalogue.Tests.Web.OpenData;

[Trait("Category", TestCategory.Database)]
public sealed class OaiPmhTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    [Fact]
    public async Task Identify_ValidatesAndDeclaresPersistentDeletesAndSeconds()
    {
        var xml = await OaiAsync("?verb=Identify");

        var identify = xml.Root!.Element(Oai + "Identify")!;
        Assert.Equal("2.0", identify.Element(Oai + "protocolVersion")!.Value);
        Assert.Equal("persistent", identify.Element(Oai + "deletedRecord")!.Value);
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", identify.Element(Oai + "granularity")!.Value);
        Assert.Equal("2026-01-02T10:00:00Z", identify.Element(Oai + "earliestDatestamp")!.Value);
        Assert.EndsWith("/oai", identify.Element(Oai + "baseURL")!.Value);
    }

    [Fact]
    public async Task ListMetadataFormats_ValidatesAndOffersOaiDc()
    {
        var xml = await OaiAsync("?verb=ListMetadataFormats");

        Assert.Equal("oai_dc", xml.Descendants(Oai + "metadataPrefix").Single().Value);
    }

    [Fact]
    public async Task ListSets_ValidatesAndHasKindSdgAndGcmSets()
    {
        var xml = await OaiAsync("?verb=ListSets");

        var specs = xml.Descendants(Oai + "setSpec").Select(s => s.Value).ToList();
        Assert.Contains("kind:publication", specs);
        Assert.Contains("sdg:4.1", specs);
        Assert.Contains("sdg:4.a", specs);
        Assert.Contains("gcm:15", specs);
        Assert.Equal(1 + 5 + 1 + 10 + 1 + 23, specs.Count);
    }

    [Fact]
    public async Task Harvest_WithResumptionTokens_ReturnsEveryPublishedEntryOnceAndArchivedAsDeleted()
    {
        var identifiers = new List<string>();
        var deleted = new List<string>();
        var titles = new List<string>();
        var cursors = new List<int>();
        var query = "?verb=ListRecords&metadataPrefix=oai_dc";
        for (var page = 0; page < 10; page++)
        {
            var xml = await OaiAsync(query);
            foreach (var record in xml.Descendants(Oai + "record"))
            {
                var header = record.Element(Oai + "header")!;
                identifiers.Add(header.Element(Oai + "identifier")!.Value);
                if (header.Attribute("status")?.Value == "deleted")
                {
                    deleted.Add(header.Element(Oai + "identifier")!.Value);
                    Assert.Null(record.Element(Oai + "metadata"));
                }
                else
                {
                    titles.Add(record.Descendants(Dc + "title").Single().Value);
                }
            }

            var token = xml.Descendants(Oai + "resumptionToken").SingleOrDefault();
            Assert.NotNull(token);
            Assert.Equal("6", token.Attribute("completeListSize")!.Value);
            cursors.Add(int.Parse(token.Attribute("cursor")!.Value));
            if (token.Value.Length == 0)
            {
                break;
            }

            query = "?verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(token.Value);
        }

        Assert.Equal([0, 2, 4], cursors);
        Assert.Equal(6, identifiers.Count);
        Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
        Assert.Single(deleted);
        Assert.Equal(
            ["Research on language classes", "Schools for Venezuelan pupils", OpenDataFixture.SpecialTitle, "Webinar on inclusion", "Turkey school transport"],
            titles);
        var archivedId = await EntryIdAsync("archived-guide");
        Assert.EndsWith($":entry/{archivedId}", deleted[0]);
    }

    [Fact]
    public async Task ListIdentifiers_SetAndDates_FilterOnUpdatedTime()
    {
        var sdg = await OaiAsync("?verb=ListIdentifiers&metadataPrefix=oai_dc&set=sdg:4.1");
        var kind = await OaiAsync("?verb=ListIdentifiers&metadataPrefix=oai_dc&set=kind:event");
        var days = await OaiAsync("?verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-02-01&until=2026-03-01");
        var seconds = await OaiAsync("?verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-03-01T10:00:00Z&until=2026-03-01T10:00:00Z");

        // sdg:4.1: the publication, the programme and the archived tool (as deleted); page size 2 leaves a token.
        Assert.Equal("3", sdg.Descendants(Oai + "resumptionToken").Single().Attribute("completeListSize")!.Value);
        Assert.Equal(["kind:event"], kind.Descendants(Oai + "header").Select(h => h.Elements(Oai + "setSpec").First().Value));
        Assert.Equal(["2026-02-01T10:00:00Z", "2026-02-20T10:00:00Z"], days.Descendants(Oai + "datestamp").Select(d => d.Value).Take(2));
        Assert.Equal("3", days.Descendants(Oai + "resumptionToken").Single().Attribute("completeListSize")!.Value);
        Assert.Equal(["2026-03-01T10:00:00Z"], seconds.Descendants(Oai + "datestamp").Select(d => d.Value));
    }

    [Theory]
    [InlineData("&from=0001-01-01&until=9999-12-31")]
    [InlineData("&from=0001-01-01T00:00:00Z&until=9999-12-31T23:59:59Z")]
    public async Task ListIdentifiers_ExtremeDates_AnswerEveryRecord(string range)
    {
        var xml = await OaiAsync("?verb=ListIdentifiers&metadataPrefix=oai_dc" + range);

        Assert.Equal("6", xml.Descendants(Oai + "resumptionToken").Single().Attribute("completeListSize")!.Value);
    }

    [Fact]
    public async Task GetRecord_Published_ValidatesWithDublinCore()
    {
        var id = await EntryIdAsync("venezuelan-pupils");
        var identifier = $"oai:localhost:entry/{id}";

        var xml = await OaiAsync($"?verb=GetRecord&metadataPrefix=oai_dc&identifier={Uri.EscapeDataString(identifier)}");

        var dc = xml.Descendants(XName.Get("dc", "http://www.openarchives.org/OAI/2.0/oai_dc/")).Single();
        Assert.Equal("Schools for Venezuelan pupils", dc.Element(Dc + "title")!.Value);
        Assert.Equal("UNESCO", dc.Element(Dc + "creator")!.Value);
        Assert.Equal("2025-06", dc.Element(Dc + "date")!.Value);
        Assert.Contains(dc.Elements(Dc + "language"), l => l.Value == "es");
        Assert.Contains(dc.Elements(Dc + "subject"), s => s.Value.StartsWith("SDG target 4.1", StringComparison.Ordinal));
        Assert.Equal(["kind:publication", "sdg:4.1", "sdg:4.5", "gcm:15"], xml.Descendants(Oai + "setSpec").Select(s => s.Value));
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("?verb=Harvest", "badVerb")]
    [InlineData("?verb=Identify&verb=Identify", "badVerb")]
    [InlineData("?verb=Identify&set=kind", "badArgument")]
    [InlineData("?verb=ListRecords", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01&until=2026-02-01T00:00:00Z", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&from=2026-03-01&until=2026-01-01", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument")]
    [InlineData("?verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken")]
    [InlineData("?verb=ListSets&resumptionToken=anything", "badResumptionToken")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&set=not%20a%20set", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&set=sdg:4.1%00", "badArgument")]
    [InlineData("?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:entry/1%00", "badArgument")]
    [InlineData("?verb=ListRecords&resumptionToken=%00", "badArgument")]
    [InlineData("?verb=Identify%01", "badArgument")]
    [InlineData("?verb=Identify&%00=1", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&set=sdg:4.2", "noRecordsMatch")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01", "noRecordsMatch")]
    [InlineData("?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:entry/999999", "idDoesNotExist")]
    [InlineData("?verb=GetRecord&metadataPrefix=oai_dc&identifier=slug", "idDoesNotExist")]
    [InlineData("?verb=ListMetadataFormats&identifier=oai:elsewhere:entry/1", "idDoesNotExist")]
    public async Task Request_Invalid_AnswersTheProtocolErrorAndValidates(string query, string code)
    {
        var xml = await OaiAsync(query);

        Assert.Equal(code, xml.Root!.Element(Oai + "error")!.Attribute("code")!.Value);
        if (code is "badVerb" or "badArgument")
        {
            Assert.Empty(xml.Root!.Element(Oai + "request")!.Attributes());
        }
    }

    [Theory]
    [InlineData("draft-plan")]
    [InlineData("review-study")]
    public async Task GetRecord_DraftOrInReview_IsIdDoesNotExist(string slug)
    {
        var id = await EntryIdAsync(slug);

        var xml = await OaiAsync($"?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:entry/{id}");

        Assert.Equal("idDoesNotExist", xml.Root!.Element(Oai + "error")!.Attribute("code")!.Value);
    }

    [Fact]
    public async Task GetRecord_Archived_IsDeletedRecordWithoutMetadata()
    {
        var id = await EntryIdAsync("archived-guide");

        var xml = await OaiAsync($"?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:entry/{id}");

        var record = xml.Descendants(Oai + "record").Single();
        Assert.Equal("deleted", record.Element(Oai + "header")!.Attribute("status")!.Value);
        Assert.Null(record.Element(Oai + "metadata"));
    }

    [Fact]
    public async Task Post_FormEncodedRequest_IsAnsweredLikeGet()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.PostAsync("/oai", new FormUrlEncodedContent(new Dictionary<string, string> { ["verb"] = "Identify" }));

        var xml = OaiSchemaValidator.Validate(await response.Content.ReadAsStringAsync());
        Assert.NotNull(xml.Root!.Element(Oai + "Identify"));
    }

    private async Task<XDocument> OaiAsync(string query)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync("/oai" + query);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("SECRET", body);
        return OaiSchemaValidator.Validate(body);
    }

    private async Task<int> EntryIdAsync(string slug)
    {
        await using var db = fixture.Database.CreateContext();
        return db.Entries.Single(e => e.Slug == slug).Id;
    }
}

[Trait("Category", TestCategory.Unit)]
public sealed class OaiSchemaValidatorTests
{
    private const string Head = """<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-01-01T00:00:00Z</responseDate><request verb="GetRecord">http://localhost/oai</request>""";

    [Fact]
    public void Validate_WrongDublinCoreElement_IsRejected()
    {
        var xml = Head + """<GetRecord><record><header><identifier>oai:localhost:entry/1</identifier><datestamp>2026-01-01T00:00:00Z</datestamp></header><metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:author>x</dc:author></oai_dc:dc></metadata></record></GetRecord></OAI-PMH>""";

        Assert.ThrowsAny<Exception>(() => OaiSchemaValidator.Validate(xml));
    }

    [Fact]
    public void Validate_LocalDatestamp_IsRejected()
    {
        var xml = Head + """<GetRecord><record><header><identifier>oai:localhost:entry/1</identifier><datestamp>2026-01-01T00:00:00+02:00</datestamp></header></record></GetRecord></OAI-PMH>""";

        Assert.ThrowsAny<Exception>(() => OaiSchemaValidator.Validate(xml));
    }

    [Fact]
    public void Validate_ValidDublinCoreRecord_Passes()
    {
        var xml = Head + """<GetRecord><record><header><identifier>oai:localhost:entry/1</identifier><datestamp>2026-01-01T00:00:00Z</datestamp></header><metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title xml:lang="en">x</dc:title></oai_dc:dc></metadata></record></GetRecord></OAI-PMH>""";

        Assert.NotNull(OaiSchemaValidator.Validate(xml).Root);
    }
}
