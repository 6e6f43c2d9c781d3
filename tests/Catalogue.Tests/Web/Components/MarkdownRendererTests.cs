using Catalogue.Web.Components.Shared;

namespace Catalogue.Tests.Web.Components;

/// <summary>The one Markdown pipeline, used by the public entry page and the admin form's preview alike.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Fact]
    public void Render_PipeTableAndStrikethrough_RendersThemAsReadersSeeThem()
    {
        var html = renderer.Render("| Level | Pupils |\n|---|---|\n| Primary | 120 |\n\n~~closed~~").Value;

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Primary</td>", html, StringComparison.Ordinal);
        Assert.Contains("<del>closed</del>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RawHtmlScriptAndJavascriptLink_AreNeverMarkup()
    {
        var html = renderer.Render("<script>alert(1)</script> <b onclick=\"x()\">bold</b> [click](javascript:alert(1)) <img src=x onerror=alert(1)>").Value;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Link_IsNofollowAndAutoLinksWork()
    {
        var html = renderer.Render("See [the report](https://example.org/report) or https://example.org/data.").Value;

        Assert.Contains("<a href=\"https://example.org/report\" rel=\"nofollow noopener\">the report</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/data\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Blank_IsNothing()
    {
        Assert.Null(renderer.Render("  \n").Value);
    }
}
