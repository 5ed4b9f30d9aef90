using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Domain.People;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Infrastructure.Messaging;
using Waymark.Web.Infrastructure.Problems;

namespace Waymark.Web.Features.Measures.Asking;

/// <summary>Whether a link can be sent for this episode, and if not, why (to show instead of the form).</summary>
public sealed record LinkEligibility(bool CanSend, string? Email, string? WhyNot);

/// <summary>A sent link as staff see it: never the token, which exists only in the email.</summary>
public sealed record InvitationView(
    Guid Id, string QuestionnaireTitle, string Email, DateTimeOffset SentAt, string? SentByName, DateTimeOffset ExpiresAt,
    InvitationStatus Status, DateTimeOffset? UsedAt, DateTimeOffset? WithdrawnAt);

public sealed record SentLink(Guid InvitationId, string Email, DateTimeOffset ExpiresAt);

/// <summary>The one-time links of an episode, and whether one can be sent. Reads through <see cref="EpisodeAccess"/>.</summary>
public sealed class QuestionnaireLinkQueries(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    /// <summary>
    /// A link needs an open episode, an email address on the person's record and digital access that can open it
    /// (a smartphone or the internet); the reason is shown to staff otherwise, so they ask or print instead.
    /// </summary>
    public async Task<LinkEligibility> EligibilityAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var episode = await access.Visible(user).AsNoTracking().Where(e => e.Id == episodeId)
            .Select(e => new { e.PersonId, e.Status }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("episode", episodeId);
        var person = await db.People.AsNoTracking().Where(p => p.Id == episode.PersonId)
            .Select(p => new { p.Email, p.CommunicationNeeds.DigitalAccess }).SingleAsync(cancellationToken);
        return Eligibility(episode.Status, person.Email, person.DigitalAccess);
    }

    internal static LinkEligibility Eligibility(EpisodeStatus status, string? email, DigitalAccess digitalAccess)
    {
        if (!status.IsInSupport())
        {
            return new LinkEligibility(false, email,
                $"Links can be sent only while the person is allocated to a link worker or active; this episode is {status.Describe()}.");
        }

        if (email is null)
        {
            return new LinkEligibility(false, null,
                "There is no email address on the person's record. Add one to their details, or ask the questions with them or on paper.");
        }

        return digitalAccess switch
        {
            DigitalAccess.None => new LinkEligibility(false, email,
                "The person's record says they have no internet access. Ask the questions with them or on paper, or update their digital access."),
            DigitalAccess.PhoneOnly => new LinkEligibility(false, email,
                "The person's record says they have a phone without internet. Ask the questions with them or on paper, or update their digital access."),
            _ => new LinkEligibility(true, email, null),
        };
    }

    /// <summary>The episode's sent links, newest first, with where each stands now.</summary>
    public async Task<IReadOnlyList<InvitationView>> ForEpisodeAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken = default)
    {
        var visible = access.Visible(user).Select(e => e.Id);
        var rows = await db.QuestionnaireInvitations.AsNoTracking()
            .Where(i => i.EpisodeId == episodeId && visible.Contains(episodeId))
            .Select(i => new
            {
                Invitation = i,
                Title = db.QuestionnaireDefinitions.Where(d => d.Id == i.DefinitionId).Select(d => d.Title).FirstOrDefault(),
                SentByName = db.Users.Where(u => u.Id == i.SentBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows.OrderByDescending(r => r.Invitation.SentAt)
            .Select(r => new InvitationView(
                r.Invitation.Id, r.Title ?? "A questionnaire", r.Invitation.Email, r.Invitation.SentAt, r.SentByName, r.Invitation.ExpiresAt,
                r.Invitation.StatusAt(now), r.Invitation.UsedAt, r.Invitation.WithdrawnAt))
            .ToList();
    }
}

/// <summary>
/// Sends a one-time link to answer one questionnaire: makes the invitation, emails the link through the outbox, then
/// saves. The email names the service and carries the link, nothing else: no name, no questionnaire title, nothing
/// about the person's health. If the email cannot be sent nothing is saved, so no link shows as sent that never was.
/// </summary>
public sealed class SendQuestionnaireLink(
    AppDbContext db, EpisodeAccess access, QuestionnaireCatalogue catalogue, IOutbox outbox, IOptions<AskingOptions> options, TimeProvider clock)
{
    public const string CouldNotSend = "The email could not be sent. Try again later, or ask the questions with the person";

    public async Task<SentLink> ExecuteAsync(
        ClaimsPrincipal user, Guid episodeId, Guid? definitionId, string requestBaseUrl, CancellationToken cancellationToken = default)
    {
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        var person = await db.People.AsNoTracking().Where(p => p.Id == episode.PersonId)
            .Select(p => new { p.Email, p.CommunicationNeeds.DigitalAccess }).SingleAsync(cancellationToken);
        var eligibility = QuestionnaireLinkQueries.Eligibility(episode.Status, person.Email, person.DigitalAccess);
        if (!eligibility.CanSend)
        {
            throw new DomainException(eligibility.WhyNot!, "Email");
        }

        var definition = definitionId is { } id ? await catalogue.FindAsync(id, cancellationToken) : null;
        if (definition is null || !definition.CanBeAnswered)
        {
            throw new DomainException("Choose a questionnaire to send", "DefinitionId");
        }

        var by = user.UserId() ?? throw new InvalidOperationException("Links are sent by members of staff.");
        var now = clock.GetUtcNow();
        var (invitation, token) = QuestionnaireInvitation.Create(
            definition, episode.PersonId, episode.Id, person.Email, by, now, TimeSpan.FromDays(options.Value.LinkValidDays));
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == episode.TeamId)
            .Select(t => new { t.Name, Provider = db.Organisations.Where(o => o.Id == t.ProviderId).Select(o => o.Name).FirstOrDefault() })
            .SingleAsync(cancellationToken);

        var link = $"{(options.Value.PublicBaseUrl ?? requestBaseUrl).TrimEnd('/')}/q/{token}";
        try
        {
            await outbox.SendAsync(Message(invitation.Email, team.Name, team.Provider, link, invitation.ExpiresAt), cancellationToken);
        }
        catch (Exception error) when (error is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
        {
            throw new DomainException(CouldNotSend, "Email");
        }

        db.QuestionnaireInvitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return new SentLink(invitation.Id, invitation.Email, invitation.ExpiresAt);
    }

    /// <summary>The email: the service's name and the link. Never the person's name or anything about their health.</summary>
    internal static OutboxMessage Message(string to, string teamName, string? providerName, string link, DateTimeOffset expiresAt)
    {
        var service = providerName is null ? teamName : $"{teamName} at {providerName}";
        var until = UkTime.Local(expiresAt).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"));
        var body = $"""
            Hello,

            The {service} would like to hear how you have been, with a short questionnaire. It takes a few minutes.

            Open this link to answer it:
            {link}

            You do not need to sign in. The link works once, until {until}.

            If you were not expecting this email, you can ignore it. Please do not reply to this email: to talk to someone, contact your link worker.
            """;
        return new OutboxMessage(to, $"A short questionnaire from the {teamName}", body);
    }
}

/// <summary>Staff stop a link that has not been answered yet (sent to the wrong address, say).</summary>
public sealed class WithdrawQuestionnaireLink(AppDbContext db, EpisodeAccess access, TimeProvider clock)
{
    public async Task ExecuteAsync(ClaimsPrincipal user, Guid episodeId, Guid invitationId, CancellationToken cancellationToken = default)
    {
        var episode = await access.FindForWorkAsync(user, episodeId, cancellationToken);
        var invitation = await db.QuestionnaireInvitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.EpisodeId == episode.Id, cancellationToken)
            ?? throw new NotFoundException("questionnaire link", invitationId);
        invitation.Withdraw(user.UserId() ?? throw new InvalidOperationException("Links are withdrawn by members of staff."), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
