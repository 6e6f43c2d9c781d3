using System.Net;
using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;

namespace Catalogue.Tests.Infrastructure;

/// <summary>netDumbster on a free loopback port: the tests' mail server, read back as MimeKit messages.</summary>
public sealed class FakeSmtp : IDisposable
{
    private SimpleSmtpServer? server;

    private FakeSmtp(int port) => Port = port;

    public int Port { get; }

    public static FakeSmtp Start() => new FakeSmtp(FreePort()).Started();

    /// <summary>A port with no server yet: sending fails until <see cref="Restart"/>.</summary>
    public static FakeSmtp Stopped() => new(FreePort());

    public FakeSmtp Started()
    {
        server = SimpleSmtpServer.Start(Port);
        return this;
    }

    /// <summary>The settings that point the app's mail at this server.</summary>
    public Dictionary<string, string> Settings() => new()
    {
        ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Mail:Security"] = "None",
        ["Mail:From"] = "alerts@catalogue.test", ["Mail:PickupDirectory"] = "",
    };

    public IReadOnlyList<MimeMessage> Messages => server is null
        ? []
        : server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).ToList();

    /// <summary>Messages sent to <paramref name="address"/>, oldest first.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public string RawOf(int index) => server!.ReceivedEmail[index].Data;

    public void Clear() => server?.ClearReceivedEmail();

    public void Dispose() => server?.Dispose();

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
