using Microsoft.AspNetCore.Identity;
using Waymark.Domain.Common;
using Waymark.Domain.People;
using Waymark.Domain.Staff;

namespace Waymark.Data.Identity;

/// <summary>
/// A person who signs in to Waymark. Identity owns the credentials; this adds where they work (which scopes what
/// they can see) and, for link workers, their caseload capacity. Users are disabled, never deleted, so the audit
/// trail always resolves.
/// </summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 120;
    public const decimal DefaultCaseloadCapacity = 30m;

    public StaffUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = string.Empty;

    public Guid OrganisationId { get; set; }

    public Guid? TeamId { get; set; }

    /// <summary>Weighted caseload units this worker can hold (link workers only).</summary>
    public decimal? CaseloadCapacity { get; set; }

    /// <summary>Languages other than English this worker speaks with people, so allocation can suggest them.</summary>
    public IReadOnlyList<string> Languages { get; set; } = [];

    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignedInAt { get; set; }

    public static StaffUser Create(string? email, string? displayName, Guid organisationId, Guid? teamId, DateTimeOffset now)
    {
        // The same format check as people's email addresses; required here because it is how staff sign in.
        var address = ContactDetails.Email(Text.Required(email, "Email", "an email address", ContactDetails.EmailMaxLength))!
            .ToLowerInvariant();

        return new StaffUser
        {
            Email = address,
            UserName = address,
            EmailConfirmed = true,
            DisplayName = Text.Required(displayName, nameof(DisplayName), "the person's name", DisplayNameMaxLength),
            OrganisationId = organisationId,
            TeamId = teamId,
            CreatedAt = now,
            LockoutEnabled = true,
        };
    }

    public void SetCaseloadCapacity(IReadOnlyCollection<StaffRole> roles, decimal? capacity)
    {
        var worksCaseload = roles.Any(StaffRoles.NeedsTeam);
        if (!worksCaseload)
        {
            CaseloadCapacity = null;
            return;
        }

        capacity ??= DefaultCaseloadCapacity;
        CaseloadCapacity = capacity is > 0 and <= 200
            ? capacity
            : throw new DomainException("Caseload capacity must be between 1 and 200", nameof(CaseloadCapacity));
    }
}
