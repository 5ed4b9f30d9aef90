using System.Security.Claims;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Contacts;

public sealed record RecordContactInput(DateTimeOffset? At, ContactMode? Mode, int? DurationMinutes, ContactOutcome? Outcome, string? Notes);

/// <summary>
/// Records a contact with the person. The first contact that reaches them begins support (the episode becomes
/// active) in the same save; an ended episode takes no more contacts.
/// </summary>
public sealed class RecordContact(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task<RecordedContact> ExecuteAsync(
        ClaimsPrincipal user, Guid episodeId, RecordContactInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        episode.EnsureOpenForContacts();

        var by = user.UserId() ?? throw new InvalidOperationException("Contacts are recorded by members of staff.");
        var contact = Contact.Record(
            episode.Id,
            input.At ?? throw new DomainException("Enter the date and time of the contact", nameof(Contact.At)),
            input.Mode ?? throw new DomainException("Choose how the contact happened", nameof(Contact.Mode)),
            input.DurationMinutes ?? 0,
            input.Outcome ?? throw new DomainException("Choose whether you reached the person", nameof(Contact.Outcome)),
            input.Notes,
            by,
            clock.GetUtcNow());
        var wasActive = episode.Status == Domain.Episodes.EpisodeStatus.Active;
        episode.RecordContact(contact);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);

        var name = user.FindFirstValue(WaymarkClaims.DisplayName);
        return new RecordedContact(
            new ContactView(contact.Id, contact.At, contact.Mode, contact.DurationMinutes, contact.Outcome, contact.Notes, by, name, contact.RecordedAt),
            episode.Status,
            !wasActive && episode.Status == Domain.Episodes.EpisodeStatus.Active);
    }
}
