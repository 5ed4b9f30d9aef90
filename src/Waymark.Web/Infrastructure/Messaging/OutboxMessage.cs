namespace Waymark.Web.Infrastructure.Messaging;

/// <summary>
/// One plain-text email: who to, the subject, the body. Never put personal health details in one: email is not a
/// secure channel, and a message can be read by whoever shares the inbox.
/// </summary>
public sealed record OutboxMessage
{
    public OutboxMessage(string to, string subject, string textBody)
    {
        To = SingleLine(to, nameof(to));
        Subject = SingleLine(subject, nameof(subject));
        TextBody = textBody ?? throw new ArgumentNullException(nameof(textBody));
    }

    public string To { get; }

    public string Subject { get; }

    public string TextBody { get; }

    // A line break in a header would let the text add headers of its own (header injection).
    private static string SingleLine(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value.AsSpan().IndexOfAny('\r', '\n') < 0
            ? value.Trim()
            : throw new ArgumentException("An email header cannot contain a line break.", name);
    }
}

/// <summary>Sends email. Which way (a folder of .eml files, or SMTP) is configuration: <see cref="OutboxOptions"/>.</summary>
public interface IOutbox
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken = default);
}
