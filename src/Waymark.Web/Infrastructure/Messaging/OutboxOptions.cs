namespace Waymark.Web.Infrastructure.Messaging;

public enum OutboxMode
{
    /// <summary>Each message is written as an .eml file to <see cref="OutboxOptions.Folder"/>; nothing leaves the machine.</summary>
    File,

    /// <summary>Each message is sent to the SMTP server in <see cref="OutboxOptions.Smtp"/>.</summary>
    Smtp,
}

/// <summary>
/// Configuration section "Outbox". <c>Mode</c> File (the default: safe for development and demos, nothing is sent)
/// or Smtp. The SMTP password is never in appsettings.json: set <c>Outbox:Smtp:Password</c> with user secrets
/// (<c>dotnet user-secrets set</c>) or the environment (<c>Outbox__Smtp__Password</c>).
/// </summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public OutboxMode Mode { get; set; } = OutboxMode.File;

    /// <summary>Who the messages are from, e.g. "Waymark &lt;no-reply@example.nhs.uk&gt;".</summary>
    public string From { get; set; } = "Waymark <no-reply@waymark.invalid>";

    /// <summary>Where File mode writes; relative paths are under the app's content root. Default: data/outbox (git-ignored).</summary>
    public string Folder { get; set; } = Path.Combine("data", "outbox");

    public SmtpSettings Smtp { get; set; } = new();
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS (System.Net.Mail's EnableSsl). On by default; turn off only for a server on the same machine.</summary>
    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    /// <summary>From user secrets or the environment only, never appsettings.json.</summary>
    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}
