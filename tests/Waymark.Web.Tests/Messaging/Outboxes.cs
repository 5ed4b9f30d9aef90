using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Waymark.Testing;
using Waymark.Web.Infrastructure.Messaging;

namespace Waymark.Web.Tests.Messaging;

/// <summary>The two outboxes: a folder of .eml files, and SMTP (tested against <see cref="FakeSmtpServer"/>, never a real server).</summary>
public sealed class Outboxes : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "waymark-outbox-test-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly OutboxMessage Message = new("sam@example.com", "Your questionnaire – Waymark", "Hello Sam,\nOpen this link: https://example.org/q/abc\n");

    [Fact]
    public async Task The_file_outbox_writes_one_readable_eml_file_per_message()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero));
        var outbox = new FileOutbox(
            Options.Create(new OutboxOptions { Folder = _folder, From = "North team <north@example.org>" }),
            new HostingEnvironment { ContentRootPath = Path.GetTempPath() }, clock);

        await outbox.SendAsync(Message, Cancel);
        await outbox.SendAsync(Message with { }, Cancel);

        var files = Directory.GetFiles(_folder);
        Assert.Equal(2, files.Length);
        Assert.All(files, f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));
        var text = await File.ReadAllTextAsync(files[0], Encoding.UTF8, Cancel);
        Assert.Contains("From: North team <north@example.org>\r\n", text, StringComparison.Ordinal);
        Assert.Contains("To: sam@example.com\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Subject: =?utf-8?B?", text, StringComparison.Ordinal);
        Assert.Contains("Date: Mon, 02 Nov 2026 09:30:00 +0000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\n\r\nHello Sam,\r\nOpen this link: https://example.org/q/abc\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_smtp_outbox_delivers_to_a_fake_smtp_server()
    {
        await using var server = new FakeSmtpServer();
        var outbox = new SmtpOutbox(Options.Create(new OutboxOptions
        {
            Mode = OutboxMode.Smtp,
            From = "no-reply@example.org",
            Smtp = new SmtpSettings { Host = "127.0.0.1", Port = server.Port, EnableSsl = false },
        }), NullLogger<SmtpOutbox>.Instance);

        await outbox.SendAsync(Message, Cancel);

        var mail = Assert.Single(server.Received);
        Assert.Equal("<no-reply@example.org>", mail.From);
        Assert.Equal(["<sam@example.com>"], mail.To);
        Assert.Contains("To: sam@example.com", mail.Data, StringComparison.Ordinal);
        Assert.Contains("Subject: =?utf-8?", mail.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_smtp_outbox_without_a_host_says_what_to_configure()
    {
        var outbox = new SmtpOutbox(Options.Create(new OutboxOptions { Mode = OutboxMode.Smtp }), NullLogger<SmtpOutbox>.Instance);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.SendAsync(Message, Cancel));
        Assert.Contains("Outbox:Smtp:Host", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_smtp_outbox_reports_a_server_that_is_not_there()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var outbox = new SmtpOutbox(Options.Create(new OutboxOptions
        {
            Mode = OutboxMode.Smtp,
            Smtp = new SmtpSettings { Host = "127.0.0.1", Port = port, EnableSsl = false, TimeoutSeconds = 5 },
        }), NullLogger<SmtpOutbox>.Instance);

        await Assert.ThrowsAsync<SmtpException>(() => outbox.SendAsync(Message, Cancel));
    }

    [Fact]
    public void A_header_with_a_line_break_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new OutboxMessage("sam@example.com\r\nBcc: everyone@example.com", "Hi", "Body"));
        Assert.Throws<ArgumentException>(() => new OutboxMessage("sam@example.com", "Hi\nthere", "Body"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
