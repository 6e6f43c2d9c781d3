using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Catalogue.Core.Mail;

/// <summary>Hands messages to the world: SMTP, or a folder. One instance per batch of messages.</summary>
public interface IMailTransport : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public interface IMailTransportFactory
{
    IMailTransport Create();
}

public sealed class MailTransportFactory(IOptions<MailOptions> options) : IMailTransportFactory
{
    public IMailTransport Create() => string.IsNullOrWhiteSpace(options.Value.PickupDirectory)
        ? new SmtpTransport(options.Value)
        : new PickupDirectoryTransport(options.Value.PickupDirectory);
}

/// <summary>Connects on the first message of a batch and keeps the connection for the rest.</summary>
internal sealed class SmtpTransport(MailOptions options) : IMailTransport
{
    private readonly SmtpClient client = new() { Timeout = 30_000 };

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            throw new InvalidOperationException("Mail:Host is not set (nor Mail:PickupDirectory): no way to send mail.");
        }

        if (!client.IsConnected)
        {
            await client.ConnectAsync(options.Host, options.Port, options.Security, cancellationToken);
            if (!string.IsNullOrEmpty(options.User))
            {
                await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
            }
        }

        await client.SendAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(true);
            }
            catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or MailKit.CommandException)
            {
                // The messages are sent; a failed QUIT changes nothing.
            }
        }

        client.Dispose();
    }
}

/// <summary>Writes each message as an .eml file a newcomer can open in any mail program.</summary>
internal sealed class PickupDirectoryTransport(string directory) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid().ToString("N")[..8]}.eml";
        await message.WriteToAsync(Path.Combine(directory, name), cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
