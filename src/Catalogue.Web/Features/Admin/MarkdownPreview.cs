using Ganss.Xss;
using Markdig;

namespace Catalogue.Web.Features.Admin;

/// <summary>Markdown to HTML through a sanitizer: the only way entry descriptions become markup.</summary>
public sealed class MarkdownPreview
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private readonly HtmlSanitizer sanitizer = new();

    public string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : sanitizer.Sanitize(Markdown.ToHtml(markdown, pipeline));
}
