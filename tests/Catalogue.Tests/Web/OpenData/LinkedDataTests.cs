using System.Text.Json;
using Catalogue.Core.OpenData;
using Catalogue.Web.Features.OpenData;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Catalogue.Tests.Web.OpenData;

[Trait("Category", TestCategory.Unit)]
public sealed class LinkedDataTests
{
    private const string Url = "https://catalogue.example/entries/pupils";

    private static EntryDocument Entry(string kind, string summary = "Open doors for pupils.") => new()
    {
        Id = 7,
        Slug = "pupils",
        Kind = kind,
        Title = "Schools for pupils",
        Summary = summary,
        PublicationDate = "2025-06-14",
        StartYear = 2018,
        EndYear = 2020,
        SourceUrl = "https://example.org/source",
        DocumentUrl = "https://example.org/report.pdf",
        UpdatedAt = new DateTime(2026, 1, 10, 10, 0, 0, DateTimeKind.Utc),
        SdgTargets = [new("4.1", "Free primary and secondary education")],
        GcmObjectives = [new("15", "Access to basic services")],
        Countries = [new("CO", "Colombia")],
        Languages = [new("es", "Spanish")],
        Keywords = ["Child and young migrants"],
        Organisations = [new("UNESCO", "author"), new("UNHCR", "publisher"), new("EU", "donor")],
    };

    [Theory]
    [InlineData("publication", new[] { "Report", "LearningResource" })]
    [InlineData("tool", new[] { "CreativeWork", "LearningResource" })]
    [InlineData("research", new[] { "Report" })]
    [InlineData("event", new[] { "Event" })]
    [InlineData("programme", new[] { "Project" })]
    public void JsonLd_Kind_MapsToSchemaOrgTypes(string kind, string[] types)
    {
        using var json = JsonDocument.Parse(EntryLinkedData.JsonLd(Entry(kind), Url));

        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        Assert.Equal(types, json.RootElement.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Schools for pupils", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(Url, json.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public void JsonLd_Publication_HasSdgAndGcmAsDefinedTermsAndAuthors()
    {
        using var json = JsonDocument.Parse(EntryLinkedData.JsonLd(Entry("publication"), Url));

        var about = json.RootElement.GetProperty("about").EnumerateArray().ToList();
        Assert.All(about, term => Assert.Equal("DefinedTerm", term.GetProperty("@type").GetString()));
        Assert.Equal(["4.1", "15"], about.Select(t => t.GetProperty("termCode").GetString()));
        Assert.Equal(EntryLinkedData.GcmTermSet, about[1].GetProperty("inDefinedTermSet").GetString());
        Assert.Equal("UNESCO", json.RootElement.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("2025-06-14", json.RootElement.GetProperty("datePublished").GetString());
    }

    [Fact]
    public void JsonLd_Event_IsOnlineWithVirtualLocation()
    {
        using var json = JsonDocument.Parse(EntryLinkedData.JsonLd(Entry("event"), Url));

        var root = json.RootElement;
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", root.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("VirtualLocation", root.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("https://example.org/source", root.GetProperty("location").GetProperty("url").GetString());
        Assert.Equal("2025-06-14", root.GetProperty("startDate").GetString());
    }

    [Fact]
    public void JsonLd_Programme_HasFunderAreaAndDates()
    {
        using var json = JsonDocument.Parse(EntryLinkedData.JsonLd(Entry("programme"), Url));

        var root = json.RootElement;
        Assert.Equal("EU", root.GetProperty("funder")[0].GetProperty("name").GetString());
        Assert.Equal("Colombia", root.GetProperty("areaServed")[0].GetProperty("name").GetString());
        Assert.Equal("2018", root.GetProperty("foundingDate").GetString());
        Assert.Equal("DefinedTerm", root.GetProperty("knowsAbout")[0].GetProperty("@type").GetString());
    }

    [Fact]
    public void JsonLd_ScriptClosingText_IsEscapedAndRoundTrips()
    {
        const string hostile = "</script><script>alert('x')</script> & <!--";

        var text = EntryLinkedData.JsonLd(Entry("publication", hostile), Url);

        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain(">", text);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(hostile, json.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public void HighwireTags_Publication_HaveTitleAuthorDatePublisherAndPdf()
    {
        var tags = EntryLinkedData.HighwireTags(Entry("publication"), Url).ToLookup(t => t.Name, t => t.Content);

        Assert.Equal(["Schools for pupils"], tags["citation_title"]);
        Assert.Equal(["UNESCO"], tags["citation_author"]);
        Assert.Equal(["2025/06/14"], tags["citation_publication_date"]);
        Assert.Equal(["UNHCR"], tags["citation_publisher"]);
        Assert.Equal(["https://example.org/report.pdf"], tags["citation_pdf_url"]);
        Assert.Equal([Url], tags["citation_abstract_html_url"]);
    }

    [Fact]
    public async Task EntryMetadataHead_GivenEntry_RendersMetaTagsAndJsonLd()
    {
        var html = await RenderHeadAsync(Entry("publication", "Ends </script> here"));

        Assert.Contains("<meta name=\"citation_title\" content=\"Schools for pupils\" />", html);
        Assert.Contains("<link rel=\"alternate\" type=\"application/x-research-info-systems\"", html);
        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        Assert.True(start >= 0, html);
        var jsonStart = start + "<script type=\"application/ld+json\">".Length;
        var json = html[jsonStart..html.IndexOf("</script>", jsonStart, StringComparison.Ordinal)];
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("Ends </script> here", parsed.RootElement.GetProperty("description").GetString());
        Assert.Equal("https://catalogue.example/entries/pupils", parsed.RootElement.GetProperty("url").GetString());
    }

    private static async Task<string> RenderHeadAsync(EntryDocument entry)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization();
        services.AddSingleton<IHttpContextAccessor, HttpContextAccessor>();
        services.AddSingleton(Options.Create(new OpenDataOptions { PublicBaseUrl = "https://catalogue.example" }));
        services.AddScoped<OpenDataLinks>();
        // Not used when the entry is given; the component asks for it all the same.
        services.AddSingleton(new OpenDataEntryReader(null!, null!));
        services.AddSingleton<Microsoft.JSInterop.IJSRuntime, NoJsRuntime>();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<HeadHost>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Entry"] = entry }));
            return output.ToHtmlString();
        });
    }

    /// <summary>A page with a head outlet and the component, as App.razor and an entry page put them together.</summary>
    private sealed class HeadHost : ComponentBase
    {
        [Parameter] public EntryDocument? Entry { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<HeadOutlet>(0);
            builder.CloseComponent();
            builder.OpenComponent<EntryMetadataHead>(1);
            builder.AddComponentParameter(2, nameof(EntryMetadataHead.Entry), Entry);
            builder.CloseComponent();
        }
    }

    private sealed class NoJsRuntime : Microsoft.JSInterop.IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => throw new NotSupportedException();

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => throw new NotSupportedException();
    }
}
