using System.Net;
using System.Text;
using Catalogue.Core.Alerts;
using Catalogue.Core.Localization;
using Catalogue.Core.Mail;
using Catalogue.Web.Features.OpenData;
using Catalogue.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Catalogue.Web.Features.Alerts;

/// <summary>
/// The messages of alerts, in the alert's language, each with an HTML and a plain-text part, a manage link, an
/// unsubscribe link and the List-Unsubscribe headers of RFC 2369 and RFC 8058 (one-click).
/// </summary>
public sealed class AlertMailComposer(IStringLocalizer<SiteText> t, IOptions<MailOptions> mail, IOptions<OpenDataOptions> openData)
{
    public const string OneClickPath = "/alerts/unsubscribe/one-click";

    public byte[] Confirmation(AlertSubscription subscription, string confirmToken, string manageToken) => SiteLanguages.InLanguage(subscription.Language, () =>
    {
        var links = new Links(this, subscription, manageToken);
        var search = AlertText.Describe(t, AlertDigestReader.ParseSearch(subscription.Search));
        var confirm = links.Page("/alerts/confirm?token=" + confirmToken);
        var text = new StringBuilder()
            .AppendLine(t["Alerts.Mail.ConfirmIntro"]).AppendLine()
            .AppendLine(SearchText(search)).AppendLine()
            .AppendLine(t["Alerts.Mail.ConfirmAction"] + ": " + confirm).AppendLine()
            .AppendLine(t["Alerts.Mail.ConfirmIgnore"]);
        var html = new StringBuilder()
            .Append("<p>").Append(Encode(t["Alerts.Mail.ConfirmIntro"])).Append("</p>")
            .Append(SearchHtml(search, links.Search))
            .Append("<p><a href=\"").Append(Encode(confirm)).Append("\" style=\"display:inline-block;padding:10px 16px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px\">")
            .Append(Encode(t["Alerts.Mail.ConfirmAction"])).Append("</a></p>")
            .Append("<p>").Append(Encode(t["Alerts.Mail.ConfirmIgnore"])).Append("</p>");
        return Build(subscription, t["Alerts.Mail.ConfirmSubject"], text, html, links);
    });

    public byte[] Digest(AlertSubscription subscription, DigestContent digest, string manageToken) => SiteLanguages.InLanguage(subscription.Language, () =>
    {
        var links = new Links(this, subscription, manageToken);
        var search = AlertText.Describe(t, AlertDigestReader.ParseSearch(subscription.Search));
        var text = new StringBuilder().AppendLine(t["Alerts.Mail.DigestIntro"]).AppendLine().AppendLine(SearchText(search)).AppendLine();
        var html = new StringBuilder().Append("<p>").Append(Encode(t["Alerts.Mail.DigestIntro"])).Append("</p>").Append(SearchHtml(search, links.Search, withLink: false)).Append("<ol>");
        foreach (var entry in digest.Entries)
        {
            var url = links.Page("/entries/" + Uri.EscapeDataString(entry.Slug));
            text.AppendLine("* " + entry.Title).AppendLine("  " + entry.Summary).AppendLine("  " + url).AppendLine();
            var lang = entry.TextLanguage is { } code ? $" lang=\"{Encode(code)}\" dir=\"{(SiteLanguages.IsRightToLeft(code) ? "rtl" : "auto")}\"" : "";
            html.Append("<li style=\"margin-bottom:12px\"").Append(lang).Append("><a href=\"").Append(Encode(url)).Append("\"><strong>").Append(Encode(entry.Title))
                .Append("</strong></a><br>").Append(Encode(entry.Summary)).Append("</li>");
        }

        html.Append("</ol>");
        var more = digest.Total - digest.Entries.Count;
        var moreText = more > 0 ? t["Alerts.Mail.More", TextExtensions.Number(more)] + " " : "";
        text.AppendLine(moreText + t["Alerts.Mail.SeeSearch"] + ": " + links.Search);
        html.Append("<p>").Append(Encode(moreText)).Append("<a href=\"").Append(Encode(links.Search)).Append("\">").Append(Encode(t["Alerts.Mail.SeeSearch"])).Append("</a></p>");
        var subject = t["Alerts.Mail.DigestSubject", t.Plural("Count.Entries", digest.Total)];
        return Build(subscription, subject, text, html, links);
    });

    private byte[] Build(AlertSubscription subscription, string subject, StringBuilder text, StringBuilder html, Links links)
    {
        var footer = t["Alerts.Mail.Footer", t["Site.Name"], AlertText.Frequency(t, subscription.Frequency)];
        text.AppendLine().AppendLine("-- ").AppendLine(footer)
            .AppendLine(t["Alerts.Mail.Manage"] + ": " + links.Manage)
            .AppendLine(t["Alerts.Mail.Unsubscribe"] + ": " + links.Unsubscribe);
        html.Append("<hr><p style=\"font-size:small;color:#555555\">").Append(Encode(footer)).Append("<br><a href=\"").Append(Encode(links.Manage)).Append("\">")
            .Append(Encode(t["Alerts.Mail.Manage"])).Append("</a> · <a href=\"").Append(Encode(links.Unsubscribe)).Append("\">")
            .Append(Encode(t["Alerts.Mail.Unsubscribe"])).Append("</a></p>");
        var language = subscription.Language;
        var dir = SiteLanguages.IsRightToLeft(language) ? "rtl" : "ltr";
        var document = $"<!DOCTYPE html><html lang=\"{language}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{Encode(subject)}</title></head>" +
            $"<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">{html}</body></html>";

        var message = new MimeMessage { Subject = subject };
        message.From.Add(new MailboxAddress(mail.Value.FromName, mail.Value.From));
        message.To.Add(MailboxAddress.Parse(subscription.Email));
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(new MailboxAddress("", mail.Value.From).Domain is { Length: > 0 } domain ? domain : "localhost");
        message.Headers.Add("Content-Language", language);
        message.Headers.Add("List-Unsubscribe", $"<{links.OneClick}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = document }.ToMessageBody();
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    private string SearchText(IReadOnlyList<string> search) =>
        string.Join(Environment.NewLine, (search.Count == 0 ? [t["Alerts.Search.Everything"].Value] : search).Select(s => "  " + s));

    private string SearchHtml(IReadOnlyList<string> search, string searchUrl, bool withLink = true) => search.Count == 0
        ? $"<p><a href=\"{Encode(searchUrl)}\">{Encode(t["Alerts.Search.Everything"])}</a></p>"
        : "<ul>" + string.Concat(search.Select(s => $"<li>{Encode(s)}</li>")) + "</ul>"
            + (withLink ? $"<p><a href=\"{Encode(searchUrl)}\">{Encode(t["Alerts.Mail.SeeSearch"])}</a></p>" : "");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The configured public address, else the one the alert was made on.</summary>
    private string BaseUrl(AlertSubscription subscription) =>
        (string.IsNullOrWhiteSpace(openData.Value.PublicBaseUrl) ? subscription.SiteUrl : openData.Value.PublicBaseUrl).TrimEnd('/');

    private sealed class Links(AlertMailComposer composer, AlertSubscription subscription, string manageToken)
    {
        private readonly string baseUrl = composer.BaseUrl(subscription);

        public string Page(string path) => baseUrl + SiteLanguages.Localize(path, subscription.Language);
        public string Search => Page("/catalogue" + subscription.Search);
        public string Manage => Page("/alerts/manage?token=" + manageToken);
        public string Unsubscribe => Page("/alerts/unsubscribe?token=" + manageToken);
        public string OneClick => baseUrl + OneClickPath + "?token=" + manageToken;
    }
}
