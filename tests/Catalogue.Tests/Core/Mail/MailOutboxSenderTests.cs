using Catalogue.Core.Data;
using Catalogue.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Catalogue.Tests.Core.Mail;

[Trait("Category", TestCategory.Database)]
public sealed class MailOutboxSenderTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task SendDueAsync_TwoSendersAtOnce_SendEveryMessageOnce()
    {
        using var smtp = FakeSmtp.Start();
        await QueueAsync(30);
        var first = Sender(smtp.Port, batch: 100);
        var second = Sender(smtp.Port, batch: 100);

        var sent = await Task.WhenAll(Task.Run(() => first.SendDueAsync(CancellationToken.None)), Task.Run(() => second.SendDueAsync(CancellationToken.None)));

        Assert.Equal(30, sent.Sum());
        Assert.True(sent.All(n => n > 0), $"both senders should have sent some: {sent[0]} and {sent[1]}");
        var subjects = smtp.Messages.Select(m => m.Subject).ToList();
        Assert.Equal(30, subjects.Count);
        Assert.Equal(30, subjects.Distinct().Count());
        await using var db = database.CreateContext();
        Assert.Equal(30, await db.MailOutbox.CountAsync(m => m.SentAt != null && m.Content == null && m.Attempts == 1));
    }

    [Fact]
    public async Task SendDueAsync_SmtpDown_RetriesWithGrowingWaitThenSendsOnce()
    {
        using var smtp = FakeSmtp.Stopped();
        await QueueAsync(1);
        var sender = Sender(smtp.Port, retryDelay: TimeSpan.FromSeconds(1));

        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        var afterFirst = await SingleAsync();
        Assert.Equal(1, afterFirst.Attempts);
        Assert.Null(afterFirst.SentAt);
        Assert.NotNull(afterFirst.Content);
        Assert.Equal("SocketException", afterFirst.LastError);
        // Not due yet: nothing is tried before the wait is over.
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(1, (await SingleAsync()).Attempts);

        await Task.Delay(1100);
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        var afterSecond = await SingleAsync();
        Assert.Equal(2, afterSecond.Attempts);
        var wait = afterSecond.NextAttemptAt - DateTime.UtcNow;
        Assert.InRange(wait.TotalMilliseconds, 1500, 2000);

        smtp.Started();
        await Task.Delay(2100);
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        Assert.Single(smtp.Messages);
        var sent = await SingleAsync();
        Assert.Equal(3, sent.Attempts);
        Assert.NotNull(sent.SentAt);
        Assert.Null(sent.Content);
    }

    [Fact]
    public async Task SendDueAsync_FailsMaxAttempts_GivesUpAndForgetsTheMessage()
    {
        using var smtp = FakeSmtp.Stopped();
        await QueueAsync(1);
        var sender = Sender(smtp.Port, retryDelay: TimeSpan.Zero, maxAttempts: 2);

        await sender.SendDueAsync(CancellationToken.None);
        await sender.SendDueAsync(CancellationToken.None);
        smtp.Started();
        await sender.SendDueAsync(CancellationToken.None);

        var given = await SingleAsync();
        Assert.Equal(2, given.Attempts);
        Assert.NotNull(given.FailedAt);
        Assert.Null(given.Content);
        Assert.Empty(smtp.Messages);
    }

    private MailOutboxSender Sender(int port, int batch = 20, TimeSpan? retryDelay = null, int maxAttempts = 6) => new(database.Factory,
        new MailTransportFactory(Options.Create(new MailOptions { Host = "127.0.0.1", Port = port, Security = MailKit.Security.SecureSocketOptions.None })),
        Options.Create(new MailOptions { BatchSize = batch, RetryDelay = retryDelay ?? TimeSpan.FromMinutes(1), MaxAttempts = maxAttempts }),
        TimeProvider.System, NullLogger<MailOutboxSender>.Instance);

    private async Task QueueAsync(int count)
    {
        await using var db = database.CreateContext();
        var now = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var message = new MimeMessage { Subject = $"Message {i}" };
            message.From.Add(MailboxAddress.Parse("alerts@catalogue.test"));
            message.To.Add(MailboxAddress.Parse($"reader{i}@example.org"));
            message.Body = new TextPart("plain") { Text = "Hello" };
            using var stream = new MemoryStream();
            await message.WriteToAsync(stream);
            db.MailOutbox.Add(new OutboxMail { Kind = MailKind.AlertDigest, RecipientKey = "k", Content = stream.ToArray(), CreatedAt = now, NextAttemptAt = now });
        }

        await db.SaveChangesAsync();
    }

    private async Task<OutboxMail> SingleAsync()
    {
        await using var db = database.CreateContext();
        return await db.MailOutbox.AsNoTracking().SingleAsync();
    }
}
