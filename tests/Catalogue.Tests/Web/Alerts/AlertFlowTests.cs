using Catalogue.Core.Alerts;
using Catalogue.Core.Entities;
using Catalogue.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Web.Alerts;

[Trait("Category", TestCategory.Database)]
public sealed class AlertFlowTests(AlertsSite site) : IClassFixture<AlertsSite>
{
    private static readonly DateTime Now = DateTime.UtcNow;

    [Fact]
    public async Task Digest_AfterConfirmation_ListsOnlyNewPublishedMatchingEntriesInTheAlertsLanguage()
    {
        var email = $"digest-{Guid.NewGuid():N}@example.org";
        var (outcome, id) = await site.Alerts.SubscribeAsync(new SubscribeRequest("  " + email + " ", "?q=robotics", "fr", AlertFrequency.Daily, "http://catalogue.test"),
            site.Composer.Confirmation, Now, CancellationToken.None);
        Assert.Equal(SubscribeOutcome.ConfirmationQueued, outcome);
        await site.Sender.SendDueAsync(CancellationToken.None);
        var confirmation = Assert.Single(site.Smtp.To(email));
        Assert.Equal("Confirmez votre alerte du Catalogue de l’éducation des migrants", confirmation.Subject);
        Assert.Contains("Mots : robotics", confirmation.TextBody);
        Assert.Contains("Mots : robotics", confirmation.HtmlBody);
        Assert.StartsWith("<http://catalogue.test/alerts/unsubscribe/one-click?token=", confirmation.Headers["List-Unsubscribe"]);

        // Unconfirmed: no digest, whatever is published.
        await site.AddEntryAsync("robotics-before-confirmation", "Robotics for newcomers (before)", EntryStatus.Published, Now.AddMinutes(1));
        Assert.Equal(0, await site.Digests.RunAsync(Now.AddDays(2), CancellationToken.None));

        var confirmAt = Now.AddDays(2);
        var token = AlertsSite.TokenOf(confirmation, "/fr/alerts/confirm");
        Assert.Equal(ConfirmOutcome.Confirmed, await site.Alerts.ConfirmAsync(token, confirmAt, CancellationToken.None));
        Assert.Equal(ConfirmOutcome.Invalid, await site.Alerts.ConfirmAsync(token, confirmAt, CancellationToken.None));

        await site.AddEntryAsync("robotics-clubs-girls", "Robotics clubs for refugee girls", EntryStatus.Published, confirmAt.AddHours(1));
        await site.AddEntryAsync("robotics-draft", "Robotics draft never shown", EntryStatus.Draft, confirmAt.AddHours(1));
        await site.AddEntryAsync("robotics-in-review", "Robotics in review never shown", EntryStatus.InReview, null);
        await site.AddEntryAsync("literacy-circles", "Adult literacy circles", EntryStatus.Published, confirmAt.AddHours(1));
        Assert.Equal(0, await site.Digests.RunAsync(confirmAt.AddHours(12), CancellationToken.None));

        Assert.Equal(1, await site.Digests.RunAsync(confirmAt.AddDays(1).AddMinutes(1), CancellationToken.None));
        await site.Sender.SendDueAsync(CancellationToken.None);
        var received = site.Smtp.To(email);
        Assert.True(received.Count == 2, string.Join(" | ", received.Select(m => m.Subject)));
        var digest = received.Single(m => m.Subject != confirmation.Subject);
        Assert.Equal("Nouveau dans le catalogue pour votre recherche : 1 fiche", digest.Subject);
        Assert.Contains("Robotics clubs for refugee girls", digest.TextBody);
        Assert.Contains("http://catalogue.test/fr/entries/robotics-clubs-girls", digest.TextBody);
        Assert.Contains("Robotics clubs for refugee girls", digest.HtmlBody);
        foreach (var never in new[] { "(before)", "draft", "in review", "literacy" })
        {
            Assert.DoesNotContain(never, digest.TextBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(never, digest.HtmlBody, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("/fr/alerts/manage?token=", digest.TextBody);

        // Nothing new since: no message.
        Assert.Equal(0, await site.Digests.RunAsync(confirmAt.AddDays(2).AddMinutes(2), CancellationToken.None));
        Assert.Equal(2, site.Smtp.To(email).Count);
        await using var db = site.Database.CreateContext();
        Assert.Equal(1, await db.AlertSubscriptions.CountAsync(s => s.Id == id && s.ConfirmedAt != null));
    }

    [Fact]
    public async Task OneClickUnsubscribe_PostWithoutAntiforgery_DeletesTheAlertAndItsUnsentMail()
    {
        var email = $"one-click-{Guid.NewGuid():N}@example.org";
        var id = await site.ConfirmedAlertAsync(email, "?kind=programme", Now);
        await site.AddEntryAsync($"programme-{id}", "A programme for the one-click test", EntryStatus.Published, Now.AddHours(1));
        Assert.True(await site.Digests.RunAsync(Now.AddDays(8), CancellationToken.None) >= 1);
        var digest = await site.QueuedMessageAsync(id, MailKind.AlertDigest);
        var url = new Uri(digest.Headers["List-Unsubscribe"]!.Trim('<', '>'));

        var response = await site.Client!.PostAsync(url.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await using (var db = site.Database.CreateContext())
        {
            Assert.False(await db.AlertSubscriptions.AnyAsync(s => s.Id == id));
            Assert.False(await db.AlertTokens.AnyAsync(t => t.SubscriptionId == id));
            Assert.False(await db.MailOutbox.AnyAsync(m => m.SubscriptionId == id && m.SentAt == null));
        }

        var again = await site.Client!.PostAsync(url.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, again.StatusCode);
    }

    [Theory]
    [InlineData("/alerts/confirm?token=not-a-token", "This link does not work")]
    [InlineData("/alerts/confirm", "This link does not work")]
    [InlineData("/fr/alerts/manage?token=abc", "Ce lien ne fonctionne pas")]
    [InlineData("/ar/alerts/unsubscribe?token=%00%01", "هذا الرابط لا يعمل")]
    [InlineData("/es/alerts/manage?token=ñ", "Este enlace no funciona")]
    public async Task AlertPages_BadToken_AnswerAClearLocalizedPage(string path, string text)
    {
        var response = await site.Client!.GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(text, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AlertPages_VeryLongToken_NotFoundNeverAnError()
    {
        var response = await site.Client!.GetAsync("/alerts/manage?token=" + new string('a', 5000));
        var oneClick = await site.Client!.PostAsync("/alerts/unsubscribe/one-click?token=" + new string('a', 5000), null);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, oneClick.StatusCode);
    }

    [Fact]
    public async Task Tokens_WrongPurposeExpiredOrOtherAddress_AreRefused()
    {
        var email = $"tokens-{Guid.NewGuid():N}@example.org";
        string? confirm = null, manage = null;
        var created = Now.AddDays(-8);
        var (_, id) = await site.Alerts.SubscribeAsync(new SubscribeRequest(email, "", "en", AlertFrequency.Weekly, "http://catalogue.test"),
            (s, c, m) => { (confirm, manage) = (c, m); return site.Composer.Confirmation(s, c, m); }, created, CancellationToken.None);

        Assert.Equal(ConfirmOutcome.Invalid, await site.Alerts.ConfirmAsync(manage, Now, CancellationToken.None));
        Assert.Equal(ConfirmOutcome.Expired, await site.Alerts.ConfirmAsync(confirm, Now, CancellationToken.None));
        Assert.Null(await site.Alerts.FindManagedAsync(confirm, CancellationToken.None));
        var otherId = await site.ConfirmedAlertAsync($"other-{Guid.NewGuid():N}@example.org", "?sdg=4.1", Now);
        Assert.False(await site.Alerts.DeleteAsync(manage, otherId, CancellationToken.None));
        Assert.False(await site.Alerts.SetFrequencyAsync(manage, otherId, AlertFrequency.Daily, Now, CancellationToken.None));
        Assert.True(await site.Alerts.SetFrequencyAsync(manage, id, AlertFrequency.Daily, Now, CancellationToken.None));

        var expiredPage = await (await site.Client!.GetAsync("/alerts/confirm?token=" + confirm)).Content.ReadAsStringAsync();
        Assert.Contains("This confirmation link has expired", expiredPage);
    }

    [Fact]
    public async Task DigestJob_UnconfirmedForSevenDays_DeletesItAndKeepsConfirmedOnes()
    {
        var stale = $"stale-{Guid.NewGuid():N}@example.org";
        var (_, staleId) = await site.Alerts.SubscribeAsync(new SubscribeRequest(stale, "?sdg=4.5", "en", AlertFrequency.Weekly, "http://catalogue.test"),
            site.Composer.Confirmation, Now.AddDays(-7).AddMinutes(-1), CancellationToken.None);
        var (_, freshId) = await site.Alerts.SubscribeAsync(new SubscribeRequest($"fresh-{Guid.NewGuid():N}@example.org", "?sdg=4.5", "en", AlertFrequency.Weekly,
            "http://catalogue.test"), site.Composer.Confirmation, Now.AddDays(-6), CancellationToken.None);
        var confirmedId = await site.ConfirmedAlertAsync($"kept-{Guid.NewGuid():N}@example.org", "?sdg=4.5", Now.AddDays(-30));

        await site.Digests.RunAsync(Now, CancellationToken.None);

        await using var db = site.Database.CreateContext();
        Assert.False(await db.AlertSubscriptions.AnyAsync(s => s.Id == staleId));
        Assert.False(await db.AlertTokens.AnyAsync(t => t.SubscriptionId == staleId));
        Assert.True(await db.AlertSubscriptions.AnyAsync(s => s.Id == freshId));
        Assert.True(await db.AlertSubscriptions.AnyAsync(s => s.Id == confirmedId));
    }

    [Fact]
    public async Task Subscribe_SameAddressManyTimes_AtMostThreeConfirmationsADay()
    {
        var email = $"limit-{Guid.NewGuid():N}@example.org";
        var outcomes = new List<SubscribeOutcome>();
        foreach (var search in new[] { "?sdg=4.1", "?sdg=4.2", "?sdg=4.3", "?sdg=4.4", "?sdg=4.5" })
        {
            outcomes.Add((await site.Alerts.SubscribeAsync(new SubscribeRequest(email.ToUpperInvariant(), search, "en", AlertFrequency.Weekly, "http://catalogue.test"),
                site.Composer.Confirmation, Now, CancellationToken.None)).Outcome);
        }

        Assert.Equal([SubscribeOutcome.ConfirmationQueued, SubscribeOutcome.ConfirmationQueued, SubscribeOutcome.ConfirmationQueued,
            SubscribeOutcome.ConfirmationLimitReached, SubscribeOutcome.ConfirmationLimitReached], outcomes);
        await using var db = site.Database.CreateContext();
        var key = AlertTokenCodec.RecipientKey(email.ToLowerInvariant());
        Assert.Equal(3, await db.MailOutbox.CountAsync(m => m.RecipientKey == key && m.Kind == MailKind.AlertConfirmation));
    }

    [Fact]
    public async Task SubscribePost_MoreThanTheHourlyBudget_IsRefusedWith429()
    {
        var statuses = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            var response = await site.Client!.PostAsync("/fr/alerts/subscribe?q=x", new FormUrlEncodedContent([new("Input.Email", "a@example.org")]));
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(System.Net.HttpStatusCode.TooManyRequests, statuses.Take(10));
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, statuses[10]);
    }
}
