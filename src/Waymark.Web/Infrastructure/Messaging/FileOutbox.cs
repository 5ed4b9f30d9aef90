using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace Waymark.Web.Infrastructure.Messaging;

/// <summary>
/// Writes each message as one .eml file (RFC 5322, plain UTF-8 text) to the configured folder, so development, demos
/// and tests send nothing: open the file in a mail program or a text editor. The folder defaults to data/outbox under
/// the app's content root, beside the SQLite database and git-ignored; it is made when first needed.
/// </summary>
public sealed class FileOutbox(IOptions<OutboxOptions> options, IHostEnvironment environment, TimeProvider clock) : IOutbox
{
    public string Folder => Path.GetFullPath(options.Value.Folder, environment.ContentRootPath);

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow();
        var name = $"{now:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";
        var text = new StringBuilder()
            .Append("From: ").Append(options.Value.From).Append("\r\n")
            .Append("To: ").Append(message.To).Append("\r\n")
            .Append("Subject: ").Append(EncodedHeader(message.Subject)).Append("\r\n")
            .Append("Date: ").Append(now.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n")
            .Append("\r\n")
            .Append(message.TextBody.ReplaceLineEndings("\r\n"))
            .ToString();

        // Written under a temporary name then moved, so a reader never sees half a message.
        var path = Path.Combine(Folder, name);
        await File.WriteAllTextAsync(path + ".tmp", text, new UTF8Encoding(false), cancellationToken);
        File.Move(path + ".tmp", path);
    }

    /// <summary>ASCII as it is; anything else as an RFC 2047 encoded word, so a "–" in a subject survives.</summary>
    private static string EncodedHeader(string value) =>
        value.All(char.IsAscii) ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";
}
